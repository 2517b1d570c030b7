// A text in French and English, and whether it says anything: browser-safe and free of schemas, so that a
// player's page does not download a validation library for it.

export type Localized = { fr: string; en: string };

/** Whether the text says something in at least one language (a reader falls back to the other). */
export const hasText = (value: Localized): boolean =>
	value.fr.trim() !== '' || value.en.trim() !== '';
