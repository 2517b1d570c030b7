// Starting a live session: the group and the workshop (of a published version), then the control view.
import { fail, redirect } from '@sveltejs/kit';
import { startForm } from '#lib/server/live/inputs.ts';
import { startChoices, startSession } from '#lib/server/live/service.ts';
import { staffActor } from '#lib/server/platform/areas.ts';
import { notFoundOrNotAllowed } from '#lib/server/platform/errors.ts';
import { failAsForm, formFailure, parseForm, readForm } from '#lib/server/platform/validation.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = staffActor(locals.actor);
	if (!actor.active) throw notFoundOrNotAllowed();
	return {
		choices: await startChoices(actor, actor.active.organisationId),
		group: url.searchParams.get('group') ?? '',
		workshop: url.searchParams.get('workshop') ?? ''
	};
};

export const actions: Actions = {
	default: async ({ locals, request }) => {
		const parsed = parseForm(startForm, await readForm(request));
		if (!parsed.ok) return fail(400, formFailure(parsed.errors, parsed.values));
		let id: string;
		try {
			id = await startSession(locals.actor, parsed.data);
		} catch (failure) {
			return failAsForm(failure, 'workshop', { groupId: parsed.data.groupId });
		}
		redirect(303, `/live/${id}/control`);
	}
};
