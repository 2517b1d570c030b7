// Who may do what with help resources. Pure: an actor and the organisation in, yes or no out.
import { roleIn, type Actor } from '../platform/actor.ts';

export type ResourcesPermission = 'resources.seed_defaults' | 'resources.edit';

export function can(
	actor: Actor,
	permission: ResourcesPermission,
	organisationId?: string
): boolean {
	switch (permission) {
		case 'resources.seed_defaults':
			return actor.kind === 'system';
		case 'resources.edit':
			// The organisation's coordinators keep its list of help lines and local services.
			return organisationId !== undefined && roleIn(actor, organisationId) === 'coordinator';
	}
}
