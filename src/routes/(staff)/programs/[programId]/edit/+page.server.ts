// The program editor's page: the draft to edit, for the organisation's coordinators.
import { programId } from '#lib/server/programs/inputs.ts';
import { programForAuthoring } from '#lib/server/programs/service.ts';
import { toolLibrary } from '#lib/server/tools/service.ts';
import { staffActor } from '#lib/server/platform/areas.ts';
import type { PageServerLoad } from './$types';
import { notFoundOrNotAllowed } from '#lib/server/platform/errors.ts';

export const load: PageServerLoad = async ({ locals, params, setHeaders }) => {
	const actor = staffActor(locals.actor);
	const id = programId.safeParse(params.programId);
	if (!id.success) throw notFoundOrNotAllowed();
	setHeaders({ 'cache-control': 'no-store' });
	const draft = await programForAuthoring(actor, id.data);
	return { draft, library: await toolLibrary(actor, draft.organisationId) };
};
