// A process's steps, for the adults who steer it: their own names, descriptions and dates, their order, one more;
// and the process's adult allies.
import { fail } from '@sveltejs/kit';
import {
	alliesInput,
	phaseAddInput,
	phaseEditInput,
	phaseOrderInput
} from '#lib/server/cocreation/inputs.ts';
import {
	addPhase,
	alliesToEdit,
	editPhase,
	phasesToEdit,
	reorderPhase,
	setAllies
} from '#lib/server/cocreation/service.ts';
import { staffActor } from '#lib/server/platform/areas.ts';
import { failAsForm, formFailure, parseForm, readForm } from '#lib/server/platform/validation.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const actor = staffActor(locals.actor);
	const [process, allies] = await Promise.all([
		phasesToEdit(actor, params.processId),
		alliesToEdit(actor, params.processId)
	]);
	return { process, allies };
};

export const actions: Actions = {
	edit: async ({ locals, params, request }) => {
		const parsed = parseForm(phaseEditInput, await readForm(request));
		if (!parsed.ok)
			return fail(400, {
				...formFailure(parsed.errors, parsed.values),
				phaseId: parsed.values.phaseId
			});
		try {
			await editPhase(locals.actor, params.processId, parsed.data);
		} catch (failure) {
			return failAsForm(failure, '_form');
		}
		return { done: parsed.data.phaseId };
	},
	reorder: async ({ locals, params, request }) => {
		const parsed = parseForm(phaseOrderInput, await readForm(request));
		if (!parsed.ok) return fail(400, formFailure(parsed.errors, parsed.values));
		try {
			await reorderPhase(
				locals.actor,
				params.processId,
				parsed.data.phaseId,
				parsed.data.direction
			);
		} catch (failure) {
			return failAsForm(failure, '_form');
		}
		return { moved: true };
	},
	add: async ({ locals, params, request }) => {
		const parsed = parseForm(phaseAddInput, await readForm(request));
		if (!parsed.ok) return fail(400, formFailure(parsed.errors, parsed.values));
		try {
			await addPhase(locals.actor, params.processId, parsed.data.kind);
		} catch (failure) {
			return failAsForm(failure, 'kind');
		}
		return { added: true };
	},
	allies: async ({ locals, params, request }) => {
		const parsed = parseForm(alliesInput, await readForm(request));
		if (!parsed.ok) return fail(400, formFailure(parsed.errors, parsed.values));
		try {
			await setAllies(locals.actor, params.processId, parsed.data.allyIds);
		} catch (failure) {
			return failAsForm(failure, '_form');
		}
		return { allies: true };
	}
};
