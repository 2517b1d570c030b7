// The facilitator's guide of a published version, with the organisation's help resources and the published
// tools its activities use.
import { programId, versionNumber } from '#lib/server/programs/inputs.ts';
import { programVersionView } from '#lib/server/programs/service.ts';
import { listHelpResources } from '#lib/server/resources/service.ts';
import { mayUseTools, toolLibrary } from '#lib/server/tools/service.ts';
import { mayOverseeRecords, mayStartSessions } from '#lib/server/live/service.ts';
import { staffActor } from '#lib/server/platform/areas.ts';
import type { PageServerLoad } from './$types';
import { notFoundOrNotAllowed } from '#lib/server/platform/errors.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	const actor = staffActor(locals.actor);
	const id = programId.safeParse(params.programId);
	const number = versionNumber.safeParse(params.number);
	if (!id.success || !number.success) throw notFoundOrNotAllowed();
	const version = await programVersionView(actor, id.data, number.data);
	return {
		version,
		resources: await listHelpResources(actor, version.organisationId),
		tools: mayUseTools(actor, version.organisationId)
			? await toolLibrary(actor, version.organisationId)
			: null,
		live: {
			start: mayStartSessions(actor, version.organisationId),
			records: mayOverseeRecords(actor, version.organisationId)
		}
	};
};
