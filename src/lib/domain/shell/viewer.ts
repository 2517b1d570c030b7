// Who is looking at a page, as every page may know it: a name and a role, never more. Made by the server's
// layout, read by the navigation and the pages.
import type { OrganisationRole, PlatformRole } from '../rights/rights.ts';

export type Viewer =
	| { kind: 'anonymous' }
	| { kind: 'participant'; pseudonym: string; groupNames: string[] }
	| {
			kind: 'user';
			name: string;
			role: PlatformRole;
			organisationRole: OrganisationRole | null;
			organisationId: string | null;
			organisationName: string | null;
			organisationCount: number;
	  };
