// Both catalogues, for the server (registered when it starts) and for tests: never imported by a page, so a
// browser only ever downloads the reader's language (see `loadCatalogue`).
import { registerCatalogue, type Locale, type MessageKey } from './catalogue.ts';
import { enStaff } from './en-staff.ts';
import { en } from './en.ts';
import { frStaff } from './fr-staff.ts';
import { fr } from './fr.ts';

export const catalogues: Record<Locale, Record<MessageKey, string>> = {
	fr: { ...fr, ...frStaff },
	en: { ...en, ...enStaff }
};

/** Makes both languages, every part, available to `translate`. */
export function registerAllCatalogues(): void {
	registerCatalogue('fr', catalogues.fr);
	registerCatalogue('en', catalogues.en);
}

export function isMessageKey(value: unknown): value is MessageKey {
	return typeof value === 'string' && Object.hasOwn(catalogues.fr, value);
}
