// How the JSON endpoints answer (autosave, uploads): the verb's result, or its refusal as `{ error, values }`
// with the refusal's status (`values` fill the message, e.g. a size limit). Anything else is a real failure,
// left to the error handler.
import { DomainError } from './errors.ts';

export function refusal(
	error: string,
	status: number,
	values?: Record<string, string | number>
): Response {
	return Response.json(refusalBody(error, values), {
		status,
		headers: { 'cache-control': 'no-store' }
	});
}

/** The body of a refusal (the lanes send it themselves, platform/lane-answers.ts). */
export function refusalBody(
	error: string,
	values?: Record<string, string | number>
): { error: string; values?: Record<string, string | number> } {
	return values ? { error, values } : { error };
}

export async function jsonAnswer(task: () => Promise<unknown>, status = 200): Promise<Response> {
	try {
		const result = await task();
		return Response.json(result ?? {}, { status, headers: { 'cache-control': 'no-store' } });
	} catch (failure) {
		if (failure instanceof DomainError)
			return refusal(failure.code, failure.status, failure.values);
		throw failure;
	}
}

/** A small JSON body (at most `maxBytes`), or undefined when it is missing, too big or not JSON. */
export async function readJson(request: Request, maxBytes: number): Promise<unknown> {
	if (!(request.headers.get('content-type') ?? '').startsWith('application/json')) return undefined;
	const body = await request.text().catch(() => '');
	if (body.length > maxBytes) return undefined;
	try {
		return JSON.parse(body) as unknown;
	} catch {
		return undefined;
	}
}
