// What blocks publishing a versioned document: a problem is a catalogue key and the place it points at.
import type { MessageKey } from '#lib/i18n/catalogue.ts';
import type { Localized } from '../programs/document.ts';

export type Problem = {
	key: MessageKey;
	/** Dotted path in the document, e.g. "workshops.0.activities.2.participantText". */
	path: string;
	locale?: 'fr' | 'en';
	values?: Record<string, string | number>;
};

/** A problem for each listed language in which `value` is empty. */
export function missingText(
	value: Localized,
	path: string,
	languages: readonly ('fr' | 'en')[]
): Problem[] {
	return languages
		.filter((locale) => value[locale].trim() === '')
		.map((locale) => ({ key: 'programs.problem_missing_text' as const, path, locale }));
}
