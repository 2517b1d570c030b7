// The page that explains quick exit; its form hides the first-visit notice.
import { redirect } from '@sveltejs/kit';
import { SAFETY_NOTICE_COOKIE } from '#lib/i18n/catalogue.ts';
import { config } from '#lib/server/platform/config.ts';
import { safeNextPath } from '#lib/server/platform/validation.ts';
import type { Actions } from './$types';

export const actions: Actions = {
	dismiss: async ({ cookies, request }) => {
		cookies.set(SAFETY_NOTICE_COOKIE, '1', {
			path: '/',
			maxAge: 60 * 60 * 24 * 365,
			sameSite: 'lax',
			httpOnly: true,
			secure: config().https
		});
		const form = await request.formData().catch(() => new FormData());
		redirect(303, safeNextPath(form.get('next')));
	}
};
