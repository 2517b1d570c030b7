// A note for the staff on a workshop tool ("draft for review", "check the figures before use"): shown to the
// adults who prepare and run workshops, never on a youth page, and never sent to a teen's browser.
import { localized, type Localized } from '../programs/document.ts';
import { hasText } from '../programs/localized.ts';

/** The optional `staffNote` field every tool document may carry. */
export const staffNote = localized(1000).optional();

/** The document as a teen's page receives it: without its note for the staff. */
export function forYouth<T extends object>(document: T): Omit<T, 'staffNote'> {
	const { staffNote: _omitted, ...rest } = document as T & { staffNote?: Localized };
	void _omitted;
	return rest;
}

/** The tool's note for the staff, if it has one. */
export function staffNoteOf(document: unknown): Localized | null {
	const note = (document as { staffNote?: Localized } | null)?.staffNote;
	return note && hasText(note) ? note : null;
}
