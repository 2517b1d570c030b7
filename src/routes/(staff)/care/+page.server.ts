// "Someone may need you": what youth of this adult's groups wrote that suggests danger, held back from the group.
import { fail } from '@sveltejs/kit';
import { checkInInput } from '#lib/server/moderation/inputs.ts';
import { heldForMe, markCheckedIn } from '#lib/server/moderation/service.ts';
import { staffActor } from '#lib/server/platform/areas.ts';
import { failAsForm, formFailure, parseForm, readForm } from '#lib/server/platform/validation.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, setHeaders }) => {
	setHeaders({ 'cache-control': 'no-store' });
	return { held: await heldForMe(staffActor(locals.actor)) };
};

export const actions: Actions = {
	checkIn: async ({ locals, request }) => {
		const parsed = parseForm(checkInInput, await readForm(request));
		if (!parsed.ok) return fail(400, formFailure(parsed.errors, parsed.values));
		try {
			await markCheckedIn(locals.actor, parsed.data.id);
		} catch (failure) {
			return failAsForm(failure, '_form');
		}
		return { done: parsed.data.id };
	}
};
