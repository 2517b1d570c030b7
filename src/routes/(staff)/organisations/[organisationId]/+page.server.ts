// An organisation's members and waiting invitations, and the form to invite an adult with a role.
import { fail } from '@sveltejs/kit';
import {
	invitationInput,
	noticeRef,
	organisationId,
	publishingPolicyInput
} from '#lib/server/identity/inputs.ts';
import { inviteAdult, listPendingInvitations } from '#lib/server/identity/invitations.ts';
import { listMembers, organisationHeading } from '#lib/server/identity/organisations.ts';
import type { MessageKey } from '#lib/i18n/catalogue.ts';
import type { Right } from '#lib/domain/rights/rights.ts';
import { DomainError, notFoundOrNotAllowed } from '#lib/server/platform/errors.ts';
import { dismissNotice, noticesFor } from '#lib/server/platform/notices.ts';
import { publishingPolicyOf, setPublishingPolicy } from '#lib/server/platform/content-store.ts';
import { allows } from '#lib/server/platform/rights.ts';
import { formFailure, parseForm, readForm } from '#lib/server/platform/validation.ts';
import type { Actions, PageServerLoad } from './$types';

function parseId(value: string): string {
	const id = organisationId.safeParse(value);
	if (!id.success) throw notFoundOrNotAllowed();
	return id.data;
}

export const load: PageServerLoad = async ({ locals, params }) => {
	const id = parseId(params.organisationId);
	const [heading, members, pending, notices] = await Promise.all([
		organisationHeading(locals.actor, id),
		listMembers(locals.actor, id),
		listPendingInvitations(locals.actor, id),
		noticesFor(locals.actor, id)
	]);
	const policy = allows(locals.actor, 'content.set_policy', { organisationId: id })
		? await publishingPolicyOf(id)
		: null;
	const actor = locals.actor;
	const active = actor.kind === 'user' && actor.active?.organisationId === id;
	// Only the buttons whose page would open for this person (programs and tools are the active organisation's).
	const links = WORK_LINKS.filter(
		(link) => (!link.activeOnly || active) && allows(actor, link.right, { organisationId: id })
	).map((link) => ({ href: link.href(id), label: link.label }));
	const joinDemo =
		heading.isDemo &&
		allows(actor, 'identity.join_demo') &&
		!(actor.kind === 'user' && actor.memberships.some((m) => m.organisationId === id));
	return { name: heading.name, members, pending, notices, policy, links, joinDemo };
};

const WORK_LINKS: {
	right: Right;
	href: (organisationId: string) => string;
	label: MessageKey;
	activeOnly?: true;
}[] = [
	{
		right: 'programs.read_published',
		href: () => '/programs',
		label: 'organisation.go_programs',
		activeOnly: true
	},
	{ right: 'content.use', href: () => '/tools', label: 'organisation.go_tools', activeOnly: true },
	{
		right: 'identity.create_group',
		href: (id) => `/organisations/${id}/groups`,
		label: 'nav.groups'
	},
	{ right: 'resources.edit', href: (id) => `/organisations/${id}/help`, label: 'nav.help_editor' }
];

export const actions: Actions = {
	publishingPolicy: async ({ locals, params, request }) => {
		const id = parseId(params.organisationId);
		const parsed = parseForm(publishingPolicyInput, await readForm(request));
		if (!parsed.ok) return fail(400, formFailure(parsed.errors, {}));
		await setPublishingPolicy(locals.actor, id, parsed.data);
		return { policySaved: true };
	},
	dismissNotice: async ({ locals, params, request }) => {
		parseId(params.organisationId);
		const parsed = parseForm(noticeRef, await readForm(request));
		if (!parsed.ok) return fail(400, formFailure(parsed.errors, {}));
		await dismissNotice(locals.actor, parsed.data.noticeId);
		return { dismissed: true };
	},
	invite: async ({ locals, params, request }) => {
		const id = parseId(params.organisationId);
		const parsed = parseForm(invitationInput, await readForm(request));
		if (!parsed.ok) return fail(400, formFailure(parsed.errors, parsed.values));
		try {
			await inviteAdult(locals.actor, id, parsed.data);
		} catch (failure) {
			if (failure instanceof DomainError && failure.code === 'identity.already_member')
				return fail(
					409,
					formFailure({ email: { key: failure.code } }, { email: parsed.data.email })
				);
			throw failure;
		}
		return { sentTo: parsed.data.email };
	}
};
