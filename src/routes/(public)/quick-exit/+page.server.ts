// The page that explains quick exit; its form says the first-visit notice was understood (remembered on the
// server for someone signed in; for a visitor, nothing is stored anywhere).
import { redirect } from '@sveltejs/kit';
import { markSafetyNoticeSeen } from '#lib/server/identity/account.ts';
import { safeNextPath } from '#lib/server/platform/validation.ts';
import type { Actions } from './$types';

/** The cookie earlier versions set for a year: removed, as the browser must keep nothing of this site. */
const FORMER_NOTICE_COOKIE = 'qe_seen';

export const actions: Actions = {
	dismiss: async ({ cookies, request, locals }) => {
		await markSafetyNoticeSeen(locals.actor);
		if (cookies.get(FORMER_NOTICE_COOKIE) !== undefined)
			cookies.delete(FORMER_NOTICE_COOKIE, { path: '/' });
		const form = await request.formData().catch(() => new FormData());
		const next = safeNextPath(form.get('next'));
		// Without JavaScript, a visitor's "Got it" hides the notice on the page she comes back to (the address
		// says so; nothing is stored).
		if (locals.actor.kind === 'anonymous') {
			const url = new URL(next, 'http://here');
			url.searchParams.set('notice', 'seen');
			redirect(303, `${url.pathname}${url.search}${url.hash}`);
		}
		redirect(303, next);
	}
};
