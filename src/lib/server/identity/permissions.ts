// Who may do what in the identity module. Pure: the actor and the organisation concerned in, yes or no out.
import { isAdmin, roleIn, type Actor } from '../platform/actor.ts';

export type IdentityPermission =
	| 'identity.list_organisations'
	| 'identity.create_organisation'
	| 'identity.manage_members'
	| 'identity.read_outbox'
	| 'identity.create_group'
	| 'identity.issue_setup_link'
	| 'identity.seed_demo';

/** What a group-level permission needs to know about the group. */
export type GroupContext = { organisationId: string; facilitatorIds: readonly string[] };

export function can(
	actor: Actor,
	permission: IdentityPermission,
	organisationId?: string
): boolean {
	switch (permission) {
		case 'identity.list_organisations':
		case 'identity.create_organisation':
		case 'identity.read_outbox':
			return isAdmin(actor);
		case 'identity.manage_members':
			// Seeing the members, inviting and removing them: the platform admin, or the organisation's coordinators.
			return (
				organisationId !== undefined &&
				(isAdmin(actor) || roleIn(actor, organisationId) === 'coordinator')
			);
		case 'identity.create_group': {
			// Coordinators and facilitators of the organisation create groups (they run them).
			if (organisationId === undefined) return false;
			const role = roleIn(actor, organisationId);
			return role === 'coordinator' || role === 'facilitator';
		}
		case 'identity.issue_setup_link':
		case 'identity.seed_demo':
			return actor.kind === 'system';
	}
}

/**
 * Managing a group (its code, its participants, their cards and pass-phrases): its own facilitators and
 * the organisation's coordinators. The platform administrator does not see youth's groups.
 */
export function canManageGroup(actor: Actor, group: GroupContext): boolean {
	if (actor.kind !== 'user') return false;
	if (roleIn(actor, group.organisationId) === 'coordinator') return true;
	return (
		roleIn(actor, group.organisationId) === 'facilitator' &&
		group.facilitatorIds.includes(actor.userId)
	);
}
