// The home page: for a signed-in teen, the published cards, scenarios and videos she can explore on her own.
import { toolLibrary } from '#lib/server/tools/service.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const actor = locals.actor;
	if (actor.kind !== 'participant') return { library: null };
	return { library: await toolLibrary(actor, actor.organisationId) };
};
