// A session's record: who came, the activities and their time, the fidelity checklist, adaptations and notes;
// editable seven days by the group's facilitators, then locked (a coordinator can open it again, with a reason).
import { fail } from '@sveltejs/kit';
import { recordInput, unlockInput } from '#lib/server/live/inputs.ts';
import { saveRecord, sessionRecord, unlockRecord } from '#lib/server/live/service.ts';
import { staffActor } from '#lib/server/platform/areas.ts';
import { failAsForm, formFailure, parseForm, readForm } from '#lib/server/platform/validation.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, setHeaders }) => {
	const actor = staffActor(locals.actor);
	setHeaders({ 'cache-control': 'no-store' });
	return { record: await sessionRecord(actor, params.sessionId) };
};

export const actions: Actions = {
	save: async ({ locals, params, request }) => {
		const parsed = parseForm(recordInput, await readForm(request));
		if (!parsed.ok) return fail(400, formFailure(parsed.errors, parsed.values));
		try {
			await saveRecord(locals.actor, params.sessionId, parsed.data);
		} catch (failure) {
			return failAsForm(failure, 'notes');
		}
		return { done: 'saved' as const };
	},
	unlock: async ({ locals, params, request }) => {
		const parsed = parseForm(unlockInput, await readForm(request));
		if (!parsed.ok) return fail(400, formFailure(parsed.errors, parsed.values));
		try {
			await unlockRecord(locals.actor, params.sessionId, parsed.data.reason);
		} catch (failure) {
			return failAsForm(failure, 'reason');
		}
		return { done: 'unlocked' as const };
	}
};
