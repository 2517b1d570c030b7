// The home page: for a signed-in teen, a workshop going on now (one tap to join), where her group is in its
// program, and the published cards, scenarios and videos she can explore on her own, by
// title (the page receives each kind's label, not the registry, which stays on the server).
import { redirect } from '@sveltejs/kit';
import { TOOL_REGISTRY } from '#lib/domain/tools/registry.ts';
import { landingFor } from '#lib/server/identity/service.ts';
import { toolLibrary } from '#lib/server/tools/service.ts';
import { myProgress, openSessionFor } from '#lib/server/live/service.ts';
import { feedbackToGive, listProcesses } from '#lib/server/cocreation/service.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const actor = locals.actor;
	// A signed-in adult's home is their work (their groups, their organisation), not the welcome page's
	// "sign in" and "I have a group code".
	if (actor.kind === 'user') redirect(303, landingFor(actor));
	if (actor.kind !== 'participant')
		return { library: null, live: null, progress: null, cocreation: null, feedback: null };
	const [library, live, progress, cocreation, feedback] = await Promise.all([
		toolLibrary(actor, actor.organisationId),
		openSessionFor(actor),
		myProgress(actor),
		listProcesses(actor, actor.organisationId),
		feedbackToGive(actor)
	]);
	return {
		live,
		// Games made by youth of her organisation that she tested: her feedback is welcome.
		feedback,
		// The co-creation processes of her groups.
		cocreation,
		progress: progress?.program
			? {
					done: progress.workshops.filter((workshop) => workshop.done).map((w) => w.title),
					// While a workshop is on, the card above says so: "next time" would name the one under way.
					next: live ? null : (progress.next?.title ?? null)
				}
			: null,
		library: TOOL_REGISTRY.map((kind) => ({
			segment: kind.segment,
			label: kind.labels.one,
			items: (library[kind.segment] ?? []).map((item) => ({ id: item.id, title: item.title }))
		}))
	};
};
