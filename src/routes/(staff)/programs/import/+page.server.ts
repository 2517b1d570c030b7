// Import: a content package file becomes a draft in the organisation one works in.
import { fail, redirect } from '@sveltejs/kit';
import { importPackage, mayAuthor } from '#lib/server/programs/service.ts';
import { DomainError, notFoundOrNotAllowed } from '#lib/server/platform/errors.ts';
import { formFailure, readForm } from '#lib/server/platform/validation.ts';
import { PACKAGE_MAX_BYTES } from '#lib/domain/programs/package.ts';
import { staffActor } from '#lib/server/platform/areas.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
	const actor = staffActor(locals.actor);
	if (!actor.active) redirect(303, '/organisations');
	return {};
};

export const actions: Actions = {
	default: async ({ locals, request }) => {
		const actor = locals.actor;
		const organisationId = actor.kind === 'user' ? (actor.active?.organisationId ?? '') : '';
		if (!mayAuthor(actor, organisationId)) throw notFoundOrNotAllowed();
		const file = (await readForm(request)).get('file');
		if (!(file instanceof File) || file.size === 0)
			return fail(400, formFailure({ file: { key: 'packages.no_file' } }));
		if (file.size > PACKAGE_MAX_BYTES)
			return fail(413, formFailure({ file: { key: 'packages.too_large' } }));
		let id: string;
		try {
			id = await importPackage(actor, organisationId, await file.text());
		} catch (failure) {
			if (failure instanceof DomainError && failure.status === 400)
				return fail(400, formFailure({ file: failure.toMessage() }));
			throw failure;
		}
		redirect(303, `/programs/${id}`);
	}
};
