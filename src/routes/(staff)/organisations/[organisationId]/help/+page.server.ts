// The organisation's help resources, edited by its coordinators: what everyone sees one tap away.
import { fail } from '@sveltejs/kit';
import { organisationId } from '#lib/server/identity/inputs.ts';
import { helpResourceInput, resourceRef } from '#lib/server/resources/inputs.ts';
import {
	addHelpResource,
	listForEditing,
	removeHelpResource,
	updateHelpResource
} from '#lib/server/resources/service.ts';
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
	return { resources: await listForEditing(actor, parseId(params.organisationId)) };
};

export const actions: Actions = {
	add: async ({ locals, params, request }) => {
		const parsed = parseForm(helpResourceInput, await readForm(request), []);
		if (!parsed.ok) return fail(400, { ...formFailure(parsed.errors, parsed.values), for: 'new' });
		await addHelpResource(locals.actor, parseId(params.organisationId), parsed.data);
		return { done: 'added' as const };
	},
	update: async ({ locals, request }) => {
		const form = await readForm(request);
		const ref = resourceRef.safeParse({ resourceId: form.get('resourceId') });
		if (!ref.success) throw notFoundOrNotAllowed();
		const parsed = parseForm(helpResourceInput, form, []);
		if (!parsed.ok)
			return fail(400, { ...formFailure(parsed.errors, parsed.values), for: ref.data.resourceId });
		await updateHelpResource(locals.actor, ref.data.resourceId, parsed.data);
		return { done: 'updated' as const };
	},
	remove: async ({ locals, request }) => {
		const ref = resourceRef.safeParse({ resourceId: (await readForm(request)).get('resourceId') });
		if (!ref.success) throw notFoundOrNotAllowed();
		await removeHelpResource(locals.actor, ref.data.resourceId);
		return { done: 'removed' as const };
	}
};
