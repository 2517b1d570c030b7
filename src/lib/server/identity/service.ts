// Identity verbs: the first administrator's one-time setup link, sign-in and sign-out, organisations.
import { createHash, randomBytes } from 'node:crypto';
import { and, asc, eq, gt, isNull, lte } from 'drizzle-orm';
import { APIError } from 'better-auth/api';
import { db, type Executor } from '../db/client.ts';
import {
	anonymous,
	mustEnrolTwoFactor,
	type Actor,
	type Membership,
	type PlatformRole,
	type UserActor
} from '../platform/actor.ts';
import { DomainError, notFoundOrNotAllowed } from '../platform/errors.ts';
import { recordAudit } from '../platform/audit.ts';
import { allows, authorise } from '../platform/rights.ts';
import { config } from '../platform/config.ts';
import { log } from '../platform/log.ts';
import { withAttemptLimit } from '../platform/rate-limit.ts';
import { claimSeed } from '../platform/seeds.ts';
import { events } from '../platform/events.ts';
import { auth } from './auth.ts';
import { endReusedSession, remember, reusedSession } from './session-reuse.ts';
import { extendedFor, extendsOnActivity, sessionEnd, type SessionTimes } from './session-limits.ts';
import { extendSessions, recheckLater } from './session-recheck.ts';
import { participantActor } from './participants.ts';
import type { AdminSetupInput, SignInInput } from './inputs.ts';
import { adminSetupToken, demoPerson, membership, organisation, user } from './schema.ts';

export const SETUP_LINK_LIFETIME_MS = 24 * 60 * 60 * 1000;

function hashToken(token: string): string {
	return createHash('sha256').update(token).digest('hex');
}

async function administratorExists(database: Executor): Promise<boolean> {
	const rows = await database
		.select({ id: user.id })
		.from(user)
		.where(eq(user.role, 'admin'))
		.limit(1);
	return rows.length > 0;
}

/**
 * Issues a one-time setup link token when no administrator exists yet. Returns null when one exists.
 * Only the token's hash is stored. Earlier links stay valid until they expire or an administrator is
 * created, so that instances starting together (each printing a link) never invalidate each other's.
 */
export async function issueSetupLink(
	actor: Actor,
	database: Executor = db(),
	now = new Date()
): Promise<string | null> {
	authorise(actor, 'identity.issue_setup_link');
	if (await administratorExists(database)) return null;
	const token = randomBytes(32).toString('base64url');
	await database.transaction(async (tx) => {
		await tx.delete(adminSetupToken).where(lte(adminSetupToken.expiresAt, now));
		await tx.insert(adminSetupToken).values({
			tokenHash: hashToken(token),
			expiresAt: new Date(now.getTime() + SETUP_LINK_LIFETIME_MS)
		});
	});
	return token;
}

/**
 * Whether `token` can still be used to create the first administrator.
 * WARNING: no permission check — holding the one-time link is the permission.
 */
export async function setupLinkUsable(token: string, now = new Date()): Promise<boolean> {
	if (await administratorExists(db())) return false;
	const rows = await db()
		.select({ id: adminSetupToken.id })
		.from(adminSetupToken)
		.where(
			and(
				eq(adminSetupToken.tokenHash, hashToken(token)),
				isNull(adminSetupToken.usedAt),
				gt(adminSetupToken.expiresAt, now)
			)
		);
	return rows.length > 0;
}

/**
 * Creates the first administrator with the password they chose, and spends the link.
 * Anyone holding the link may do this once, within 24 hours, and only while no administrator exists.
 */
export async function completeAdminSetup(
	_actor: Actor,
	token: string,
	input: AdminSetupInput,
	now = new Date()
): Promise<void> {
	if (await administratorExists(db())) throw new DomainError('identity.setup_link_invalid', 410);
	// Spending the token first, in one statement, makes it single-use even under concurrent submissions.
	const spent = await db()
		.update(adminSetupToken)
		.set({ usedAt: now })
		.where(
			and(
				eq(adminSetupToken.tokenHash, hashToken(token)),
				isNull(adminSetupToken.usedAt),
				gt(adminSetupToken.expiresAt, now)
			)
		)
		.returning({ id: adminSetupToken.id });
	const row = spent[0];
	if (!row) throw new DomainError('identity.setup_link_invalid', 410);
	try {
		const authApi = (await auth()).api;
		await authApi.createUser({
			body: { email: input.email, password: input.password, name: input.name, role: 'admin' }
		});
	} catch (error) {
		await db().update(adminSetupToken).set({ usedAt: null }).where(eq(adminSetupToken.id, row.id));
		if (error instanceof APIError && error.status === 'BAD_REQUEST') {
			throw new DomainError('identity.email_taken', 409);
		}
		throw error;
	}
	// Every other link dies with the first administrator.
	await db().delete(adminSetupToken).where(isNull(adminSetupToken.usedAt));
	log.info({ module: 'identity', event: 'admin_created' }, 'first administrator created');
	await recordAudit(_actor, { action: 'identity.administrator_created' });
}

