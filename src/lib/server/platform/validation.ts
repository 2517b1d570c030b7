// Parses untrusted input with Zod and turns every problem into a catalogue key the page can show in either language.
import { fail, type ActionFailure } from '@sveltejs/kit';
import type { z } from 'zod';
import { isMessageKey } from '#lib/i18n/all.ts';
import type { Message, MessageKey } from '#lib/i18n/catalogue.ts';
import { DomainError } from './errors.ts';

export type FieldError = Message;
export type FieldErrors = Record<string, FieldError>;

export type Parsed<T> =
	{ ok: true; data: T } | { ok: false; errors: FieldErrors; values: Record<string, string> };

/** What a failed form action returns to its page: one error per field and the values to show again. */
export type FormFailure = { errors: FieldErrors; values: Record<string, string> };

export function formFailure(errors: FieldErrors, values: Record<string, string> = {}): FormFailure {
	return { errors, values };
}

/**
 * Plain text for names: no markup (< >), no semicolons or backslashes (nothing a name needs, much that
 * an injection attempt does), no control characters. Apostrophes, quotes and dashes stay allowed.
 */
export const PLAIN_TEXT = /^[^<>;\\\p{Cc}]*$/u;

/** Largest size of any single text field we accept from a form before even validating it. */
const FIELD_LIMIT = 20_000;

/**
 * Validates a submitted form. On failure, returns the values to put back in the form (never the fields
 * named in `secretFields`, such as passwords), so that nothing typed is lost.
 */
export function parseForm<S extends z.ZodType>(
	schema: S,
	form: FormData,
	secretFields: readonly string[] = ['password']
): Parsed<z.infer<S>> {
	const raw: Record<string, string> = {};
	for (const [name, value] of form) {
		if (typeof value === 'string' && !(name in raw)) raw[name] = value.slice(0, FIELD_LIMIT);
	}
	// A NUL character is never text a person meant to type, and PostgreSQL refuses it in text columns.
	const withNul = Object.keys(raw).filter((name) => raw[name]!.includes('\u0000'));
	if (withNul.length > 0) {
		const errors: FieldErrors = {};
		for (const name of withNul) errors[name] = { key: 'validation.plain_text' };
		const values = Object.fromEntries(
			Object.entries(raw)
				.filter(([name]) => !secretFields.includes(name))
				.map(([name, value]) => [name, value.replaceAll('\u0000', '')])
		);
		return { ok: false, errors, values };
	}
	const result = schema.safeParse(raw);
	if (result.success) return { ok: true, data: result.data };
	const values = Object.fromEntries(
		Object.entries(raw).filter(([name]) => !secretFields.includes(name))
	);
	return { ok: false, errors: fieldErrors(result.error), values };
}

/** One error per field (the first), keyed by the field's name; `_form` for errors not tied to a field. */
export function fieldErrors(error: z.ZodError): FieldErrors {
	const errors: FieldErrors = {};
	for (const issue of error.issues) {
		const field = issue.path.length > 0 ? issue.path.join('.') : '_form';
		if (errors[field]) continue;
		errors[field] = toFieldError(issue);
	}
	return errors;
}

function toFieldError(issue: z.core.$ZodIssue): FieldError {
	const values: Record<string, number | string> = {};
	if (issue.code === 'too_big') values.max = Number(issue.maximum);
	if (issue.code === 'too_small') values.min = Number(issue.minimum);
	if (isMessageKey(issue.message)) return { key: issue.message, values };
	if (issue.code === 'too_big') return { key: 'validation.too_long', values };
	if (issue.code === 'too_small' || issue.code === 'invalid_type')
		return { key: 'validation.required', values };
	return { key: 'validation.invalid', values };
}

/** The submitted form, or a 400 "bad request" when the body is not a readable form (wrong type, truncated). */
export async function readForm(request: Request): Promise<FormData> {
	try {
		return await request.formData();
	} catch {
		throw new DomainError('errors.bad_request', 400);
	}
}

/**
 * `value` when it is a path on this site, otherwise `/`: never `//host`, `/\host` or a full URL, so that a
 * "return to" field can never become an open redirect.
 */
export function safeNextPath(value: unknown): string {
	return typeof value === 'string' && value.length <= 2000 && /^\/(?![/\\])\S*$/.test(value)
		? value
		: '/';
}

/**
 * Runs a form action's verb: its result (a version number, say) and `done` on success; a refusal the
 * person can act on (a conflict, a problem to fix) as the page's `problem`; "not found" goes on up.
 */
export async function attemptAction(work: () => Promise<unknown>, done: string) {
	try {
		const result = await work();
		return { done, version: typeof result === 'number' ? result : undefined };
	} catch (failure) {
		if (failure instanceof DomainError && failure.status !== 404)
			return fail(failure.status, { problem: failure.toMessage() });
		throw failure;
	}
}

/**
 * The one way a refusal becomes a form's error: a DomainError the person can act on (anything but "not found
 * or not allowed", unless `accept` says otherwise) is shown on `field` (or the field `field` picks for its
 * code) with the values they typed kept, in the status the error carries. Anything else goes on up.
 */
export function failAsForm(
	failure: unknown,
	field: string | ((code: MessageKey) => string),
	values: Record<string, string> = {},
	accept: (error: DomainError) => boolean = (error) => error.status !== 404
): ActionFailure<FormFailure> {
	if (!(failure instanceof DomainError) || !accept(failure)) throw failure;
	const name = typeof field === 'string' ? field : field(failure.code);
	return fail(failure.status, formFailure({ [name]: failure.toMessage() }, values));
}
