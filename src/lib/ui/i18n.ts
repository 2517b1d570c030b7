// `t()` for components: translates with the locale of the page being shown (set by the root layout's data).
import { page } from '$app/state';
import {
	defaultLocale,
	intlLocale,
	isLocale,
	translate,
	translateMessage,
	type Locale,
	type Message,
	type MessageKey,
	type MessageValues
} from '#lib/i18n/catalogue.ts';

export function currentLocale(): Locale {
	const value: unknown = page.data.locale;
	return isLocale(value) ? value : defaultLocale;
}

/** The page's language for Intl formatters (dates, numbers). */
export function pageIntlLocale(): string {
	return intlLocale(currentLocale());
}

export function t(key: MessageKey, values?: MessageValues): string {
	return translate(currentLocale(), key, values);
}

/** The text of a message object (a form error, say), in the page's language. */
export function tm(message: Message): string {
	return translateMessage(currentLocale(), message);
}

/** An author's text in the page's language, else in the other one (a title not translated yet), else "…". */
export function inPageLocale(value: { fr: string; en: string }): string {
	return value[currentLocale()] || value.fr || value.en || '…';
}

/** A day the server keeps without a time ("2026-12-07"), written out in the page's language. */
export function formatDay(day: string): string {
	const date = new Date(`${day}T00:00:00Z`);
	if (Number.isNaN(date.getTime())) return day;
	return new Intl.DateTimeFormat(pageIntlLocale(), { dateStyle: 'long', timeZone: 'UTC' }).format(
		date
	);
}
