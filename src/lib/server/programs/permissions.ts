// Who may do what with programs. Pure: the actor and the program's organisation in, yes or no out.
import { roleIn, type Actor } from '../platform/actor.ts';

export type ProgramsPermission = 'programs.author' | 'programs.read_published' | 'programs.seed';

export function can(
	actor: Actor,
	permission: ProgramsPermission,
	organisationId?: string
): boolean {
	switch (permission) {
		case 'programs.author':
			// Writing, reviewing, publishing, archiving, exporting and importing: the coordinators.
			return organisationId !== undefined && roleIn(actor, organisationId) === 'coordinator';
		case 'programs.read_published': {
			// The published versions and their guides: everyone who runs or learns from the workshops.
			if (organisationId === undefined) return false;
			const role = roleIn(actor, organisationId);
			return role === 'coordinator' || role === 'facilitator' || role === 'professional';
		}
		case 'programs.seed':
			return actor.kind === 'system';
	}
}
