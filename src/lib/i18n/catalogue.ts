// The message catalogue: French first, English second, one `translate` for server and browser (intl-messageformat).
import { IntlMessageFormat } from 'intl-messageformat';
import { en } from './en.ts';
import { fr } from './fr.ts';

export const locales = ['fr', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'fr';
export type MessageKey = keyof typeof fr;
export type MessageValues = Record<string, string | number | Date>;

export const catalogues: Record<Locale, Record<MessageKey, string>> = { fr, en };

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

export function isMessageKey(value: unknown): value is MessageKey {
	return typeof value === 'string' && Object.hasOwn(fr, value);
}

const formats = new Map<string, IntlMessageFormat>();

/** The text of `key` in `locale`, with `values` filled in. */
export function translate(locale: Locale, key: MessageKey, values?: MessageValues): string {
	const message = catalogues[locale][key];
	if (!values && !message.includes('{')) return message;
	const cacheKey = `${locale}\u0000${key}`;
	let format = formats.get(cacheKey);
	if (!format) {
		format = new IntlMessageFormat(message, locale === 'fr' ? 'fr-CA' : 'en-CA');
		formats.set(cacheKey, format);
	}
	return String(format.format(values));
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
