// The groups a coordinator or facilitator runs in the organisation, and the form to create one.
import { fail, redirect } from '@sveltejs/kit';
import { createGroup, listGroups } from '#lib/server/identity/groups.ts';
import { groupInput, organisationId } from '#lib/server/identity/inputs.ts';
import { formFailure, parseForm, readForm } from '#lib/server/platform/validation.ts';
import { staffActor } from '#lib/server/platform/areas.ts';
import type { Actions, PageServerLoad } from './$types';
import { notFoundOrNotAllowed } from '#lib/server/platform/errors.ts';

function parseId(value: string): string {
	const id = organisationId.safeParse(value);
	if (!id.success) throw notFoundOrNotAllowed();
	return id.data;
}

export const load: PageServerLoad = async ({ locals, params }) => {
	const actor = staffActor(locals.actor);
	return { groups: await listGroups(actor, parseId(params.organisationId)) };
};

export const actions: Actions = {
	create: async ({ locals, params, request }) => {
		const id = parseId(params.organisationId);
		const parsed = parseForm(groupInput, await readForm(request));
		if (!parsed.ok) return fail(400, formFailure(parsed.errors, parsed.values));
		const groupId = await createGroup(locals.actor, id, parsed.data);
		redirect(303, `/groups/${groupId}`);
	}
};
