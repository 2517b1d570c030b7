// Checks that the starter program (content/program/) is a valid, complete, bilingual document that follows
// CONTENT.md; a failure names the file and line to open. Run with the other content checks by
// `npm run content:check`.
import { describe, expect, it } from 'vitest';
import { activityKind } from '#lib/domain/programs/activity-kinds.ts';
import { programDocument, type Localized } from '#lib/domain/programs/document.ts';
import { starterContent } from './service.ts';
import { placesById } from './test-places.ts';

const content = starterContent();
const program = content.program;
const workshops = program.workshops;
const activities = workshops.flatMap((workshop) => workshop.activities);
const where = placesById(program, content.placeOf);

/** Every French and English text of the program's files, with its file and line. */
const allTexts = content.texts
	.filter((text) => text.file.startsWith('content/program/'))
	.map((text) => ({ at: `${text.file}:${text.line} ${text.path} (${text.locale})`, ...text }));

/** The texts that must be written in both languages before the program can ship. */
const requiredTexts: { path: string; text: Localized }[] = [
	{ path: 'program.title', text: program.title },
	{ path: 'program.summary', text: program.summary },
	{ path: 'program.audience', text: program.audience },
	...workshops.flatMap((workshop) => [
		{ path: `${where(workshop.id)}.title`, text: workshop.title },
		{ path: `${where(workshop.id)}.objectives`, text: workshop.objectives },
		{ path: `${where(workshop.id)}.materials`, text: workshop.materials },
		...workshop.activities.flatMap((activity) => [
			{ path: `${where(activity.id)}.title`, text: activity.title },
			{ path: `${where(activity.id)}.participantText`, text: activity.participantText },
			{ path: `${where(activity.id)}.goals`, text: activity.facilitatorNotes.goals },
			{ path: `${where(activity.id)}.howTo`, text: activity.facilitatorNotes.howTo },
			{ path: `${where(activity.id)}.watchFor`, text: activity.facilitatorNotes.watchFor },
			{ path: `${where(activity.id)}.disclosure`, text: activity.facilitatorNotes.disclosure },
			{ path: `${where(activity.id)}.rehabilitation`, text: activity.adaptations.rehabilitation },
			{ path: `${where(activity.id)}.community`, text: activity.adaptations.community }
		])
	])
];

describe('the starter content’s typography', () => {
	it('is French in French (narrow no-break spaces before ; : ! ? », inside « »), and plain in English', () => {
		const wrong = content.texts.filter(({ locale, text }) =>
			locale === 'fr'
				? / [;:!?»]|« /.test(text.replace(/https?:\/\/\S+/g, ''))
				: /[«»\u202f]/.test(text)
		);
		expect(wrong.map(({ file, line, text }) => `${file}:${line} ${text.slice(0, 60)}`)).toEqual([]);
		expect(content.texts.some(({ text }) => text.includes('\u202f:'))).toBe(true);
	});
});

