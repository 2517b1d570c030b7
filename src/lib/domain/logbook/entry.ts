// What one logbook entry holds once decrypted in her browser, and the choices she picks from: a mood on a small
// scale and a few feeling words. The server never sees any of it (docs/logbook-security.md).
import { z } from 'zod';

/** The longest entry she can write (the largest size bucket holds it in any script). */
export const ENTRY_MAX_LENGTH = 20_000;

/** Five moods, from low to high; labels and words are in the catalogue (`logbook.mood.<n>`). */
export const MOODS = [1, 2, 3, 4, 5] as const;

/** Feeling words she can pick, none gendered; labels in the catalogue (`logbook.feeling.<key>`). */
export const FEELINGS = [
	'calm',
	'joy',
	'pride',
	'relief',
	'sadness',
	'anger',
	'fear',
	'tiredness',
	'confusion',
	'loneliness'
] as const;
export type Feeling = (typeof FEELINGS)[number];

/** At most this many feeling words on one entry: a few, not a form to fill. */
export const MAX_FEELINGS = 4;

export const entryContent = z
	.object({
		text: z.string().max(ENTRY_MAX_LENGTH),
		mood: z.number().int().min(1).max(MOODS.length).nullable(),
		feelings: z.array(z.enum(FEELINGS)).max(MAX_FEELINGS),
		/** The workshop's reflection prompt it answers, as she saw it. */
		prompt: z.string().max(4000).nullable()
	})
	.strict();
export type EntryContent = z.infer<typeof entryContent>;

/** What she has to write before it can be saved: some words, a mood or a feeling. */
export function isEmptyEntry(content: EntryContent): boolean {
	return content.text.trim() === '' && content.mood === null && content.feelings.length === 0;
}
