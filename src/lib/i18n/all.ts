// Both catalogues, for the server (registered when it starts) and for tests: never imported by a page, so a
// browser only ever downloads the reader's language (see `loadCatalogue`).
import { registerCatalogue, type Locale, type MessageKey, type Messages } from './catalogue.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';

export const catalogues: Record<Locale, Messages> = { fr, en };

/** Makes both languages available to `translate`. */
export function registerAllCatalogues(): void {
	registerCatalogue('fr', fr);
	registerCatalogue('en', en);
}

export function isMessageKey(value: unknown): value is MessageKey {
	return typeof value === 'string' && Object.hasOwn(fr, value);
}
