// "Pass the tablet": teams answer in turn on one shared device, signed in as the facilitator; the screen
// clears between answers. Each answer carries its own id, so a repeated submission counts once.
import { fail } from '@sveltejs/kit';
import { randomUUID } from 'node:crypto';
import { tabletVoteInput } from '#lib/server/live/inputs.ts';
import { controlView, tabletVote } from '#lib/server/live/service.ts';
import { staffActor } from '#lib/server/platform/areas.ts';
import { failAsForm, formFailure, parseForm, readForm } from '#lib/server/platform/validation.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, setHeaders }) => {
	const actor = staffActor(locals.actor);
	setHeaders({ 'cache-control': 'no-store' });
	const view = await controlView(actor, params.sessionId, locals.locale);
	// Handed to teens: nothing for the facilitator alone shows on it (the "someone may need you" notice).
	return { screen: view.screen, answerId: randomUUID(), sharedDevice: true };
};

export const actions: Actions = {
	default: async ({ locals, params, request }) => {
		const parsed = parseForm(tabletVoteInput, await readForm(request));
		if (!parsed.ok) return fail(400, formFailure(parsed.errors, parsed.values));
		try {
			await tabletVote(
				locals.actor,
				params.sessionId,
				parsed.data.target,
				parsed.data.choice,
				parsed.data.answerId
			);
		} catch (failure) {
			return failAsForm(failure, 'choice');
		}
		return { done: 'answered' as const };
	}
};
