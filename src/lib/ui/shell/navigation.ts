// The main navigation for each kind of signed-in person. Pure data: the layout renders it.
import type { MessageKey } from '#lib/i18n/catalogue.ts';

export type OrganisationRole = 'coordinator' | 'facilitator' | 'professional' | 'researcher';

export type Viewer =
	| { kind: 'anonymous' }
	| { kind: 'participant'; pseudonym: string; groupName: string }
	| {
			kind: 'user';
			name: string;
			role: 'admin' | 'user';
			organisationRole: OrganisationRole | null;
			organisationId: string | null;
			organisationName: string | null;
			organisationCount: number;
	  };

export type NavItem = { href: string; label: MessageKey };

export function navigationFor(viewer: Viewer): NavItem[] {
	const items: NavItem[] = [{ href: '/', label: 'nav.home' }];
	if (viewer.kind === 'anonymous') {
		items.push({ href: '/sign-in', label: 'nav.sign_in' });
		return items;
	}
	if (viewer.kind === 'participant') return items;
	if (
		(viewer.organisationRole === 'coordinator' || viewer.organisationRole === 'facilitator') &&
		viewer.organisationId
	)
		items.push({ href: `/organisations/${viewer.organisationId}/groups`, label: 'nav.groups' });
	if (viewer.organisationRole && viewer.organisationRole !== 'researcher') {
		items.push({ href: '/programs', label: 'nav.programs' });
		items.push({ href: '/tools', label: 'nav.tools' });
	}
	if (viewer.organisationRole === 'coordinator' && viewer.organisationId)
		items.push({ href: `/organisations/${viewer.organisationId}`, label: 'nav.organisation' });
	if (viewer.organisationCount > 1)
		items.push({ href: '/organisations', label: 'nav.switch_organisation' });
	if (viewer.role === 'admin') items.push({ href: '/admin', label: 'nav.admin' });
	if (viewer.role === 'admin' || viewer.organisationRole === 'coordinator')
		items.push({ href: '/audit', label: 'nav.audit' });
	items.push({ href: '/account', label: 'nav.account' });
	return items;
}
