// Playing a published deck or scenario: the latest version (or a chosen one), for the organisation's
// youth and staff. `mode=group` lays it out for a projector.
import { z } from 'zod';
import { documentId, versionNumber } from '#lib/server/platform/content-inputs.ts';
import { toolExtras, toolStore } from '#lib/server/tools/service.ts';
import { forYouth } from '#lib/domain/tools/staff-note.ts';
import { listHelpResources } from '#lib/server/resources/service.ts';
import type { PageServerLoad } from './$types';
import { notFoundOrNotAllowed } from '#lib/server/platform/errors.ts';

const query = z.object({
	version: versionNumber.optional(),
	mode: z.enum(['solo', 'group']).catch('solo')
});

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const actor = locals.actor;
	const id = documentId.safeParse(params.id);
	const options = query.safeParse({
		version: url.searchParams.get('version') ?? undefined,
		mode: url.searchParams.get('mode') ?? 'solo'
	});
	if (!id.success || !options.success) throw notFoundOrNotAllowed();
	const version = await toolStore(params.kind).version(
		actor,
		id.data,
		options.data.version ?? 'latest'
	);
	return {
		kind: params.kind,
		id: id.data,
		mode: options.data.mode,
		number: version.number,
		// Played alone or projected, the page is for youth: the note for the staff never reaches it.
		document: forYouth(version.document as object),
		files: await toolExtras(params.kind, version.organisationId, version.document),
		// Material a co-design group made: who made it, as each agreed to be credited (a youth's pseudonym only
		// with her consent).
		credits: version.coCreated ? version.credits : [],
		// Where to get help, as call and text links, for the end of a scenario.
		help: (await listHelpResources(actor, version.organisationId)).map(
			({ verified: _verified, ...service }) => service
		)
	};
};
