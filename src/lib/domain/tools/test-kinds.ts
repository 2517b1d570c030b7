// Test helper: a throw-away kind of workshop tool, to prove that a kind is one registry entry.
import { z } from 'zod';
import { localized } from '../programs/document.ts';
import { missingText } from '../publishing/problems.ts';
import { defineToolKind } from './tool-kind.ts';
import { ONE_STEP } from '../live/behaviour.ts';

/** A throw-away kind: a quiz of questions. Its labels borrow existing catalogue keys. */
export const quizKind = defineToolKind({
	type: 'quiz',
	segment: 'quizzes',
	labels: {
		plural: 'tools.decks',
		one: 'tools.deck',
		empty: 'tools.decks_empty',
		create: 'tools.create_deck',
		play: 'tools.play_deck'
	},
	schema: z.object({ title: localized(), questions: z.array(localized()).max(20) }).strict(),
	validate: (quiz) => missingText(quiz.title, 'title', ['fr', 'en']),
	title: (quiz) => quiz.title,
	empty: (title) => ({ title, questions: [] }),
	package: { key: 'quizzes' },
	activity: {
		kind: 'quiz',
		label: 'programs.kind_card_game',
		field: 'quizId',
		missing: 'programs.problem_choose_deck',
		choose: 'editor.choose_deck',
		live: ONE_STEP
	}
});
