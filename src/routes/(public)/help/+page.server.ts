// Help resources, one tap from every page, for anyone: the organisation's own list when the person has one.
import { listHelpResources } from '#lib/server/resources/service.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const actor = locals.actor;
	const organisationId =
		actor.kind === 'participant'
			? actor.organisationId
			: actor.kind === 'user'
				? (actor.active?.organisationId ?? null)
				: null;
	return { resources: await listHelpResources(actor, organisationId) };
};
