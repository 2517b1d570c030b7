// Invitation verbs: an administrator or coordinator invites an adult by e-mail; the link sets the password.
import { createHash, randomBytes } from 'node:crypto';
import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import { APIError } from 'better-auth/api';
import { db } from '../db/client.ts';
import type { Actor, OrganisationRole } from '../platform/actor.ts';
import { config } from '../platform/config.ts';
import { DomainError } from '../platform/errors.ts';
import { recordAudit } from '../platform/audit.ts';
import { authorise } from '../platform/rights.ts';
import { log } from '../platform/log.ts';
import { sendMail } from '../platform/mail.ts';
import { postNotice } from '../platform/notices.ts';
import { withAttemptLimit } from '../platform/rate-limit.ts';
import { auth } from './auth.ts';
import { passwordMatches } from './own-secret.ts';
import type { AcceptInvitationInput, InvitationInput } from './inputs.ts';
import { invitation, membership, organisation, user } from './schema.ts';
import { spendTotpCode } from './two-factor.ts';

export const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

/** Invites `input.email` into the organisation with a role, and e-mails them a link (or puts it in the outbox). */
export async function inviteAdult(
	actor: Actor,
	organisationId: string,
	input: InvitationInput,
	now = new Date()
): Promise<void> {
	authorise(actor, 'identity.manage_members', { organisationId });
	const already = await db()
		.select({ id: membership.id })
		.from(membership)
		.innerJoin(user, eq(user.id, membership.userId))
		.where(and(eq(membership.organisationId, organisationId), eq(user.email, input.email)));
	if (already.length > 0) throw new DomainError('identity.already_member', 409);
	const token = randomBytes(32).toString('base64url');
	const [created] = await db()
		.insert(invitation)
		.values({
			organisationId,
			email: input.email,
			role: input.role,
			tokenHash: hash(token),
			invitedBy: actor.kind === 'user' ? actor.userId : null,
			expiresAt: new Date(now.getTime() + INVITATION_LIFETIME_MS)
		})
		.returning({ id: invitation.id });
	await recordAudit(actor, {
		action: 'identity.invitation_sent',
		organisationId,
		targetType: 'invitation',
		targetId: created!.id,
		details: { role: input.role }
	});
	const link = `${config().origin}/invitation/${token}`;
	// The mail says nothing of the organisation or the work: only that something waits in the app.
	await sendMail({
		to: input.email,
		subject: 'Partir de nous — invitation',
		text: [
			'Bonjour,',
			'Une invitation vous attend dans Partir de nous. Ouvrez ce lien pour choisir votre mot de passe',
			'(valide 7 jours) :',
			link,
			'',
			'Hello,',
			'An invitation is waiting for you in Partir de nous. Open this link to choose your password',
			'(valid for 7 days):',
			link
		].join('\n')
	});
	log.info(
		{ module: 'identity', event: 'invitation_sent', organisationId, role: input.role },
		'invitation'
	);
}

export type PendingInvitation = {
	email: string;
	role: OrganisationRole;
	createdAt: Date;
	expiresAt: Date;
};

export async function listPendingInvitations(
	actor: Actor,
	organisationId: string,
	now = new Date()
): Promise<PendingInvitation[]> {
	authorise(actor, 'identity.manage_members', { organisationId });
	return db()
		.select({
			email: invitation.email,
			role: invitation.role,
			createdAt: invitation.createdAt,
			expiresAt: invitation.expiresAt
		})
		.from(invitation)
		.where(
			and(
				eq(invitation.organisationId, organisationId),
				isNull(invitation.acceptedAt),
				gt(invitation.expiresAt, now)
			)
		)
		.orderBy(desc(invitation.createdAt));
}

export type InvitationView = {
	organisationName: string;
	role: OrganisationRole;
	email: string;
	/** The invited address already has an account: accepting asks for its password instead. */
	accountExists: boolean;
	/** That account has a second factor: accepting asks for a code from its app too. */
	secondFactor: boolean;
};

/** The invitation of this token, if not accepted yet and not expired at `now`. */
function usable(token: string, now: Date) {
	return and(
		eq(invitation.tokenHash, hash(token)),
		isNull(invitation.acceptedAt),
		gt(invitation.expiresAt, now)
	);
}

/**
 * What the link holder needs to see to accept, or null when the link is spent, expired or unknown.
 * WARNING: no permission check — holding the link (32 random bytes, e-mailed to that address) is the permission.
 */
