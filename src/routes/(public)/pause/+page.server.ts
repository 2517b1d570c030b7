// Stepping out of an activity: a calm page with the help resources and a way back when one is ready.
import { listHelpResources } from '#lib/server/resources/service.ts';
import { safeNextPath } from '#lib/server/platform/validation.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = locals.actor;
	const organisationId =
		actor.kind === 'participant'
			? actor.organisationId
			: actor.kind === 'user'
				? (actor.active?.organisationId ?? null)
				: null;
	const back = safeNextPath(url.searchParams.get('back'));
	return {
		resources: await listHelpResources(actor, organisationId),
		back: back === '/' ? null : back
	};
};
