// The process report, printable: for the process's adults (reading it is audited).
import { processReport } from '#lib/server/cocreation/service.ts';
import { staffActor } from '#lib/server/platform/areas.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, setHeaders }) => {
	setHeaders({ 'cache-control': 'no-store' });
	return { report: await processReport(staffActor(locals.actor), params.processId) };
};