export async function viewInvitation(
	token: string,
	now = new Date()
): Promise<InvitationView | null> {
	const [row] = await db()
		.select({
			organisationName: organisation.name,
			role: invitation.role,
			email: invitation.email
		})
		.from(invitation)
		.innerJoin(organisation, eq(organisation.id, invitation.organisationId))
		.where(usable(token, now));
	if (!row) return null;
	const [existing] = await db()
		.select({ id: user.id, twoFactorEnabled: user.twoFactorEnabled })
		.from(user)
		.where(eq(user.email, row.email));
	return {
		...row,
		accountExists: existing !== undefined,
		secondFactor: existing?.twoFactorEnabled === true
	};
}

export type AcceptedInvitation = {
	organisationId: string;
	userId: string;
	/** Whether this response opened a session; an account with a second factor signs in as usual. */
	signedIn: boolean;
};

/**
 * Whether an adult other than the invitation's account is signed in: accepting would end their session, so the
 * page asks them first. False for anyone not signed in, and for the invited account itself.
 * WARNING: no permission check — it answers only about the person asking, for a link they hold.
 */
export async function invitationIsForSomeoneElse(
	token: string,
	actor: Actor,
	now = new Date()
): Promise<boolean> {
	if (actor.kind !== 'user') return false;
	const [row] = await db()
		.select({ email: invitation.email })
		.from(invitation)
		.where(usable(token, now));
	if (!row) return false;
	const [invited] = await db().select({ id: user.id }).from(user).where(eq(user.email, row.email));
	return invited?.id !== actor.userId;
}

/**
 * Accepts an invitation: creates the account with the chosen password (or, for an existing account,
 * checks its password, and a code from its app when it has a second factor), adds the membership, and
 * signs a new or single-factor account in. The link works once. When a platform administrator joins an
 * organisation this way, its coordinators get a notice.
 */
export async function acceptInvitation(
	token: string,
	input: AcceptInvitationInput,
	headers: Headers,
	address: string,
	now = new Date()
): Promise<AcceptedInvitation> {
	const [spent] = await db()
		.update(invitation)
		.set({ acceptedAt: now })
		.where(usable(token, now))
		.returning();
	if (!spent) throw new DomainError('identity.invitation_invalid', 410);
	const api = (await auth()).api;
	let joined: { userId: string; name: string; admin: boolean; signedIn: boolean };
	try {
		const [existing] = await db()
			.select({
				id: user.id,
				name: user.name,
				role: user.role,
				twoFactorEnabled: user.twoFactorEnabled
			})
			.from(user)
			.where(eq(user.email, spent.email));
		if (existing?.twoFactorEnabled) {
			// Both factors, as at sign-in; no session is opened here.
			await withAttemptLimit({ kind: 'adult_sign_in', account: spent.email, address }, async () => {
				if (!(await passwordMatches(existing.id, input.password)))
					throw new DomainError('identity.sign_in_failed', 400);
				if (!input.code || !(await spendTotpCode(existing.id, input.code)))
					throw new DomainError('identity.code_wrong', 400);
			});
			joined = {
				userId: existing.id,
				name: existing.name,
				admin: existing.role === 'admin',
				signedIn: false
			};
		} else {
			let userId = existing?.id;
			if (!userId) {
				const created = await api.createUser({
					body: { email: spent.email, password: input.password, name: input.name, role: 'user' }
				});
				userId = created.user.id;
			}
			// Signing in checks the password of an existing account, and opens the session in both cases.
			await withAttemptLimit({ kind: 'adult_sign_in', account: spent.email, address }, async () => {
				try {
					await api.signInEmail({
						body: { email: spent.email, password: input.password },
						headers
					});
				} catch (error) {
					if (error instanceof APIError) throw new DomainError('identity.sign_in_failed', 400);
					throw error;
				}
			});
			joined = {
				userId,
				name: existing?.name ?? input.name,
				admin: existing?.role === 'admin',
				signedIn: true
			};
		}
		await db()
			.insert(membership)
			.values({ organisationId: spent.organisationId, userId: joined.userId, role: spent.role })
			.onConflictDoNothing();
		await recordAudit(
			{ kind: 'anonymous' },
			{
				action: joined.admin ? 'identity.administrator_joined' : 'identity.membership_added',
				organisationId: spent.organisationId,
				targetType: 'user',
				targetId: joined.userId,
				details: { role: spent.role, invitation: spent.id }
			}
		);
	} catch (error) {
		await db().update(invitation).set({ acceptedAt: null }).where(eq(invitation.id, spent.id));
		throw error;
	}
	// A platform administrator inside an organisation can see what its members see: its coordinators know.
	if (joined.admin)
		await postNotice(spent.organisationId, 'coordinator', 'notices.administrator_joined', {
			name: joined.name,
			role: spent.role
		});
	log.info(
		{ module: 'identity', event: 'invitation_accepted', role: spent.role },
		'invitation accepted'
	);
	return { organisationId: spent.organisationId, userId: joined.userId, signedIn: joined.signedIn };
}
