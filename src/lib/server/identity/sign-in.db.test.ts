// Adults signing in on a real database: a TOTP code is good once, sessions end after their absolute
// lifetime however active, and an attacker's wrong passwords do not lock the owner out from elsewhere.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { totp } from '../../../../tests/support/totp.ts';
import { db } from '../db/client.ts';
import { useTestDatabase } from '../db/test-database.ts';
import { LIMITS } from '../platform/rate-limit.ts';
import { config } from '../platform/config.ts';
import { createOrganisation } from './organisations.ts';
import { groupDetails, createGroup } from './groups.ts';
import { joinGroup } from './participants.ts';
import { rateLimit } from '../platform/schema.ts';
import { requestPasswordReset } from './account.ts';
import { session } from './schema.ts';
import { resolveSession, signIn } from './service.ts';
import { completeSecondFactor } from './two-factor.ts';
import {
	createAdult,
	emailOf,
	enrolAuthenticatorApp,
	failsWith,
	freshAddress,
	inRequest
} from './test-people.ts';

useTestDatabase();

const PASSWORD = 'une phrase assez longue';
const STEP_MS = 30_000;

/** Who the next request with this Cookie header is (at `now`), as the authentication hook sees it. */
async function sessionBehind(cookie: string, now?: number) {
	return (await inRequest(() => resolveSession(new Headers({ cookie }), undefined, now))).result;
}

/** An adult with a second factor: their e-mail and the base32 secret of their app. */
async function adultWithApp() {
	const admin = await createAdult({ admin: true });
	const organisationId = await createOrganisation(admin, { name: 'Organisme' });
	const actor = await createAdult({ memberships: { [organisationId]: 'coordinator' } });
	const secret = await enrolAuthenticatorApp(actor);
	return { email: await emailOf(actor.userId), secret, userId: actor.userId };
}

/** The password step: returns the cookie of the second-factor challenge. */
async function passwordStep(email: string): Promise<string> {
	const { result, cookie } = await inRequest(() =>
		signIn({ email, password: PASSWORD }, new Headers(), freshAddress())
	);
	expect(result.kind).toBe('second-factor');
	return cookie;
}

function secondStep(challenge: string, code: string) {
	return inRequest(() =>
		completeSecondFactor(
			{ code, recovery: false },
			new Headers({ cookie: challenge }),
			freshAddress()
		)
	);
}

describe('a code from the authenticator app', () => {
	it('completes one sign-in only: the same code is refused the second time, and opens no session', async () => {
		const { email, secret, userId } = await adultWithApp();
		const code = totp(secret);
		const first = await secondStep(await passwordStep(email), code);
		expect(first.result.userId).toBe(userId);
		expect((await sessionBehind(first.cookie)).actor).toMatchObject({ kind: 'user', userId });
		const sessionsBefore = await db().select().from(session).where(eq(session.userId, userId));
		await failsWith(secondStep(await passwordStep(email), code), 'identity.code_used');
		const sessionsAfter = await db().select().from(session).where(eq(session.userId, userId));
		expect(sessionsAfter).toHaveLength(sessionsBefore.length);
		// The next code of the app works.
		const next = await secondStep(await passwordStep(email), totp(secret, Date.now() + STEP_MS));
		expect(next.result.userId).toBe(userId);
	});

	it('refuses the code of a step earlier than one already used, and the enrolment’s own code', async () => {
		const { email, secret } = await adultWithApp();
		await secondStep(await passwordStep(email), totp(secret));
		await failsWith(
			secondStep(await passwordStep(email), totp(secret, Date.now() - STEP_MS)),
			'identity.code_used'
		);
	});

	it('lets only one of two sign-ins racing with the same code through', async () => {
		const { email, secret } = await adultWithApp();
		const code = totp(secret);
		const challenges = [await passwordStep(email), await passwordStep(email)];
		const results = await Promise.allSettled(
			challenges.map((challenge) => secondStep(challenge, code))
		);
		expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
	});
});

