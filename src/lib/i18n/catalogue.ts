// The message catalogue: French first, English second, one `translate` for server and browser. The server holds
// both catalogues (`all.ts`, registered at start); a browser receives only the reader's, loaded by
// the root layout (`loadCatalogue`), so no page ships the other language.
import { formatMessage, type FormatValues } from './format.ts';
import type { fr as French } from './fr.ts';

export const locales = ['fr', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'fr';
export type MessageKey = keyof typeof French;
export type MessageValues = FormatValues;
export type Messages = Record<MessageKey, string>;

const loaded: Partial<Record<Locale, Messages>> = {};

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** Makes `locale`'s messages available to `translate`. */
export function registerCatalogue(locale: Locale, messages: Messages): void {
	loaded[locale] = messages;
}

/** Loads one language's messages (its own chunk in the browser), once. */
export async function loadCatalogue(locale: Locale): Promise<void> {
	if (loaded[locale]) return;
	const messages: Messages =
		locale === 'en'
			? (await import('./en.ts')).en
			: ((await import('./fr.ts')).fr satisfies typeof French);
	registerCatalogue(locale, messages);
}

/** The text of `key` in `locale`, with `values` filled in (the key itself if that language is not loaded). */
export function translate(locale: Locale, key: MessageKey, values?: MessageValues): string {
	const message = loaded[locale]?.[key];
	if (message === undefined) return key;
	if (!values && !message.includes('{')) return message;
	return formatMessage(message, locale === 'fr' ? 'fr-CA' : 'en-CA', values);
}
export type Translate = (key: MessageKey, values?: MessageValues) => string;

export function translator(locale: Locale): Translate {
	return (key, values) => translate(locale, key, values);
}

/** Each language's name written in that language, as language switches show them. */
export const localeNames: Record<Locale, string> = { fr: 'Français', en: 'English' };

/** The cookie that remembers the chosen interface language. */
export const LOCALE_COOKIE = 'lang';

/**
 * A message to show later, in whichever language the reader has: a key and its values (e.g. a form
 * error). A value may itself be a message, translated first ("Line 3: {problem}").
 */
export type Message = { key: MessageKey; values?: Record<string, string | number | Message> };

/** The text of a `Message` in `locale`, nested messages included. */
export function translateMessage(locale: Locale, message: Message): string {
	const values: MessageValues = {};
	for (const [name, value] of Object.entries(message.values ?? {})) {
		values[name] = typeof value === 'object' ? translateMessage(locale, value) : value;
	}
	return translate(locale, message.key, values);
}

/** The cookie that remembers that the quick-exit notice was read (it says nothing else). */
export const SAFETY_NOTICE_COOKIE = 'qe_seen';
