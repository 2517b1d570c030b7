// The cookie of a paired presenter screen: its token, for the live pages only, for as long as the session.
import type { Cookies } from '@sveltejs/kit';
import { config } from '../platform/config.ts';

export const PRESENTER_COOKIE = 'screen';

export function rememberPresenter(cookies: Cookies, token: string): void {
	cookies.set(PRESENTER_COOKIE, token, {
		path: '/live',
		httpOnly: true,
		sameSite: 'strict',
		secure: config().https
	});
}

export function presenterCookie(cookies: Cookies): string | undefined {
	return cookies.get(PRESENTER_COOKIE);
}
