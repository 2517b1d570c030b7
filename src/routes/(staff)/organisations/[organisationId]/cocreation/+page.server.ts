// Co-creation processes the adult steers or is an ally of, and the form to start one with a co-design group and
// its adult allies.
import { fail, redirect } from '@sveltejs/kit';
import { processInput } from '#lib/server/cocreation/inputs.ts';
import { createProcess, listProcesses, processChoices } from '#lib/server/cocreation/service.ts';
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
	const [processes, choices] = await Promise.all([
		listProcesses(actor, id),
		processChoices(actor, id)
	]);
	return { processes, ...choices };
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
