// Every group's session records of one published version, with the share delivered as written: coordinators.
// Without a version, the versions that have records (the navigation's "Session records").
import { z } from 'zod';
import { recordsOverview, versionRecords } from '#lib/server/live/service.ts';
import { staffActor } from '#lib/server/platform/areas.ts';
import { notFoundOrNotAllowed } from '#lib/server/platform/errors.ts';
import type { PageServerLoad } from './$types';

const query = z.object({
	program: z.uuid(),
	version: z.coerce.number().int().min(1).max(100_000)
});

export const load: PageServerLoad = async ({ locals, url, setHeaders }) => {
	const actor = staffActor(locals.actor);
	setHeaders({ 'cache-control': 'no-store' });
	// No version asked: the versions that have records, in the active organisation.
	if (url.search === '') {
		const organisationId = actor.active?.organisationId;
		if (!organisationId) throw notFoundOrNotAllowed();
		return { overview: await recordsOverview(actor, organisationId), records: null };
	}
	const parsed = query.safeParse(Object.fromEntries(url.searchParams));
	if (!parsed.success) throw notFoundOrNotAllowed();
	return {
		overview: null,
		records: await versionRecords(actor, parsed.data.program, parsed.data.version)
	};
};
