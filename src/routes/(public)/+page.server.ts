// The home page: for a signed-in teen, the published cards, scenarios and videos she can explore on her own, by
// title (the page receives each kind's label, not the registry, which stays on the server).
import { TOOL_REGISTRY } from '#lib/domain/tools/registry.ts';
import { toolLibrary } from '#lib/server/tools/service.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const actor = locals.actor;
	if (actor.kind !== 'participant') return { library: null };
	const library = await toolLibrary(actor, actor.organisationId);
	return {
		library: TOOL_REGISTRY.map((kind) => ({
			segment: kind.segment,
			label: kind.labels.one,
			items: (library[kind.segment] ?? []).map((item) => ({ id: item.id, title: item.title }))
		}))
	};
};
