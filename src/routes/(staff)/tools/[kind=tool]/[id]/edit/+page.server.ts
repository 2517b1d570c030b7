// Editing a workshop tool's draft: coordinators only.
import { documentId } from '#lib/server/platform/content-inputs.ts';
import { toolExtras, toolStore } from '#lib/server/tools/service.ts';
import { staffActor } from '#lib/server/platform/areas.ts';
import type { PageServerLoad } from './$types';
import { notFoundOrNotAllowed } from '#lib/server/platform/errors.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	const actor = staffActor(locals.actor);
	const id = documentId.safeParse(params.id);
	if (!id.success) throw notFoundOrNotAllowed();
	const draft = await toolStore(params.kind).forAuthoring(actor, id.data);
	return {
		kind: params.kind,
		draft,
		files: await toolExtras(params.kind, draft.organisationId, draft.document)
	};
};
