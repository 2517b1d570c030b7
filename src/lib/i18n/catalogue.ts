// The message catalogue: French first, English second, one `translate` for server and browser. The server holds
// every catalogue (`all.ts`, registered at start); a browser receives only the reader's language, in parts: the
// youth part (`fr.ts`, `en.ts`: the shell, errors, safety) everywhere; on each youth page only the parts it shows
// (youth-pages.ts: welcome, play, live); every part elsewhere. The root layout loads them (`loadCatalogue`).
import type { frCocreation as FrenchCocreation } from './fr-cocreation.ts';
import type { frLive as FrenchLive } from './fr-live.ts';
import type { frLogbook as FrenchLogbook } from './fr-logbook.ts';
import type { frPlay as FrenchPlay } from './fr-play.ts';
import type { frStaff as FrenchStaff } from './fr-staff.ts';
import type { frWelcome as FrenchWelcome } from './fr-welcome.ts';
import { formatMessage, type FormatValues } from './format.ts';
import { typesetFrenchMessages } from './typography.ts';
import type { fr as French } from './fr.ts';

export const locales = ['fr', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'fr';
/** The keys of every page's text: the shell, errors, safety. */
export type YouthMessageKey = keyof typeof French;
/** The keys of the public pages a teen opens first: home, joining, signing in, help, pause, quick exit. */
export type WelcomeMessageKey = keyof typeof FrenchWelcome;
/** The keys of the workshop tools' players. */
export type PlayMessageKey = keyof typeof FrenchPlay;
/** The keys of a live workshop's pages. */
export type LiveMessageKey = keyof typeof FrenchLive;
/** The keys of the adults' pages' text. */
export type StaffMessageKey = keyof typeof FrenchStaff;
/** The keys of the co-creation pages' text (youth's and adults'). */
export type CocreationMessageKey = keyof typeof FrenchCocreation;
/** The keys of the logbook pages' text. */
export type LogbookMessageKey = keyof typeof FrenchLogbook;
export type MessageKey =
	| YouthMessageKey
	| WelcomeMessageKey
	| PlayMessageKey
	| LiveMessageKey
	| StaffMessageKey
	| CocreationMessageKey
	| LogbookMessageKey;
export type MessageValues = FormatValues;
export type Messages = Partial<Record<MessageKey, string>>;

/** Each part of each language, its own chunk in the browser. */
const parts = {
	youth: {
		fr: async () => (await import('./fr.ts')).fr,
		en: async () => (await import('./en.ts')).en
	},
	welcome: {
		fr: async () => (await import('./fr-welcome.ts')).frWelcome,
		en: async () => (await import('./en-welcome.ts')).enWelcome
	},
	play: {
		fr: async () => (await import('./fr-play.ts')).frPlay,
		en: async () => (await import('./en-play.ts')).enPlay
	},
	live: {
		fr: async () => (await import('./fr-live.ts')).frLive,
		en: async () => (await import('./en-live.ts')).enLive
	},
	staff: {
		fr: async () => (await import('./fr-staff.ts')).frStaff,
		en: async () => (await import('./en-staff.ts')).enStaff
	},
	cocreation: {
		fr: async () => (await import('./fr-cocreation.ts')).frCocreation,
		en: async () => (await import('./en-cocreation.ts')).enCocreation
	},
	logbook: {
		fr: async () => (await import('./fr-logbook.ts')).frLogbook,
		en: async () => (await import('./en-logbook.ts')).enLogbook
	}
} satisfies Record<string, Record<Locale, () => Promise<Messages>>>;
export type CataloguePart = keyof typeof parts;
export const everyCataloguePart = Object.keys(parts) as CataloguePart[];

const loaded: Partial<Record<Locale, Messages>> = {};
const loadedParts = new Set<string>();

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** Makes these messages of `locale` available to `translate`. */
export function registerCatalogue(locale: Locale, messages: Messages): void {
	const typeset = locale === 'fr' ? typesetFrenchMessages(messages) : messages;
	loaded[locale] = { ...loaded[locale], ...typeset };
}

/** Loads these parts of one language's messages (each its own chunk in the browser), each once. */
export async function loadCatalogue(
	locale: Locale,
	wanted: readonly CataloguePart[]
): Promise<void> {
	await Promise.all(
		wanted.map(async (part) => {
			const name = `${locale}:${part}`;
			if (loadedParts.has(name)) return;
			registerCatalogue(locale, await parts[part][locale]());
			loadedParts.add(name);
		})
	);
}

/** The language as Intl formatters and the message formatter take it ("fr-CA", "en-CA"). */
export function intlLocale(locale: Locale): string {
	return locale === 'fr' ? 'fr-CA' : 'en-CA';
}

/**
 * The text of `key` in `locale`, with `values` filled in. The key itself if its part is not loaded: in a browser
 * that is a page showing text its parts lack (youth-pages.ts), said in the console, which fails every browser test.
 */
export function translate(locale: Locale, key: MessageKey, values?: MessageValues): string {
	const message = loaded[locale]?.[key];
	if (message === undefined) {
		if (typeof window !== 'undefined')
			console.error(
				`No message "${key}" in the parts of the catalogue this page loaded (${locale})`
			);
		return key;
	}
	if (!values && !message.includes('{')) return message;
	return formatMessage(message, intlLocale(locale), values);
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
