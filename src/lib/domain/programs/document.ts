// The program document: a program, its workshops and their activities, bilingual, as one validated value.
// Drafts, immutable versions, content packages and the editor all use this one shape.
import { z } from 'zod';

export const PROGRAM_SCHEMA_VERSION = 1;

/** Limits that keep a document (and an imported package) reasonable. */
export const LIMITS = {
	shortText: 200,
	longText: 20_000,
	workshops: 30,
	activities: 20,
	prompts: 20,
	minutes: 600
} as const;

const text = (max: number) => z.string().max(max, { error: 'validation.too_long' });

/** A text in both languages; either may be empty while drafting (publishing requires both). */
export const localized = (max: number = LIMITS.shortText) =>
	z.object({ fr: text(max), en: text(max) }).strict();
import type { Localized } from './localized.ts';

export type { Localized };
export { hasText } from './localized.ts';

export const emptyText = (): Localized => ({ fr: '', en: '' });

const minutes = z.number().int().min(0).max(LIMITS.minutes);
const id = z.string().regex(/^[A-Za-z0-9_-]{6,64}$/, { error: 'validation.invalid' });

/** Where an activity takes place decides what the facilitator adapts. */
export const adaptations = z
	.object({ rehabilitation: localized(LIMITS.longText), community: localized(LIMITS.longText) })
	.strict();

export const facilitatorNotes = z
	.object({
		goals: localized(LIMITS.longText),
		howTo: localized(LIMITS.longText),
		watchFor: localized(LIMITS.longText),
		disclosure: localized(LIMITS.longText)
	})
	.strict();

/**
 * An activity. `settings` is specific to the kind and validated by the kind's entry in the registry
 * (activity-kinds.ts); here it is only an object.
 */
export const activity = z
	.object({
		id,
		kind: z.string().regex(/^[a-z][a-z-]{1,40}$/),
		title: localized(),
		participantText: localized(LIMITS.longText),
		facilitatorNotes,
		durationMinutes: minutes,
		adaptations,
		settings: z.record(z.string().max(60), z.unknown())
	})
	.strict();
export type Activity = z.infer<typeof activity>;

export const workshop = z
	.object({
		id,
		title: localized(),
		objectives: localized(LIMITS.longText),
		durationMinutes: minutes,
		materials: localized(LIMITS.longText),
		/** Shown before the workshop; empty when none is needed. */
		contentWarning: localized(LIMITS.longText),
		activities: z.array(activity).max(LIMITS.activities)
	})
	.strict();
export type Workshop = z.infer<typeof workshop>;

export const programDocument = z
	.object({
		schemaVersion: z.literal(PROGRAM_SCHEMA_VERSION),
		title: localized(),
		summary: localized(LIMITS.longText),
		audience: localized(LIMITS.longText),
		ageMin: z.number().int().min(5).max(99),
		ageMax: z.number().int().min(5).max(99),
		languages: z
			.array(z.enum(['fr', 'en']))
			.min(1)
			.max(2),
		workshops: z.array(workshop).max(LIMITS.workshops)
	})
	.strict();
export type ProgramDocument = z.infer<typeof programDocument>;

/** A fresh id for a workshop or activity, usable in the browser and on the server. */
export function newId(): string {
	return crypto.randomUUID();
}

export function emptyProgram(): ProgramDocument {
	return {
		schemaVersion: PROGRAM_SCHEMA_VERSION,
		title: emptyText(),
		summary: emptyText(),
		audience: emptyText(),
		ageMin: 12,
		ageMax: 17,
		languages: ['fr', 'en'],
		workshops: []
	};
}
