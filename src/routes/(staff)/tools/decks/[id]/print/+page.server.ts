// A deck laid out for printing: nine cards a page with cut marks, statements on the front pages and
// answers on the back pages, placed so that they line up when printed on both sides.
import { z } from 'zod';
import { deckVersion } from '#lib/server/cards/service.ts';
import { documentId, versionNumber } from '#lib/server/platform/content-inputs.ts';
import { staffActor } from '#lib/server/platform/areas.ts';
import type { PageServerLoad } from './$types';
import { notFoundOrNotAllowed } from '#lib/server/platform/errors.ts';

const query = z.object({
	version: versionNumber.optional(),
	lang: z.enum(['fr', 'en']).optional().catch(undefined),
	paper: z.enum(['letter', 'a4']).catch('letter')
});

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const actor = staffActor(locals.actor);
	const id = documentId.safeParse(params.id);
	const options = query.safeParse({
		version: url.searchParams.get('version') ?? undefined,
		lang: url.searchParams.get('lang') ?? undefined,
		paper: url.searchParams.get('paper') ?? 'letter'
	});
	if (!id.success || !options.success) throw notFoundOrNotAllowed();
	const version = await deckVersion(actor, id.data, options.data.version ?? 'latest');
	return {
		id: id.data,
		number: version.number,
		deck: version.document,
		lang: options.data.lang ?? locals.locale,
		paper: options.data.paper
	};
};
