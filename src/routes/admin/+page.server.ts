// The platform administrator's overview: the organisations hosted here, and creating one.
import { fail, redirect } from '@sveltejs/kit';
import { organisationInput } from '#lib/server/identity/inputs.ts';
import { createOrganisation, listOrganisations } from '#lib/server/identity/organisations.ts';
import { formFailure, parseForm, readForm } from '#lib/server/platform/validation.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	if (locals.actor.kind === 'anonymous') redirect(303, '/sign-in');
	return { organisations: await listOrganisations(locals.actor) };
};

export const actions: Actions = {
	create: async ({ request, locals }) => {
		const parsed = parseForm(organisationInput, await readForm(request));
		if (!parsed.ok) return fail(400, formFailure(parsed.errors, parsed.values));
		const id = await createOrganisation(locals.actor, parsed.data);
		redirect(303, `/organisations/${id}`);
	}
};
