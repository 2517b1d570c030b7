// Brute-force protection: failed attempts counted in the database (so every instance shares the count),
// per client address and per account, with a clear "try again in N seconds" when the limit is reached.
import { RateLimiterDrizzle, RateLimiterRes } from 'rate-limiter-flexible';
import { db } from '../db/client.ts';
import { DomainError } from './errors.ts';
import { rateLimit } from './schema.ts';

/** What each kind of attempt allows: failures per window, per account and per client address. */
export const LIMITS = {
	// A class behind one school or centre network shares an address: the address limit is generous,
	// the per-account limit is what stops guessing one teen's pass-phrase.
	participant_sign_in: { account: 5, address: 60, windowSeconds: 60 },
	adult_sign_in: { account: 5, address: 30, windowSeconds: 15 * 60 },
	second_factor: { account: 5, address: 30, windowSeconds: 15 * 60 },
	join: { account: 10, address: 30, windowSeconds: 10 * 60 },
	password_reset: { account: 3, address: 10, windowSeconds: 60 * 60 }
} as const;

export type AttemptKind = keyof typeof LIMITS;
export type Attempt = { kind: AttemptKind; account: string; address: string };

type Limiters = { account: RateLimiterDrizzle; address: RateLimiterDrizzle };
const limiters = new Map<string, Limiters>();

function limitersFor(kind: AttemptKind): Limiters {
	const database = db();
	const key = kind;
	let found = limiters.get(key);
	// One set per database: tests open a fresh database per file.
	if (
		!found ||
		(found.account as unknown as { drizzleClient: unknown }).drizzleClient !== database
	) {
		const limit = LIMITS[kind];
		const make = (points: number, part: string) =>
			new RateLimiterDrizzle({
				storeClient: database,
				schema: rateLimit,
				keyPrefix: `${kind}:${part}`,
				points,
				duration: limit.windowSeconds,
				clearExpiredByTimeout: false
			});
		found = { account: make(limit.account, 'account'), address: make(limit.address, 'address') };
		limiters.set(key, found);
	}
	return found;
}

function tooMany(msBeforeNext: number): DomainError {
	const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
	return new DomainError('errors.too_many_attempts', 429, { values: { seconds } });
}

/** Throws "too many attempts, try again in N seconds" when this account or address is over its limit. */
export async function ensureAttemptAllowed(attempt: Attempt): Promise<void> {
	const { account, address } = limitersFor(attempt.kind);
	const limit = LIMITS[attempt.kind];
	const [forAccount, forAddress] = await Promise.all([
		account.get(attempt.account),
		address.get(attempt.address)
	]);
	for (const [state, points] of [
		[forAccount, limit.account],
		[forAddress, limit.address]
	] as const) {
		if (state && state.consumedPoints >= points) throw tooMany(state.msBeforeNext);
	}
}

/** Counts a failed attempt; throws "too many attempts" when this one reached a limit. */
export async function recordFailedAttempt(attempt: Attempt): Promise<void> {
	const { account, address } = limitersFor(attempt.kind);
	const results = await Promise.allSettled([
		account.consume(attempt.account),
		address.consume(attempt.address)
	]);
	for (const result of results) {
		if (result.status === 'rejected') {
			if (result.reason instanceof RateLimiterRes) return;
			throw result.reason;
		}
	}
}

/** Forgets an account's failures after a success (the address keeps its count). */
export async function clearFailedAttempts(attempt: Attempt): Promise<void> {
	await limitersFor(attempt.kind).account.delete(attempt.account);
}

/** Runs `work` under the limits: refused while over them, counted when it fails with a DomainError. */
export async function withAttemptLimit<T>(attempt: Attempt, work: () => Promise<T>): Promise<T> {
	await ensureAttemptAllowed(attempt);
	try {
		const result = await work();
		await clearFailedAttempts(attempt);
		return result;
	} catch (error) {
		if (error instanceof DomainError) await recordFailedAttempt(attempt);
		throw error;
	}
}
