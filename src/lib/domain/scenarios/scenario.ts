// A branching scenario: passages (text, optional speaker and mood, optional content warning) joined by
// choices; endings carry a debrief of warning signs, protective strategies and where to get help. Bilingual.
import { z } from 'zod';
import { localized } from '../programs/document.ts';
import { staffNote } from '../tools/staff-note.ts';

export const SCENARIO_SCHEMA_VERSION = 1;

export const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

export const choice = z
	.object({
		id,
		label: localized(300),
		/** The passage this choice leads to. */
		to: id
	})
	.strict();
export type Choice = z.infer<typeof choice>;

export const debrief = z
	.object({
		warningSigns: localized(3000),
		protectiveStrategies: localized(3000),
		help: localized(3000)
	})
	.strict();
export type Debrief = z.infer<typeof debrief>;

export const passage = z
	.object({
		id,
		text: localized(4000),
		speaker: localized(100),
		mood: z.enum(['calm', 'happy', 'unsure', 'worried', 'sad']).nullable(),
		contentWarning: localized(1000),
		/** An ending has no choices and carries the debrief; any other passage needs at least one choice. */
		ending: z.boolean(),
		choices: z.array(choice).max(6),
		/** Filled on endings (publishing requires it); kept, but unused, on other passages. */
		debrief
	})
	.strict();
export type Passage = z.infer<typeof passage>;

export const scenarioDocument = z
	.object({
		schemaVersion: z.literal(SCENARIO_SCHEMA_VERSION),
		title: localized(),
		summary: localized(2000),
		/** For the staff only ("draft for review"): never on a youth page. */
		staffNote,
		contentWarning: localized(1000),
		languages: z
			.array(z.enum(['fr', 'en']))
			.min(1)
			.max(2),
		/** Where the story begins. */
		start: id,
		passages: z.array(passage).max(2000)
	})
	.strict();
export type ScenarioDocument = z.infer<typeof scenarioDocument>;

const blank = () => ({ fr: '', en: '' });

export function newPassage(passageId: string, ending = false): Passage {
	return {
		id: passageId,
		text: blank(),
		speaker: blank(),
		mood: null,
		contentWarning: blank(),
		ending,
		choices: [],
		debrief: { warningSigns: blank(), protectiveStrategies: blank(), help: blank() }
	};
}

/** A new scenario: a title and a first passage to write. */
export function emptyScenario(title: { fr: string; en: string }): ScenarioDocument {
	return {
		schemaVersion: SCENARIO_SCHEMA_VERSION,
		title,
		summary: blank(),
		contentWarning: blank(),
		languages: ['fr', 'en'],
		start: 'p1',
		passages: [newPassage('p1')]
	};
}
