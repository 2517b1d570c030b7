// Readiness probe: 200 when the database answers and migrations are applied, 503 otherwise.
import type { RequestHandler } from './$types';
import { checkReadiness } from '#lib/server/platform/health.ts';

export const GET: RequestHandler = async () => {
	const readiness = await checkReadiness();
	return Response.json(
		{ status: readiness.ready ? 'ready' : 'unavailable', ...readiness },
		{ status: readiness.ready ? 200 : 503, headers: { 'cache-control': 'no-store' } }
	);
};
