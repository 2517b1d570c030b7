// Choosing the organisation to work in, for adults who belong to several.
import { redirect } from '@sveltejs/kit';
import { ACTIVE_ORGANISATION_COOKIE } from '#lib/server/identity/cookies.ts';
import { organisationId } from '#lib/server/identity/inputs.ts';
import { chooseOrganisation } from '#lib/server/identity/organisations.ts';
import { config } from '#lib/server/platform/config.ts';
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
		cookies.set(ACTIVE_ORGANISATION_COOKIE, chosen, {
			path: '/',
			httpOnly: true,
			sameSite: 'lax',
			secure: config().https
		});
		redirect(303, '/');
	}
};
