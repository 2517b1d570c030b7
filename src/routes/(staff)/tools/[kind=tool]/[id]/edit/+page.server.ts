// Editing a workshop tool's draft: coordinators only.
import { error, redirect } from '@sveltejs/kit';
import { documentId } from '#lib/server/platform/content-inputs.ts';
import { toolExtras, toolStore } from '#lib/server/tools/service.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const actor = locals.actor;
	if (actor.kind !== 'user') redirect(303, actor.kind === 'participant' ? '/' : '/sign-in');
	const id = documentId.safeParse(params.id);
	if (!id.success)
		error(404, 'errors.not_found_or_not_allowed', { code: 'errors.not_found_or_not_allowed' });
	const draft = await toolStore(params.kind).forAuthoring(actor, id.data);
	return {
		kind: params.kind,
		draft,
		files: await toolExtras(params.kind, draft.organisationId, draft.document)
	};
};
