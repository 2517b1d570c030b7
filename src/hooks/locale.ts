// Picks the interface language from the `lang` cookie (French by default) and writes it into <html lang>.
import type { Handle } from '@sveltejs/kit/hooks';
import { defaultLocale, isLocale, LOCALE_COOKIE } from '#lib/i18n/catalogue.ts';

export const locale: Handle = async ({ event, resolve }) => {
	const chosen = event.cookies.get(LOCALE_COOKIE);
	event.locals.locale = isLocale(chosen) ? chosen : defaultLocale;
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.locale)
	});
};
