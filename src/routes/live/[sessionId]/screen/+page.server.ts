// The presenter's screen (a projector): only for a screen paired from the control view, never by address alone.
import { presenterCookie } from '#lib/server/live/presenter-cookie.ts';
import { presenterAllowed, presenterScreen } from '#lib/server/live/service.ts';
import { notFoundOrNotAllowed } from '#lib/server/platform/errors.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, cookies, locals, setHeaders }) => {
	if (!(await presenterAllowed(params.sessionId, presenterCookie(cookies))))
		throw notFoundOrNotAllowed();
	setHeaders({ 'cache-control': 'no-store' });
	return { screen: await presenterScreen(params.sessionId, locals.locale), bare: true };
};
