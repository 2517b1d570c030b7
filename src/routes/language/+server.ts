// Remembers the chosen interface language in a cookie and returns to the page the person was on.
import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { LOCALE_COOKIE, locales } from '#lib/i18n/catalogue.ts';
import { config } from '#lib/server/platform/config.ts';
import { safeNextPath } from '#lib/server/platform/validation.ts';
import type { RequestHandler } from './$types';

const input = z.object({ lang: z.enum(locales), next: z.unknown().transform(safeNextPath) });

export const POST: RequestHandler = async ({ request, cookies }) => {
	const form = await request.formData().catch(() => new FormData());
	const parsed = input.safeParse(Object.fromEntries(form));
	if (!parsed.success) redirect(303, '/');
	cookies.set(LOCALE_COOKIE, parsed.data.lang, {
		path: '/',
		maxAge: 60 * 60 * 24 * 365,
		sameSite: 'lax',
		httpOnly: true,
		secure: config().https
	});
	redirect(303, parsed.data.next);
};