export type SignInResult =
	| { kind: 'signed-in'; actor: UserActor }
	/** The password was right; the account's second factor is asked for next. */
	| { kind: 'second-factor' };

/**
 * Signs an adult in (the session cookie is set on the current response) or, when the account has a
 * second factor, starts that step. A failure never says whether the e-mail exists.
 */
export async function signIn(
	input: SignInInput,
	headers: Headers,
	address: string
): Promise<SignInResult> {
	const result = await withAttemptLimit(
		{ kind: 'adult_sign_in', account: input.email, address },
		async () => {
			try {
				return await (await auth()).api.signInEmail({ body: input, headers });
			} catch (error) {
				if (error instanceof APIError) {
					// Which account was tried is kept as a hash: enough to see a pattern, not an address.
					await recordAudit(anonymous, {
						action: 'identity.sign_in_failed',
						targetType: 'email-hash',
						targetId: hashToken(input.email).slice(0, 16)
					});
					throw new DomainError('identity.sign_in_failed', 400);
				}
				throw error;
			}
		}
	);
	if ('twoFactorRedirect' in result && result.twoFactorRedirect) return { kind: 'second-factor' };
	if (!('user' in result)) throw new DomainError('identity.sign_in_failed', 400);
	const actor = await userActor(result.user, null);
	await recordAudit(actor, { action: 'identity.sign_in' });
	return { kind: 'signed-in', actor };
}

export async function signOut(headers: Headers): Promise<void> {
	try {
		await (await auth()).api.signOut({ headers });
	} catch (error) {
		// Signing out without a session is not an error for the person.
		if (!(error instanceof APIError)) throw error;
	} finally {
		// Once the session is gone, every instance forgets it: before, a vote in between could resolve it again
		// and reuse it for a minute.
		await endReusedSession(headers);
	}
}

export type ResolvedSession = {
	actor: Actor;
	/** When the session ends if nothing happens before (epoch ms), for the time-out warning; null if none. */
	deadline: number | null;
	/** Whether `deadline` is the session's absolute end, which no activity pushes back. */
	final: boolean;
	/** Whether the person has said she understood the quick-exit notice (read with the account, no query). */
	safetyNoticeSeen: boolean;
};

const signedOut: ResolvedSession = {
	actor: anonymous,
	deadline: null,
	final: false,
	safetyNoticeSeen: false
};

/**
 * The actor behind a request's session cookie, or anonymous. `preferredOrganisationId` (from the
 * person's last choice) becomes the active organisation only if they really belong to it. A shared
 * device's session idle for more than 10 minutes, and any session older than its absolute lifetime
 * (12 hours for adults, 4 for youth, by default), is ended here. With `reuse` (a live vote), a teen's session
 * resolved on this instance in the last minute is taken as it was (session-reuse.ts).
 */
export async function resolveSession(
	headers: Headers,
	preferredOrganisationId?: string,
	now = Date.now(),
	options: { reuse?: boolean } = {}
): Promise<ResolvedSession> {
	const known = options.reuse ? reused(headers.get('cookie'), now) : undefined;
	if (known) return known;
	const { resolved, token } = await resolveAnew(headers, preferredOrganisationId, now);
	if (token) remember(headers, resolved, token, now);
	return resolved;
}

/**
 * The teen's session behind this `Cookie` header if this instance resolved it in the last minute, else
 * undefined (nothing is asked of the database): a lane (platform/lanes.ts) answers only for such a session.
 */
export function recentTeenSession(
	cookie: string | null | undefined,
	now = Date.now()
): ResolvedSession | undefined {
	return reused(cookie, now);
}

/** A reused session; once in its minute, checked again in the background (session-recheck.ts). */
function reused(cookie: string | null | undefined, now: number): ResolvedSession | undefined {
	const known = reusedSession(cookie, now);
	if (known?.due) recheckLater(known.due);
	return known?.resolved;
}

/** The session in full, with its token when it is live. */
async function resolveAnew(
	headers: Headers,
	preferredOrganisationId: string | undefined,
	now: number
): Promise<{ resolved: ResolvedSession; token: string | null }> {
	const api = (await auth()).api;
	const session = await api.getSession({ headers });
	if (!session || session.user.banned) return { resolved: signedOut, token: null };
	const youth = await participantActor(session.user.id);
	let times: SessionTimes = {
		createdAt: new Date(session.session.createdAt),
		updatedAt: new Date(session.session.updatedAt),
		expiresAt: new Date(session.session.expiresAt),
		sharedDevice: session.session.sharedDevice
	};
	// Better Auth leaves a shared device's session as it was (session-limits.ts): this request extends it here.
	if (
		times.sharedDevice &&
		extendsOnActivity(times, youth !== null, now) &&
		(await extendSessions([session.session.token], now)).size > 0
	)
		times = extendedFor(times, now);
	const end = sessionEnd(times, youth !== null, now);
	if (!end) {
		const context = await (await auth()).$context;
		await context.internalAdapter.deleteSession(session.session.token);
		return { resolved: signedOut, token: null };
	}
	const actor = youth ?? (await userActor(session.user, preferredOrganisationId ?? null));
	return {
		resolved: {
			actor,
			...end,
			safetyNoticeSeen: Boolean(session.user.safetyNoticeSeenAt)
		},
		token: session.session.token
	};
}

