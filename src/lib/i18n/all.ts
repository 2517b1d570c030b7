// Both languages, every part, for the server (registered when it starts) and for tests: never imported by a page,
// so a browser only ever downloads the reader's language, and of it the parts its page shows (`loadCatalogue`).
import {
	registerCatalogue,
	type CataloguePart,
	type Locale,
	type MessageKey
} from './catalogue.ts';
import { enCocreation } from './en-cocreation.ts';
import { enLive } from './en-live.ts';
import { enPlay } from './en-play.ts';
import { enWelcome } from './en-welcome.ts';
import { enLogbook } from './en-logbook.ts';
import { enStaff } from './en-staff.ts';
import { en } from './en.ts';
import { frCocreation } from './fr-cocreation.ts';
import { frLive } from './fr-live.ts';
import { frPlay } from './fr-play.ts';
import { frWelcome } from './fr-welcome.ts';
import { frLogbook } from './fr-logbook.ts';
import { frStaff } from './fr-staff.ts';
import { fr } from './fr.ts';

/** Each language's parts, as the browser loads them. */
export const catalogueParts: Record<Locale, Record<CataloguePart, Record<string, string>>> = {
	fr: {
		youth: fr,
		welcome: frWelcome,
		play: frPlay,
		live: frLive,
		staff: frStaff,
		cocreation: frCocreation,
		logbook: frLogbook
	},
	en: {
		youth: en,
		welcome: enWelcome,
		play: enPlay,
		live: enLive,
		staff: enStaff,
		cocreation: enCocreation,
		logbook: enLogbook
	}
};

export const catalogues: Record<Locale, Record<MessageKey, string>> = {
	fr: { ...fr, ...frWelcome, ...frPlay, ...frLive, ...frStaff, ...frCocreation, ...frLogbook },
	en: { ...en, ...enWelcome, ...enPlay, ...enLive, ...enStaff, ...enCocreation, ...enLogbook }
};

/** Makes both languages, every part, available to `translate`. */
export function registerAllCatalogues(): void {
	registerCatalogue('fr', catalogues.fr);
	registerCatalogue('en', catalogues.en);
}

export function isMessageKey(value: unknown): value is MessageKey {
	return typeof value === 'string' && Object.hasOwn(catalogues.fr, value);
}
