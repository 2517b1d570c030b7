// Who is acting: every service verb takes this first and checks its permission from it.
import type { OrganisationRole, PlatformRole } from '#lib/domain/rights/rights.ts';

// An adult's role within one organisation; the rights each role holds are in the rights table.
export type { OrganisationRole, PlatformRole };
export { ORGANISATION_ROLES as organisationRoles } from '#lib/domain/rights/rights.ts';

export type Membership = {
	organisationId: string;
	organisationName: string;
	role: OrganisationRole;
};

export type UserActor = {
	kind: 'user';
	userId: string;
	name: string;
	role: PlatformRole;
	memberships: Membership[];
	/** The organisation the person works in now (chosen after sign-in), one of `memberships`. */
	active: Membership | null;
	/** Whether a second factor (TOTP) protects this account. */
	twoFactorEnabled: boolean;
	/** One of a demonstration's people (`npm run demo`), who need no second factor; never on a real deployment. */
	demo?: true;
};

/** A teen: one pseudonym in one organisation, the groups she is in, and nothing else about her. */
export type ParticipantActor = {
	kind: 'participant';
	userId: string;
	participantId: string;
	organisationId: string;
	/** Her groups (her usual group, a co-design group, a pilot), the first she joined first. */
	groups: { id: string; name: string }[];
	pseudonym: string;
};

export type Actor =
	| { kind: 'anonymous' }
	| UserActor
	| ParticipantActor
	/** The server itself, for start-up tasks such as migrations and seeds. */
	| { kind: 'system'; task: string };

export const anonymous: Actor = { kind: 'anonymous' };

export function systemActor(task: string): Actor {
	return { kind: 'system', task };
}

export function isAdmin(actor: Actor): boolean {
	return actor.kind === 'user' && actor.role === 'admin';
}

/** The actor's role in `organisationId`, or null when they have none there. */
export function roleIn(actor: Actor, organisationId: string): OrganisationRole | null {
	if (actor.kind !== 'user') return null;
	return actor.memberships.find((m) => m.organisationId === organisationId)?.role ?? null;
}

/** Administrators, coordinators and researchers must protect their account with a second factor (not demo people). */
export function requiresTwoFactor(actor: Actor): boolean {
	if (actor.kind !== 'user' || actor.demo) return false;
	return (
		actor.role === 'admin' ||
		actor.memberships.some((m) => m.role === 'coordinator' || m.role === 'researcher')
	);
}

/** Signed in, required to use a second factor, and not enrolled yet: nothing else until they are. */
export function mustEnrolTwoFactor(actor: Actor): boolean {
	return actor.kind === 'user' && requiresTwoFactor(actor) && !actor.twoFactorEnabled;
}
