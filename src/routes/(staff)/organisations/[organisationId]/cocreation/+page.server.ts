// Co-creation processes the adult steers in the organisation, and the form to start one with a co-design group.
import { fail, redirect } from '@sveltejs/kit';
import { processInput } from '#lib/server/cocreation/inputs.ts';
import { createProcess, listProcesses, processGroups } from '#lib/server/cocreation/service.ts';
import { organisationId } from '#lib/server/identity/inputs.ts';
import { staffActor } from '#lib/server/platform/areas.ts';
import { notFoundOrNotAllowed } from '#lib/server/platform/errors.ts';
import { failAsForm, formFailure, parseForm, readForm } from '#lib/server/platform/validation.ts';
import type { Actions, PageServerLoad } from './$types';

function parseId(value: string): string {
	const id = organisationId.safeParse(value);
	if (!id.success) throw notFoundOrNotAllowed();
	return id.data;
}

export const load: PageServerLoad = async ({ locals, params }) => {
	const actor = staffActor(locals.actor);
	const id = parseId(params.organisationId);
	const [processes, groups] = await Promise.all([
		listProcesses(actor, id),
		processGroups(actor, id)
	]);
	return { processes, groups };
};

export const actions: Actions = {
	create: async ({ locals, params, request }) => {
		const id = parseId(params.organisationId);
		const parsed = parseForm(processInput, await readForm(request));
		if (!parsed.ok) return fail(400, formFailure(parsed.errors, parsed.values));
		let processId: string;
		try {
			processId = await createProcess(locals.actor, id, parsed.data);
		} catch (failure) {
			return failAsForm(failure, '_form', parsed.data as unknown as Record<string, string>);
		}
		redirect(303, `/cocreation/${processId}`);
	}
};
