// A peer's feedback on a pilot she took part in: four short questions, each one can be passed. Anonymous: the
// co-design group reads the answers without names, once an adult has read them.
import { fail } from '@sveltejs/kit';
import { feedbackInput } from '#lib/server/cocreation/inputs.ts';
import { feedbackForm, giveFeedback } from '#lib/server/cocreation/service.ts';
import { failAsForm, formFailure, parseForm, readForm } from '#lib/server/platform/validation.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, setHeaders }) => {
	setHeaders({ 'cache-control': 'no-store' });
	return { form: await feedbackForm(locals.actor, params.pilotId) };
};

export const actions: Actions = {
	default: async ({ locals, params, request }) => {
		const parsed = parseForm(feedbackInput, await readForm(request));
		if (!parsed.ok) return fail(400, formFailure(parsed.errors, parsed.values));
		let outcome;
		try {
			outcome = await giveFeedback(locals.actor, params.pilotId, parsed.data);
		} catch (failure) {
			// What she wrote comes back, to take a personal detail out.
			return failAsForm(failure, '_form', {
				worked: parsed.data.worked,
				didNot: parsed.data.didNot,
				recommend: parsed.data.recommend,
				suggestions: parsed.data.suggestions
			});
		}
		return { done: outcome };
	}
};