/**
 * The actor for an existing account, as a request with its session would see it.
 * WARNING: no permission check — for a session already verified (second factor, tests), never for a lookup.
 */
export async function actorForUser(
	userId: string,
	preferredOrganisationId: string | null = null
): Promise<UserActor> {
	const [account] = await db()
		.select({
			id: user.id,
			name: user.name,
			role: user.role,
			twoFactorEnabled: user.twoFactorEnabled
		})
		.from(user)
		.where(eq(user.id, userId));
	if (!account) throw notFoundOrNotAllowed();
	return userActor(account, preferredOrganisationId);
}

async function userActor(
	account: { id: string; name: string; role?: string | null; twoFactorEnabled?: boolean | null },
	preferredOrganisationId: string | null
): Promise<UserActor> {
	const memberships = await membershipsOf(account.id);
	const active =
		memberships.find((m) => m.organisationId === preferredOrganisationId) ??
		(memberships.length === 1 ? memberships[0]! : null);
	const role: PlatformRole = account.role === 'admin' ? 'admin' : 'user';
	return {
		kind: 'user',
		userId: account.id,
		name: account.name,
		role,
		memberships,
		active,
		twoFactorEnabled: account.twoFactorEnabled === true,
		...((await isDemoPerson(account.id)) && { demo: true as const })
	};
}

/** Whether this account is one of a demonstration's people (only ever on a demonstration). */
async function isDemoPerson(userId: string): Promise<boolean> {
	if (!config().demo) return false;
	const rows = await db()
		.select({ userId: demoPerson.userId })
		.from(demoPerson)
		.where(eq(demoPerson.userId, userId));
	return rows.length > 0;
}

async function membershipsOf(userId: string): Promise<Membership[]> {
	return db()
		.select({
			organisationId: membership.organisationId,
			organisationName: organisation.name,
			role: membership.role
		})
		.from(membership)
		.innerJoin(organisation, eq(organisation.id, membership.organisationId))
		.where(eq(membership.userId, userId))
		.orderBy(asc(organisation.name));
}

/**
 * Creates the demo organisation the first time the platform starts, never again; the other modules fill it
 * (starter content, help lines, the sample video) as reactions to "organisation created".
 */
export async function seedDemoOrganisation(
	actor: Actor,
	database: Executor = db()
): Promise<boolean> {
	authorise(actor, 'identity.seed_demo');
	return database.transaction(async (tx) => {
		if (!(await claimSeed('demo-organisation', tx))) return false;
		const [demo] = await tx
			.insert(organisation)
			.values({ name: 'Organisation de démonstration', isDemo: true })
			.returning({ id: organisation.id });
		await events().publish(
			'organisation.created',
			{ organisationId: demo!.id, demo: true },
			tx,
			actor
		);
		return true;
	});
}

/** Where an adult lands after signing in: enrolling a second factor or choosing an organisation first. */
export function landingFor(actor: UserActor): string {
	if (mustEnrolTwoFactor(actor)) return '/account/two-factor';
	if (actor.role === 'admin') return '/admin';
	if (actor.memberships.length > 1 && !actor.active) return '/organisations';
	return workLandingFor(actor);
}

/** The first page of an adult's work in their active organisation (never the teens' home). */
export function workLandingFor(actor: UserActor): string {
	const organisationId = actor.active?.organisationId;
	// An adult with nothing to open yet lands on their account.
	if (!organisationId) return '/account';
	if (actor.active?.role === 'coordinator') return `/organisations/${organisationId}`;
	// The first page of their work they may open: a facilitator's groups, a professional's programs.
	const scope = { organisationId };
	if (allows(actor, 'identity.create_group', scope))
		return `/organisations/${organisationId}/groups`;
	if (allows(actor, 'programs.read_published', scope)) return '/programs';
	return '/account';
}

// What other modules need of groups (a live session's people and permissions, where disclosures go), through
// this service.
export { adultsOf } from './organisations.ts';
export { confirmOwnSecret } from './own-secret.ts';
export { passphraseFromAdult } from './participants.ts';
export {
	currentFacilitatorsOf,
	designatedGroups,
	facilitatorsOfGroups,
	groupPeople,
	listGroups,
	managedGroupContext,
	pseudonymsOf
} from './groups.ts';
