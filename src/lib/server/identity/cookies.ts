// The cookie that remembers which of their organisations a signed-in adult works in (checked on every request).
import type { Cookies } from '@sveltejs/kit';
import { config } from '../platform/config.ts';

export const ACTIVE_ORGANISATION_COOKIE = 'org';

/** Remembers the organisation an adult works in now (one of theirs: the next request checks it again). */
export function rememberActiveOrganisation(cookies: Cookies, organisationId: string): void {
	cookies.set(ACTIVE_ORGANISATION_COOKIE, organisationId, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: config().https
	});
}
