// Computes TOTP codes (RFC 6238: HMAC-SHA1, 30 s, 6 digits) as an authenticator app would, for tests.
import { createHmac } from 'node:crypto';

function base32Decode(input: string): Buffer {
	const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
	let bits = '';
	for (const char of input.replace(/=+$/, '').toUpperCase()) {
		const value = alphabet.indexOf(char);
		if (value < 0) throw new Error(`Not base32: ${char}`);
		bits += value.toString(2).padStart(5, '0');
	}
	const bytes = [];
	for (let i = 0; i + 8 <= bits.length; i += 8)
		bytes.push(Number.parseInt(bits.slice(i, i + 8), 2));
	return Buffer.from(bytes);
}

/** The code an authenticator app shows for `secret` (base32, or raw text) at `time`. */
export function totp(secret: string, time = Date.now()): string {
	const key = /^[A-Z2-7]+=*$/i.test(secret) ? base32Decode(secret) : Buffer.from(secret);
	const counter = Buffer.alloc(8);
	counter.writeBigUInt64BE(BigInt(Math.floor(time / 1000 / 30)));
	const digest = createHmac('sha1', key).update(counter).digest();
	const offset = digest[digest.length - 1]! & 0x0f;
	const value = (digest.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
	return value.toString().padStart(6, '0');
}

const lastStepUsed = new Map<string, number>();

/**
 * A code the app will accept now for `secret`: a code is good once, so each call takes a later 30-second
 * step than the one before (the app accepts one step ahead, for phones whose clock runs fast), waiting for
 * the clock when both are spent.
 */
export async function nextCode(secret: string): Promise<string> {
	for (;;) {
		const current = Math.floor(Date.now() / 30_000);
		const step = Math.max(current, (lastStepUsed.get(secret) ?? -1) + 1);
		if (step <= current + 1) {
			lastStepUsed.set(secret, step);
			return totp(secret, step * 30_000);
		}
		await new Promise((resolve) => setTimeout(resolve, (current + 1) * 30_000 - Date.now() + 50));
	}
}
