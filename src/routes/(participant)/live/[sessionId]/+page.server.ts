// A teen's page in a live workshop: what the room is doing and what she can do (answer, write, ask, a break).
// Each action is an ordinary form, so it works without JavaScript; with it, votes go to the JSON endpoint.
import { fail, redirect } from '@sveltejs/kit';
import { postInput, voteInput } from '#lib/server/live/inputs.ts';
import {
	castVote,
	joinSession,
	participantScreen,
	sendPost,
	signalBreak
} from '#lib/server/live/service.ts';
import { failAsForm, formFailure, parseForm, readForm } from '#lib/server/platform/validation.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, setHeaders }) => {
	setHeaders({ 'cache-control': 'no-store' });
	return { screen: await participantScreen(locals.actor, params.sessionId, locals.locale) };
};

export const actions: Actions = {
	/** One tap from her home page. */
	join: async ({ locals, params }) => {
		await joinSession(locals.actor, params.sessionId);
		redirect(303, `/live/${params.sessionId}`);
	},
	vote: async ({ locals, params, request }) => {
		const parsed = parseForm(voteInput, await readForm(request));
		if (!parsed.ok) return fail(400, formFailure(parsed.errors, parsed.values));
		try {
			await castVote(locals.actor, params.sessionId, parsed.data.target, parsed.data.choice);
		} catch (failure) {
			return failAsForm(failure, 'choice');
		}
		return { done: 'voted' as const };
	},
	post: async ({ locals, params, request }) => {
		const parsed = parseForm(postInput, await readForm(request));
		if (!parsed.ok) return fail(400, formFailure(parsed.errors, parsed.values));
		let outcome;
		try {
			outcome = await sendPost(locals.actor, params.sessionId, parsed.data);
		} catch (failure) {
			// What she wrote comes back, so that she can take the personal detail out.
			return failAsForm(failure, 'text', { text: parsed.data.text, kind: parsed.data.kind });
		}
		// Held for her facilitator: she is told so at once, calmly, with where to find help now.
		return { done: parsed.data.kind, held: outcome === 'held' };
	},
	break: async ({ locals, params }) => {
		await signalBreak(locals.actor, params.sessionId);
		return { done: 'break' as const };
	}
};
