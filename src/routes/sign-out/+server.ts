// Signs out: ends the session on our side and asks the browser to forget this site's cookies, storage and cache;
// then home, or back to the page that asked (`next`, a path of this site, e.g. an invitation).
import type { RequestHandler } from './$types';
import { signOut } from '#lib/server/identity/service.ts';
import { safeNextPath } from '#lib/server/platform/validation.ts';

export const POST: RequestHandler = async ({ request }) => {
	const form = await request.formData().catch(() => null);
	const next = safeNextPath(form?.get('next') ?? null);
	await signOut(request.headers);
	return new Response(null, {
		status: 303,
		headers: { location: next, 'clear-site-data': '"cache", "cookies", "storage"' }
	});
};
