// The main navigation for each kind of signed-in person. Pure data: the root layout's server load makes it and
// the layout renders it, so the rights table never goes to the browser.
import {
	allows,
	type Holder,
	type OrganisationRole,
	type Right
} from '#lib/domain/rights/rights.ts';
import type { Viewer } from '#lib/domain/shell/viewer.ts';
import type { MessageKey } from '#lib/i18n/catalogue.ts';

export type { OrganisationRole, Viewer };

export type NavItem = { href: string; label: MessageKey };

/** The viewer as the rights table sees them: their role in the organisation they work in now. */
function holderOf(viewer: Extract<Viewer, { kind: 'user' }>): Holder {
	return {
		kind: 'user',
		userId: '',
		role: viewer.role,
		memberships:
			viewer.organisationId && viewer.organisationRole
				? [{ organisationId: viewer.organisationId, role: viewer.organisationRole }]
				: []
	};
}

/** The links of the organisation they work in, each shown when the right its page checks is held. */
const ORGANISATION_LINKS: {
	right: Right;
	href: (organisationId: string) => string;
	label: MessageKey;
}[] = [
	{
		right: 'identity.create_group',
		href: (id) => `/organisations/${id}/groups`,
		label: 'nav.groups'
	},
	{
		right: 'cocreation.list',
		href: (id) => `/organisations/${id}/cocreation`,
		label: 'nav.cocreation'
	},
	{ right: 'programs.read_published', href: () => '/programs', label: 'nav.programs' },
	{ right: 'live.oversee', href: () => '/live/records', label: 'nav.live_records' },
	{ right: 'logbook.receive', href: () => '/logbook/shared', label: 'nav.logbook_shared' },
	{ right: 'content.use', href: () => '/tools', label: 'nav.tools' },
	{
		right: 'identity.manage_members',
		href: (id) => `/organisations/${id}`,
		label: 'nav.organisation'
	}
];

export function navigationFor(viewer: Viewer): NavItem[] {
	const items: NavItem[] = [{ href: '/', label: 'nav.home' }];
	if (viewer.kind === 'anonymous') {
		items.push({ href: '/sign-in', label: 'nav.sign_in' });
		return items;
	}
	if (viewer.kind === 'participant') return items;
	const holder = holderOf(viewer);
	const organisationId = viewer.organisationId;
	if (organisationId)
		for (const link of ORGANISATION_LINKS)
			if (allows(holder, link.right, { organisationId }))
				items.push({ href: link.href(organisationId), label: link.label });
	if (viewer.organisationCount > 1)
		items.push({ href: '/organisations', label: 'nav.switch_organisation' });
	if (allows(holder, 'identity.list_organisations'))
		items.push({ href: '/admin', label: 'nav.admin' });
	if (allows(holder, 'platform.read_audit', organisationId ? { organisationId } : {}))
		items.push({ href: '/audit', label: 'nav.audit' });
	items.push({ href: '/account', label: 'nav.account' });
	return items;
}