describe('a session', () => {
	it('ends for an adult after its absolute lifetime, however active, and warns of that end', async () => {
		const admin = await createAdult({ admin: true });
		const organisationId = await createOrganisation(admin, { name: 'Organisme' });
		const actor = await createAdult({ memberships: { [organisationId]: 'facilitator' } });
		const email = await emailOf(actor.userId);
		const { cookie } = await inRequest(() =>
			signIn({ email, password: PASSWORD }, new Headers(), freshAddress())
		);
		const lifetime = config().sessionLifetimeMs.adult;
		expect(lifetime).toBe(12 * 60 * 60 * 1000);
		const [row] = await db().select().from(session).where(eq(session.userId, actor.userId));
		const created = row!.createdAt.getTime();
		// Used a minute before its end: still on, and the deadline is the final one, not the idle one.
		const late = created + lifetime - 60_000;
		await db()
			.update(session)
			.set({ updatedAt: new Date(late), expiresAt: new Date(late + 30 * 60_000) });
		const before = await sessionBehind(cookie, late);
		expect(before.actor.kind).toBe('user');
		expect(before.deadline).toBe(created + lifetime);
		expect(before.final).toBe(true);
		// A minute later, however recent the last request: signed out, and the session is gone.
		const after = await sessionBehind(cookie, created + lifetime + 1);
		expect(after.actor.kind).toBe('anonymous');
		expect(await db().select().from(session).where(eq(session.userId, actor.userId))).toEqual([]);
	});

	it('ends for a teen after four hours, however active', async () => {
		const admin = await createAdult({ admin: true });
		const organisationId = await createOrganisation(admin, { name: 'Organisme' });
		const facilitator = await createAdult({ memberships: { [organisationId]: 'facilitator' } });
		const groupId = await createGroup(facilitator, organisationId, {
			name: 'Groupe',
			expiresInDays: null,
			approvalRequired: true
		});
		const { joinCode } = await groupDetails(facilitator, groupId);
		const { cookie } = await inRequest(() =>
			joinGroup({ code: joinCode, pseudonym: 'Mésange' }, 'fr', new Headers(), freshAddress())
		);
		const [row] = await db()
			.select()
			.from(session)
			.where(eq(session.token, cookie.split('=')[1]!.split('.')[0]!));
		const created = row!.createdAt.getTime();
		const fourHours = 4 * 60 * 60 * 1000;
		const late = created + fourHours - 1000;
		await db()
			.update(session)
			.set({ updatedAt: new Date(late), expiresAt: new Date(late + 30 * 60_000) });
		expect((await sessionBehind(cookie, late)).actor.kind).toBe('participant');
		expect((await sessionBehind(cookie, created + fourHours + 1)).actor.kind).toBe('anonymous');
	});
});

describe('wrong passwords', () => {
	it('from one address stop that address, not the owner signing in from elsewhere', async () => {
		const admin = await createAdult({ admin: true });
		const organisationId = await createOrganisation(admin, { name: 'Organisme' });
		const actor = await createAdult({ memberships: { [organisationId]: 'facilitator' } });
		const email = await emailOf(actor.userId);
		const attacker = freshAddress();
		const attempt = (password: string, address: string) =>
			inRequest(() => signIn({ email, password }, new Headers(), address));
		for (let index = 0; index < LIMITS.adult_sign_in.perPair; index++)
			await failsWith(
				attempt(`pas le bon ${index} mot de passe`, attacker),
				'identity.sign_in_failed'
			);
		// The attacker is stopped, even with the right password…
		await failsWith(attempt(PASSWORD, attacker), 'errors.too_many_attempts');
		// …and the owner, elsewhere, signs in.
		const owner = await attempt(PASSWORD, freshAddress());
		expect(owner.result.kind).toBe('signed-in');
	});

	it('spread over many addresses end at the account’s own ceiling', async () => {
		const admin = await createAdult({ admin: true });
		const organisationId = await createOrganisation(admin, { name: 'Organisme' });
		const actor = await createAdult({ memberships: { [organisationId]: 'facilitator' } });
		const email = await emailOf(actor.userId);
		for (let index = 0; index < LIMITS.adult_sign_in.perAccount; index++)
			await failsWith(
				inRequest(() =>
					signIn({ email, password: `faux ${index} mot de passe` }, new Headers(), freshAddress())
				),
				'identity.sign_in_failed'
			);
		await failsWith(
			inRequest(() => signIn({ email, password: PASSWORD }, new Headers(), freshAddress())),
			'errors.too_many_attempts'
		);
	});

	it('are counted under keys that do not hold the e-mail address or the client address', async () => {
		const email = 'cle.secrete@example.org';
		const address = '2001:db8::beef';
		await failsWith(
			inRequest(() =>
				signIn({ email, password: 'pas le bon mot de passe' }, new Headers(), address)
			),
			'identity.sign_in_failed'
		);
		const keys = (await db().select({ key: rateLimit.key }).from(rateLimit)).map((row) => row.key);
		expect(keys.length).toBeGreaterThanOrEqual(3);
		for (const key of keys) {
			expect(key).not.toContain('cle.secrete');
			expect(key).not.toContain('beef');
		}
	});
});

describe('password reset e-mails', () => {
	it('asked for three times from one address stop that address, not the owner asking from elsewhere', async () => {
		const admin = await createAdult({ admin: true });
		const email = await emailOf(admin.userId);
		const attacker = freshAddress();
		for (let index = 0; index < LIMITS.password_reset.perPair; index++)
			await requestPasswordReset(email, attacker);
		await failsWith(requestPasswordReset(email, attacker), 'errors.too_many_attempts');
		await requestPasswordReset(email, freshAddress());
	});
});