describe('the starter program', () => {
	it('uses the starter tools where its activities describe them', () => {
		const uses = (id: string) =>
			workshops.flatMap((workshop) => workshop.activities).find((activity) => activity.id === id)!;
		const toolId = (file: string) => content.tools.find((tool) => tool.file === file)!.id;
		expect(uses('w5-a3-how-it-starts')).toMatchObject({
			kind: 'card-game',
			settings: { deckId: toolId('content/decks/myths-and-realities.yaml') }
		});
		expect(uses('w5-a4-maya-lea')).toMatchObject({
			kind: 'scenario',
			settings: { scenarioId: toolId('content/scenarios/maya.yaml') }
		});
		expect(uses('w5-a4b-lea')).toMatchObject({
			kind: 'scenario',
			settings: { scenarioId: toolId('content/scenarios/lea.yaml') }
		});
	});

	it('is a valid program document for 12 to 17 year olds in French and English', () => {
		expect(programDocument.safeParse(program).error).toBeUndefined();
		expect(program.schemaVersion).toBe(1);
		expect([program.ageMin, program.ageMax]).toEqual([12, 17]);
		expect(program.languages).toEqual(['fr', 'en']);
	});

	it('keeps sensitive words out of its title, which is shown in page titles', () => {
		for (const title of [program.title.fr, program.title.en]) {
			expect(title).not.toMatch(/exploit|sexu|traite|trafficking|recrut/i);
		}
	});

	it('gives every activity settings its kind accepts and can publish', () => {
		for (const activity of activities) {
			const kind = activityKind(activity.kind);
			expect(kind, `${where(activity.id)} has an unknown kind ${activity.kind}`).toBeDefined();
			const parsed = kind!.settings.safeParse(activity.settings);
			expect(parsed.error, where(activity.id)).toBeUndefined();
			expect(kind!.check(parsed.data, ['fr', 'en']), where(activity.id)).toEqual([]);
		}
	});

	it('has six workshops in the order of the issue', () => {
		expect(workshops.map((workshop) => workshop.id)).toEqual([
			'w1-self-esteem',
			'w2-self-awareness',
			'w3-self-affirmation',
			'w4-relationships',
			'w5-recruitment',
			'w6-getting-help'
		]);
	});

	// CONTENT.md: welcome, check-in, 2 to 4 core activities, a calm moment, closing with check-out.
	it('has six workshops of 60 to 90 minutes with 4 to 8 activities each', () => {
		expect(workshops).toHaveLength(6);
		for (const workshop of workshops) {
			expect(workshop.durationMinutes, where(workshop.id)).toBeGreaterThanOrEqual(60);
			expect(workshop.durationMinutes, where(workshop.id)).toBeLessThanOrEqual(90);
			expect(workshop.activities.length, where(workshop.id)).toBeGreaterThanOrEqual(4);
			expect(workshop.activities.length, where(workshop.id)).toBeLessThanOrEqual(8);
		}
	});

	it('fits every workshop’s activities into its duration', () => {
		for (const workshop of workshops) {
			const total = workshop.activities.reduce(
				(sum, activity) => sum + activity.durationMinutes,
				0
			);
			expect(total, where(workshop.id)).toBeLessThanOrEqual(workshop.durationMinutes);
			for (const activity of workshop.activities) {
				expect(activity.durationMinutes, where(activity.id)).toBeGreaterThan(0);
			}
		}
	});

	it('follows the workshop structure: welcome, check-in, core, calm, closing check-out', () => {
		for (const workshop of workshops) {
			const kinds = workshop.activities.map((activity) => activity.kind);
			expect(kinds[0], where(workshop.id)).toBe('discussion');
			expect(kinds[1], where(workshop.id)).toBe('check-in');
			expect(kinds.at(-1), where(workshop.id)).toBe('check-in');
			expect(kinds.at(-2) === 'grounding' || kinds.at(-3) === 'grounding', where(workshop.id)).toBe(
				true
			);
		}
	});

	it('uses unique, readable ids', () => {
		const ids = [...workshops.map((workshop) => workshop.id), ...activities.map((a) => a.id)];
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(/^[a-z0-9-]{6,64}$/);
	});

	it('fills every required text in both languages', () => {
		for (const { path, text } of requiredTexts) {
			expect(text.fr.trim(), `${path} (fr)`).not.toBe('');
			expect(text.en.trim(), `${path} (en)`).not.toBe('');
		}
	});

	it('starts its summary with the draft label in both languages', () => {
		expect(program.summary.fr).toMatch(
			/^Ébauche à réviser par des professionnel·les et des jeunes co-conceptrices/
		);
		expect(program.summary.en).toMatch(/^Draft for review by professionals and youth co-designers/);
	});

	it('warns before the workshops on relationships, recruitment and getting help', () => {
		for (const workshop of workshops.slice(3)) {
			expect(workshop.contentWarning.fr.trim(), where(workshop.id)).not.toBe('');
			expect(workshop.contentWarning.en.trim(), where(workshop.id)).not.toBe('');
		}
	});

	it('never uses the words CONTENT.md asks us to avoid', () => {
		const avoid = /prostituée|prostitute|fille facile|sex worker|snitch|dénoncer/i;
		for (const { at, text } of allTexts) expect(text, at).not.toMatch(avoid);
	});

	it('states a percentage only next to its source', () => {
		let percentages = 0;
		for (const { at, text, locale } of allTexts) {
			if (!text.includes('%')) continue;
			percentages += 1;
			expect(text, at).toMatch(
				locale === 'fr' ? /Briser le cycle/ : /Briser le cycle|Breaking the cycle/
			);
		}
		expect(percentages).toBeGreaterThan(0);
	});

	it('gives only the help numbers we have verified', () => {
		const allowed = new Set(['1 800 263-2266', '1 800 668-6868', '686868', '1 833 900-1010']);
		const found = new Set<string>();
		for (const { at, text } of allTexts) {
			for (const [number] of text.matchAll(/\d(?:[ -]?\d){5,}/g)) {
				expect(allowed.has(number), `${at}: ${number}`).toBe(true);
				found.add(number);
			}
		}
		expect(found).toEqual(allowed);
	});

	it('tells the participant in every activity that taking part is optional', () => {
		const optional = {
			fr: /\bpasser\b|\bou passe\b|tu choisis|toi qui choisis|optionnel|facultati|pas obligée?/i,
			en: /\bpass\b|\bskip\b|you choose|optional|don’t have to/i
		};
		for (const activity of activities) {
			expect(activity.participantText.fr, where(activity.id)).toMatch(optional.fr);
			expect(activity.participantText.en, where(activity.id)).toMatch(optional.en);
		}
	});

	it('repeats the disclosure guidance, with the duty to report to the DPJ, in every activity', () => {
		for (const activity of activities) {
			const { fr, en } = activity.facilitatorNotes.disclosure;
			expect(fr, where(activity.id)).toMatch(/DPJ/);
			expect(fr, where(activity.id)).toMatch(/art\. 39/);
			expect(fr, where(activity.id)).toMatch(/promettre le secret/);
			expect(en, where(activity.id)).toMatch(/DPJ/);
			expect(en, where(activity.id)).toMatch(/s\. 39/);
			expect(en, where(activity.id)).toMatch(/promise secrecy/);
		}
	});
});
