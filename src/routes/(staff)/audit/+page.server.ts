// The audit log, filtered: the administrator sees everything, a coordinator their organisation's events.
import { z } from 'zod';
import { listAudit } from '#lib/server/platform/audit.ts';
import { staffActor } from '#lib/server/platform/areas.ts';
import type { PageServerLoad } from './$types';

const filterShape = z.object({
	action: z
		.string()
		.max(60)
		.regex(/^[a-z_.]*$/)
		.optional()
		.catch(undefined),
	from: z.iso.date().optional().catch(undefined),
	to: z.iso.date().optional().catch(undefined)
});

export const load: PageServerLoad = async ({ locals, url, setHeaders }) => {
	const actor = staffActor(locals.actor);
	setHeaders({ 'cache-control': 'no-store' });
	const filter = filterShape.parse(Object.fromEntries(url.searchParams));
	// Coordinators see their active organisation; the administrator sees all organisations.
	const organisationId = actor.role === 'admin' ? undefined : actor.active?.organisationId;
	const entries = await listAudit(actor, {
		organisationId,
		action: filter.action || undefined,
		from: filter.from ? new Date(`${filter.from}T00:00:00`) : undefined,
		to: filter.to ? new Date(`${filter.to}T23:59:59`) : undefined
	});
	return { entries, filter };
};
