// Test helpers for identity: real adult accounts with real memberships, actors, request context and failures.
// @ts-expect-error -- SvelteKit ships no types for this internal entry point, where its server runtime
// keeps the current request (see `inRequest`).
import * as kitServer from '@sveltejs/kit/internal/server';
import { expect } from 'vitest';
import { db } from '../db/client.ts';
import { DomainError } from '../platform/errors.ts';
import type { OrganisationRole, UserActor } from '../platform/actor.ts';
import { auth } from './auth.ts';
import { eq } from 'drizzle-orm';
import { totp } from '../../../../tests/support/totp.ts';
import { membership, user } from './schema.ts';
import { actorForUser, signIn } from './service.ts';
import { confirmTwoFactorEnrolment, startTwoFactorEnrolment } from './two-factor.ts';

let counter = 0;

/** The password of every adult these helpers create. */
export const TEST_PASSWORD = 'une phrase assez longue';

/** Creates an adult with `memberships` (organisation id → role); `admin` makes them a platform administrator. */
export async function createAdult(
	options: { admin?: boolean; memberships?: Record<string, OrganisationRole>; name?: string } = {}
): Promise<UserActor> {
	counter++;
	const created = await (
		await auth()
	).api.createUser({
		body: {
			email: `adult${counter}.${Date.now()}@example.org`,
			password: TEST_PASSWORD,
			name: options.name ?? `Adulte ${counter}`,
			role: options.admin ? 'admin' : 'user'
		}
	});
	const entries = Object.entries(options.memberships ?? {});
	if (entries.length > 0) {
		await db()
			.insert(membership)
			.values(
				entries.map(([organisationId, role]) => ({ organisationId, userId: created.user.id, role }))
			);
	}
	return actorForUser(created.user.id, entries[0]?.[0] ?? null);
}

export async function failure(work: Promise<unknown>): Promise<unknown> {
	return work.then(
		() => undefined,
		(error: unknown) => error
	);
}

export async function failsWith(work: Promise<unknown>, code: string) {
	const error = await failure(work);
	expect(error).toBeInstanceOf(DomainError);
	expect((error as DomainError).code).toBe(code);
}

export function refused(work: Promise<unknown>) {
	return failsWith(work, 'errors.not_found_or_not_allowed');
}

let addressCount = 0;

/**
 * A client address of its own for every request: the attempt limits are tested on their own, and must not
 * make these tests depend on how many attempts came before.
 */
export function freshAddress(): string {
	addressCount++;
	return `2001:db8::${addressCount.toString(16)}`;
}

const { with_request_store: withRequestStore } = kitServer as unknown as {
	with_request_store: <T>(store: unknown, work: () => T) => T;
};

/**
 * Runs `work` inside a request, as SvelteKit runs a form action, so that Better Auth can set its cookies
 * (outside a request, `getRequestEvent` throws). Returns the Cookie header a browser would send next.
 */
export async function inRequest<T>(work: () => Promise<T>): Promise<{ result: T; cookie: string }> {
	const jar = new Map<string, string>();
	const event = { cookies: { set: (name: string, value: string) => void jar.set(name, value) } };
	const result = await withRequestStore({ event, state: {} }, work);
	return { result, cookie: [...jar].map(([name, value]) => `${name}=${value}`).join('; ') };
}

/** The adult's e-mail address (test accounts get generated ones). */
export async function emailOf(userId: string): Promise<string> {
	const [row] = await db().select({ email: user.email }).from(user).where(eq(user.id, userId));
	return row!.email;
}

/**
 * Enrols the adult's second factor as the enrolment page does, confirmed with the code of the step before
 * now (so that the tests can use the current one); returns the base32 secret their app would hold.
 */
export async function enrolAuthenticatorApp(actor: UserActor): Promise<string> {
	const email = await emailOf(actor.userId);
	const signedIn = await inRequest(() =>
		signIn({ email, password: TEST_PASSWORD }, new Headers(), freshAddress())
	);
	const headers = new Headers({ cookie: signedIn.cookie });
	const { result: enrolment } = await inRequest(() =>
		startTwoFactorEnrolment(actor, TEST_PASSWORD, headers)
	);
	await inRequest(() =>
		confirmTwoFactorEnrolment(actor, totp(enrolment.secret, Date.now() - 30_000), headers)
	);
	return enrolment.secret;
}
