import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseForm } from './validation.ts';

// A form shaped like the ones modules declare in their inputs.ts.
const adminSetupInput = z.object({
	name: z.string().trim().min(1, { error: 'validation.required' }).max(120),
	email: z
		.string()
		.trim()
		.toLowerCase()
		.min(1, { error: 'validation.required' })
		.pipe(z.email({ error: 'validation.email' })),
	password: z
		.string()
		.min(1, { error: 'validation.required' })
		.min(12, { error: 'validation.password_too_short' })
});

function form(fields: Record<string, string>): FormData {
	const data = new FormData();
	for (const [name, value] of Object.entries(fields)) data.append(name, value);
	return data;
}

describe('form parsing', () => {
	it('returns the cleaned data of a valid form', () => {
		const parsed = parseForm(
			adminSetupInput,
			form({ name: '  Alex  ', email: 'Alex@Example.ORG ', password: 'une longue phrase' })
		);
		expect(parsed).toEqual({
			ok: true,
			data: { name: 'Alex', email: 'alex@example.org', password: 'une longue phrase' }
		});
	});

	it('gives one catalogue key per bad field, with the limit it broke', () => {
		const parsed = parseForm(
			adminSetupInput,
			form({ name: 'x'.repeat(121), email: 'pas-un-courriel', password: 'court' })
		);
		expect(parsed.ok).toBe(false);
		if (parsed.ok) return;
		expect(parsed.errors).toEqual({
			name: { key: 'validation.too_long', values: { max: 120 } },
			email: { key: 'validation.email', values: {} },
			password: { key: 'validation.password_too_short', values: { min: 12 } }
		});
	});

	it('treats missing and blank fields as required', () => {
		const parsed = parseForm(adminSetupInput, form({ name: '   ' }));
		expect(parsed.ok).toBe(false);
		if (parsed.ok) return;
		expect(parsed.errors.name?.key).toBe('validation.required');
		expect(parsed.errors.email?.key).toBe('validation.required');
		expect(parsed.errors.password?.key).toBe('validation.required');
	});

	it('gives back what was typed, except the password', () => {
		const parsed = parseForm(
			adminSetupInput,
			form({ name: '<script>alert(1)</script>', email: "x' OR 1=1 --", password: 'secret' })
		);
		expect(parsed.ok).toBe(false);
		if (parsed.ok) return;
		expect(parsed.values).toEqual({ name: '<script>alert(1)</script>', email: "x' OR 1=1 --" });
	});

	it('ignores file uploads where text is expected', () => {
		const data = form({ email: 'a@example.org', password: 'une longue phrase' });
		data.append('name', new Blob(['x']), 'file.txt');
		const parsed = parseForm(adminSetupInput, data);
		expect(parsed.ok).toBe(false);
		if (parsed.ok) return;
		expect(parsed.errors).toEqual({ name: { key: 'validation.required', values: {} } });
	});
});

describe('control characters', () => {
	it('refuses a NUL character in any field, saying so, before the schema sees it', () => {
		const parsed = parseForm(
			adminSetupInput,
			form({ name: 'A\u0000B', email: 'a@example.org', password: 'une phrase assez longue' })
		);
		expect(parsed).toEqual({
			ok: false,
			errors: { name: { key: 'validation.plain_text' } },
			values: { name: 'AB', email: 'a@example.org' }
		});
	});
});
