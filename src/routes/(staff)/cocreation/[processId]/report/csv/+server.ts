// The process report's data as CSV, in the reader's language (a download; reading it is audited).
import { processReport, reportCsv } from '#lib/server/cocreation/service.ts';
import { staffActor } from '#lib/server/platform/areas.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params }) => {
	const report = await processReport(staffActor(locals.actor), params.processId);
	return new Response(`\uFEFF${reportCsv(report, locals.locale)}`, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			// A neutral file name: nothing about the subject.
			'content-disposition': 'attachment; filename="rapport.csv"',
			'cache-control': 'no-store'
		}
	});
};
