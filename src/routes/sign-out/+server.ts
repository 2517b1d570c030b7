// Signs out: ends the session on our side and asks the browser to forget this site's cookies, storage and cache.
import type { RequestHandler } from './$types';
import { signOut } from '#lib/server/identity/service.ts';

export const POST: RequestHandler = async ({ request }) => {
	await signOut(request.headers);
	return new Response(null, {
		status: 303,
		headers: { location: '/', 'clear-site-data': '"cache", "cookies", "storage"' }
	});
};
