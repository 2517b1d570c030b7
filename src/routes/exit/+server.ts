// Quick exit: ends the session, tells the browser to forget this site, and lands on a neutral page.
import type { RequestHandler } from './$types';
import { signOut } from '#lib/server/identity/service.ts';
import { exitUrlFor } from '#lib/server/platform/config.ts';

export const GET: RequestHandler = async ({ request, locals }) => {
	// Leaving must always work, even if the session store does not answer.
	await signOut(request.headers).catch(() => {});
	return new Response(null, {
		status: 303,
		headers: {
			location: exitUrlFor(locals.locale),
			'clear-site-data': '"cache", "cookies", "storage"',
			'cache-control': 'no-store',
			'referrer-policy': 'no-referrer'
		}
	});
};
