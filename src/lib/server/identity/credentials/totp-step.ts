// Which 30-second time step a TOTP code belongs to (RFC 6238, HMAC-SHA1, 6 digits), so a code is used once.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const TOTP_PERIOD_SECONDS = 30;
const DIGITS = 6;
/** Steps accepted on either side of now, as Better Auth's verifier does: the clock of a phone drifts. */
const WINDOW = 1;

/** The code for `step` (RFC 4226 dynamic truncation). The secret is raw text, as Better Auth keeps it. */
export function codeAt(secret: string | Buffer, step: number): string {
	const counter = Buffer.alloc(8);
	counter.writeBigUInt64BE(BigInt(step));
	const digest = createHmac('sha1', secret).update(counter).digest();
	const offset = digest[digest.length - 1]! & 0x0f;
	const value = (digest.readUInt32BE(offset) & 0x7fffffff) % 10 ** DIGITS;
	return value.toString().padStart(DIGITS, '0');
}

export function stepAt(time: number): number {
	return Math.floor(time / 1000 / TOTP_PERIOD_SECONDS);
}

/**
 * The latest step within the window around `now` at which `code` is right, or null. Every candidate is
 * compared in constant time, so the answer's timing says nothing of which step matched.
 */
export function matchingStep(
	secret: string | Buffer,
	code: string,
	now = Date.now()
): number | null {
	const given = Buffer.from(code.padEnd(DIGITS, ' ').slice(0, 16));
	let found: number | null = null;
	const current = stepAt(now);
	for (let step = current - WINDOW; step <= current + WINDOW; step++) {
		const expected = Buffer.from(codeAt(secret, step));
		if (given.length === expected.length && timingSafeEqual(given, expected)) found = step;
	}
	return found;
}
