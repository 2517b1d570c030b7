// The error serialiser and the scrubbing of library text: what identifies a failure stays, what it was about goes.
import { describe, expect, it } from 'vitest';
import { DomainError } from './errors.ts';
import { scrubText, serialiseError } from './log.ts';

describe('an error as the log keeps it', () => {
	it('has its class, code and status, and never its message, nor its causes’ messages', () => {
		const cause = Object.assign(new Error('duplicate key (email)=(julie@example.org)'), {
			code: '23505',
			constraint: 'user_email_unique'
		});
		const error = new Error('Failed query: select … params: jeton-secret', { cause });
		const logged = serialiseError(error);
		expect(logged).toMatchObject({
			type: 'Error',
			cause: { type: 'Error', code: '23505', constraint: 'user_email_unique' }
		});
		expect(JSON.stringify(logged)).not.toMatch(/julie|jeton|select/);
	});

	it('keeps the frames of our own code, without the message line', () => {
		const logged = serialiseError(new Error('secret in the first line'));
		expect(logged.stack?.length).toBeGreaterThan(0);
		expect(logged.stack?.[0]).toMatch(/^at .*log\.test\.ts:\d+:\d+\)?$/);
		expect(JSON.stringify(logged)).not.toContain('secret');
	});

	it('keeps a domain error’s catalogue key and status', () => {
		expect(serialiseError(new DomainError('errors.too_many_attempts', 429))).toMatchObject({
			type: 'DomainError',
			code: 'errors.too_many_attempts',
			status: 429
		});
	});

	it('drops codes that are not identifiers, and follows aggregate errors a few levels only', () => {
		const inner = Object.assign(new Error('x'), { code: 'not an identifier: julie@example.org' });
		const logged = serialiseError(new AggregateError([inner, inner], 'both failed'));
		expect(logged.errors).toHaveLength(2);
		expect(JSON.stringify(logged)).not.toContain('julie');
		let deep: unknown = new Error('bottom');
		for (let level = 0; level < 10; level++) deep = new Error(`level ${level}`, { cause: deep });
		let depth = 0;
		for (let at = serialiseError(deep); at.cause; at = at.cause) depth++;
		expect(depth).toBe(3);
		expect(serialiseError('a thrown string with a secret')).toEqual({ type: 'string' });
	});
});

describe('text written by a library', () => {
	it('loses e-mail addresses, links and long tokens', () => {
		const text = scrubText(
			'Sign-up attempt for existing email: julie@example.org via https://app.example/reset/abc token AbCdEfGhIjKlMnOpQrStUv'
		);
		expect(text).toBe('Sign-up attempt for existing email: [e-mail] via [address] token [token]');
	});
});
