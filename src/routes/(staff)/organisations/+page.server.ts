// Choosing the organisation to work in, for adults who belong to several.
import { redirect } from '@sveltejs/kit';
import { rememberActiveOrganisation } from '#lib/server/identity/cookies.ts';
import { organisationId } from '#lib/server/identity/inputs.ts';
import { chooseOrganisation } from '#lib/server/identity/organisations.ts';
import { workLandingFor } from '#lib/server/identity/service.ts';
import { readForm } from '#lib/server/platform/validation.ts';
import { staffActor } from '#lib/server/platform/areas.ts';
import type { Actions, PageServerLoad } from './$types';
import { notFoundOrNotAllowed } from '#lib/server/platform/errors.ts';

export const load: PageServerLoad = ({ locals }) => {
	const actor = staffActor(locals.actor);
	return {
		memberships: actor.memberships,
		activeId: actor.active?.organisationId ?? null
	};
};

export const actions: Actions = {
	default: async ({ request, locals, cookies }) => {
		const id = organisationId.safeParse((await readForm(request)).get('organisationId'));
		if (!id.success) throw notFoundOrNotAllowed();
		const chosen = chooseOrganisation(locals.actor, id.data);
		const actor = staffActor(locals.actor);
		rememberActiveOrganisation(cookies, chosen);
		// On to the first page of their work there, as after signing in.
		const active = actor.memberships.find((m) => m.organisationId === chosen) ?? null;
		redirect(303, workLandingFor({ ...actor, active }));
	}
};
