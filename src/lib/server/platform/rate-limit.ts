// Brute-force protection: attempts counted in the database (so every instance shares the count) per account
// and client address together, per account and per address, with a clear "try again in N seconds" at a limit.
// Keys are hashed before they reach the store or any message: an e-mail or a group code never lands there.
import { createHash } from 'node:crypto';
import { RateLimiterDrizzle, RateLimiterRes } from 'rate-limiter-flexible';
import { db } from '../db/client.ts';
import { DomainError } from './errors.ts';
import { rateLimit } from './schema.ts';

/**
 * What each kind of attempt allows within its window. As rate-limiter-flexible documents for logins,
 * failures of one account from one address (`perPair`) are stopped first; the account's own ceiling
 * (`perAccount`) is much higher, so that someone failing on purpose from elsewhere cannot lock the owner
 * out, while guessing spread over many addresses still ends.
 */
export const LIMITS = {
	// A class behind one school or centre network shares an address: the address limit is generous.
	participant_sign_in: { perPair: 5, perAccount: 30, perAddress: 60, windowSeconds: 60 },
	adult_sign_in: { perPair: 5, perAccount: 50, perAddress: 30, windowSeconds: 15 * 60 },
	// The account is not known before the code is right; Better Auth also ends a challenge after 5 tries.
	second_factor: { perAddress: 10, windowSeconds: 15 * 60 },
	/** Wrong group codes tried from one address. */
	join: { perAddress: 10, windowSeconds: 10 * 60 },
	/** Accounts created by joining from one address (each costs an Argon2 hash and several rows). */
	join_success: { perAddress: 10, windowSeconds: 10 * 60 },
	/** Presenter pairing codes tried from one address (8 digits, valid 10 minutes, once). */
	pairing: { perAddress: 10, windowSeconds: 10 * 60 },
	/** One's own password or pass-phrase confirmed while signed in (to protect a logbook key with it). */
	own_secret: { perAccount: 10, perAddress: 30, windowSeconds: 15 * 60 },
	/** Reset e-mails asked for, whether or not the address has an account. */
	password_reset: { perPair: 3, perAccount: 10, perAddress: 10, windowSeconds: 60 * 60 }
} as const satisfies Record<string, Limit>;

type Limit = { perPair?: number; perAccount?: number; perAddress: number; windowSeconds: number };
type Part = 'pair' | 'account' | 'address';

export type AttemptKind = keyof typeof LIMITS;
/** `account` is what is being tried (an e-mail, a group code and pseudonym); `address` the client's. */
export type Attempt = { kind: AttemptKind; account?: string; address: string };

type Counter = { part: Part; limiter: RateLimiterDrizzle; key: string };
type Limiters = { database: unknown; byPart: Map<Part, RateLimiterDrizzle> };
const limiters = new Map<AttemptKind, Limiters>();

function limitersFor(kind: AttemptKind): Map<Part, RateLimiterDrizzle> {
	const database = db();
	const found = limiters.get(kind);
	// One set per database: tests open a fresh database per file.
	if (found && found.database === database) return found.byPart;
	const limit: Limit = LIMITS[kind];
	const byPart = new Map<Part, RateLimiterDrizzle>();
	const points: [Part, number | undefined][] = [
		['pair', limit.perPair],
		['account', limit.perAccount],
		['address', limit.perAddress]
	];
	for (const [part, allowed] of points) {
		if (allowed === undefined) continue;
		byPart.set(
			part,
			new RateLimiterDrizzle({
				storeClient: database,
				schema: rateLimit,
				keyPrefix: `${kind}:${part}`,
				points: allowed,
				duration: limit.windowSeconds,
				clearExpiredByTimeout: false
			})
		);
	}
	limiters.set(kind, { database, byPart });
	return byPart;
}

/** A stable, one-way key: the same person gets the same counter, and the store never holds who. */
function hashed(kind: AttemptKind, ...parts: string[]): string {
	return createHash('sha256')
		.update([kind, ...parts].join('\0'))
		.digest('base64url')
		.slice(0, 32);
}

function countersFor(attempt: Attempt): Counter[] {
	const counters: Counter[] = [];
	for (const [part, limiter] of limitersFor(attempt.kind)) {
		if (part !== 'address' && attempt.account === undefined) continue;
		const key =
			part === 'pair'
				? hashed(attempt.kind, attempt.account!, attempt.address)
				: part === 'account'
					? hashed(attempt.kind, attempt.account!)
					: hashed(attempt.kind, attempt.address);
		counters.push({ part, limiter, key });
	}
	return counters;
}

function tooMany(msBeforeNext: number): DomainError {
	const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
	return new DomainError('errors.too_many_attempts', 429, { values: { seconds } });
}

/** Throws "too many attempts, try again in N seconds" when any of the attempt's counters is at its limit. */
export async function ensureAttemptAllowed(attempt: Attempt): Promise<void> {
	const counters = countersFor(attempt);
	const states = await Promise.all(counters.map(({ limiter, key }) => limiter.get(key)));
	let wait = 0;
	for (const [index, state] of states.entries()) {
		if (state && state.consumedPoints >= counters[index]!.limiter.points)
			wait = Math.max(wait, state.msBeforeNext);
	}
	if (wait > 0) throw tooMany(wait);
}

/** Counts one attempt on every counter (a failure, or a request that always counts). */
export async function recordFailedAttempt(attempt: Attempt): Promise<void> {
	const results = await Promise.allSettled(
		countersFor(attempt).map(({ limiter, key }) => limiter.consume(key))
	);
	for (const result of results) {
		// Over the limit now: the next attempt is refused by ensureAttemptAllowed.
		if (result.status === 'rejected' && !(result.reason instanceof RateLimiterRes))
			throw result.reason;
	}
}

/** Forgets the failures of this account after a success (the address keeps its count). */
export async function clearFailedAttempts(attempt: Attempt): Promise<void> {
	await Promise.all(
		countersFor(attempt)
			.filter(({ part }) => part !== 'address')
			.map(({ limiter, key }) => limiter.delete(key))
	);
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

/**
 * Runs `work` only while the attempt is under its limits, and counts it when it succeeds (joins that
 * create an account). The count is taken before the work, so that many requests at once cannot all
 * pass, and given back when the work fails.
 */
export async function withSuccessLimit<T>(attempt: Attempt, work: () => Promise<T>): Promise<T> {
	const counters = countersFor(attempt);
	const taken: Counter[] = [];
	try {
		for (const counter of counters) {
			await counter.limiter.consume(counter.key);
			taken.push(counter);
		}
	} catch (error) {
		await Promise.all(taken.map(({ limiter, key }) => limiter.reward(key)));
		if (error instanceof RateLimiterRes) throw tooMany(error.msBeforeNext);
		throw error;
	}
	try {
		return await work();
	} catch (error) {
		await Promise.all(counters.map(({ limiter, key }) => limiter.reward(key)));
		throw error;
	}
}
