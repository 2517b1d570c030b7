// The programs of the organisation one works in; coordinators create and import programs here.
import { fail, redirect } from '@sveltejs/kit';
import { newProgramInput } from '#lib/server/programs/inputs.ts';
import { createProgram, listPrograms, mayAuthor } from '#lib/server/programs/service.ts';
import { formFailure, parseForm, readForm } from '#lib/server/platform/validation.ts';
import { staffActor } from '#lib/server/platform/areas.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const actor = staffActor(locals.actor);
	if (!actor.active) redirect(303, '/organisations');
	const organisationId = actor.active.organisationId;
	return {
		programs: await listPrograms(actor, organisationId),
		mayAuthor: mayAuthor(actor, organisationId)
	};
};

export const actions: Actions = {
	create: async ({ locals, request }) => {
		const actor = locals.actor;
		const parsed = parseForm(newProgramInput, await readForm(request));
		if (!parsed.ok) return fail(400, formFailure(parsed.errors, parsed.values));
		const organisationId = actor.kind === 'user' ? (actor.active?.organisationId ?? '') : '';
		const id = await createProgram(actor, organisationId, {
			fr: parsed.data.titleFr,
			en: parsed.data.titleEn
		});
		redirect(303, `/programs/${id}/edit`);
	}
};
