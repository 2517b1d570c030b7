import { describe, expect, it } from 'vitest';
import { completeProgram } from './test-documents.ts';
import { validateProgram } from './validation.ts';

describe('publishing checks', () => {
	it('find nothing to fix in a complete program', () => {
		expect(validateProgram(completeProgram())).toEqual([]);
	});

	it('list every missing translation, with its place and language', () => {
		const document = completeProgram();
		document.title.en = '';
		document.workshops[0]!.activities[1]!.participantText.fr = ' ';
		expect(validateProgram(document)).toEqual([
			{ key: 'programs.problem_missing_text', path: 'title', locale: 'en' },
			{
				key: 'programs.problem_missing_text',
				path: 'workshops.0.activities.1.participantText',
				locale: 'fr'
			}
		]);
	});

	it('only ask for the languages the program is written in', () => {
		const document = completeProgram();
		document.languages = ['fr'];
		document.title.en = '';
		expect(validateProgram(document)).toEqual([]);
	});

	it('refuse an empty discussion question and a discussion with none', () => {
		const document = completeProgram();
		const settings = document.workshops[0]!.activities[1]!.settings as { prompts: unknown[] };
		settings.prompts = [{ fr: 'Q', en: '' }];
		expect(validateProgram(document).map((problem) => problem.path)).toEqual([
			'workshops.0.activities.1.settings.prompts.0'
		]);
		settings.prompts = [];
		expect(validateProgram(document).map((problem) => problem.key)).toEqual([
			'programs.problem_no_prompt'
		]);
	});

	it('refuse activities that last longer than their workshop, saying by how much', () => {
		const document = completeProgram();
		document.workshops[0]!.durationMinutes = 50;
		expect(validateProgram(document)).toEqual([
			{
				key: 'programs.problem_too_long',
				path: 'workshops.0.durationMinutes',
				values: { total: 55, limit: 50 }
			}
		]);
	});

	it('refuse unknown kinds, wrong settings and references to content that does not exist', () => {
		const document = completeProgram();
		document.workshops[0]!.activities[0]!.kind = 'questionnaire';
		document.workshops[0]!.activities[1]!.settings = { prompts: 'not a list' };
		const keys = validateProgram(document).map((problem) => problem.key);
		expect(keys).toEqual(['programs.problem_unknown_kind', 'programs.problem_settings']);
	});

	it('need a published deck, scenario or video for the activities that use one', () => {
		const document = completeProgram();
		const [first, second] = document.workshops[0]!.activities;
		first!.kind = 'card-game';
		first!.settings = { deckId: '' };
		const deckId = '4f1c2a3b-5d6e-4f70-8a91-b2c3d4e5f607';
		const scenarioId = '0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d';
		second!.kind = 'scenario';
		second!.settings = { scenarioId };
		expect(validateProgram(document)).toEqual([
			{ key: 'programs.problem_choose_deck', path: 'workshops.0.activities.0.settings.deckId' },
			{
				key: 'programs.problem_broken_reference',
				path: 'workshops.0.activities.1.settings',
				values: { type: 'scenario' }
			}
		]);
		first!.settings = { deckId };
		const asked: string[] = [];
		const usable = (type: string, id: string) => {
			asked.push(`${type}:${id}`);
			return true;
		};
		expect(validateProgram(document, usable)).toEqual([]);
		expect(asked).toEqual([`deck:${deckId}`, `scenario:${scenarioId}`]);
	});

	it('refuse a tool reference that is not a real id, as a problem with the activity’s settings', () => {
		const document = completeProgram();
		const [first] = document.workshops[0]!.activities;
		first!.kind = 'card-game';
		for (const hostile of ['deck-1', 'a'.repeat(36), '-'.repeat(36), "' or 1=1 --"]) {
			first!.settings = { deckId: hostile };
			expect(validateProgram(document, () => true)).toEqual([
				{ key: 'programs.problem_settings', path: 'workshops.0.activities.0.settings' }
			]);
		}
	});

	it('refuse a program without workshops, a workshop without activities, and inverted ages', () => {
		const document = completeProgram();
		document.ageMin = 18;
		document.workshops[0]!.activities = [];
		expect(validateProgram(document).map((problem) => problem.key)).toEqual([
			'programs.problem_ages',
			'programs.problem_no_activity'
		]);
		document.workshops = [];
		expect(validateProgram(document).map((problem) => problem.key)).toContain(
			'programs.problem_no_workshop'
		);
	});
});
