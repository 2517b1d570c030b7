// Every group's session records of one published version, with the share delivered as written: coordinators.
import { z } from 'zod';
import { versionRecords } from '#lib/server/live/service.ts';
import { staffActor } from '#lib/server/platform/areas.ts';
import { notFoundOrNotAllowed } from '#lib/server/platform/errors.ts';
import type { PageServerLoad } from './$types';

const query = z.object({
	program: z.uuid(),
	version: z.coerce.number().int().min(1).max(100_000)
});

export const load: PageServerLoad = async ({ locals, url, setHeaders }) => {
	const actor = staffActor(locals.actor);
	const parsed = query.safeParse(Object.fromEntries(url.searchParams));
	if (!parsed.success) throw notFoundOrNotAllowed();
	setHeaders({ 'cache-control': 'no-store' });
	return { records: await versionRecords(actor, parsed.data.program, parsed.data.version) };
};
