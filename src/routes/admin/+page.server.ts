// The platform administrator's overview: the organisations hosted here, and creating one.
import { fail, redirect } from '@sveltejs/kit';
import { organisationId, organisationInput } from '#lib/server/identity/inputs.ts';
import { rememberActiveOrganisation } from '#lib/server/identity/cookies.ts';
import {
	createOrganisation,
	joinDemoOrganisation,
	listOrganisations
} from '#lib/server/identity/organisations.ts';
import { notFoundOrNotAllowed } from '#lib/server/platform/errors.ts';
import { formFailure, parseForm, readForm } from '#lib/server/platform/validation.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	if (locals.actor.kind === 'anonymous') redirect(303, '/sign-in');
	const organisations = await listOrganisations(locals.actor);
	const memberOf = new Set(
		locals.actor.kind === 'user' ? locals.actor.memberships.map((m) => m.organisationId) : []
	);
	// On a first start, the way to look around: the demo organisation, as its coordinator, in one step.
	const demoToJoin = organisations.find((o) => o.isDemo && !memberOf.has(o.id)) ?? null;
	return { organisations, demoToJoin };
};

export const actions: Actions = {
	create: async ({ request, locals }) => {
		const parsed = parseForm(organisationInput, await readForm(request));
		if (!parsed.ok) return fail(400, formFailure(parsed.errors, parsed.values));
		const id = await createOrganisation(locals.actor, parsed.data);
		redirect(303, `/organisations/${id}`);
	},
	joinDemo: async ({ request, locals, cookies }) => {
		const id = organisationId.safeParse((await readForm(request)).get('organisationId'));
		if (!id.success) throw notFoundOrNotAllowed();
		await joinDemoOrganisation(locals.actor, id.data);
		rememberActiveOrganisation(cookies, id.data);
		// Straight to what there is to see: the demo organisation's programs.
		redirect(303, '/programs');
	}
};
