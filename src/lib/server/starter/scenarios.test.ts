// Checks that the two starter scenarios (content/scenarios/) are valid, complete, bilingual, non-graphic stories
// where every path leads to an ending with a debrief and help (CONTENT.md); a failure names the file and line.
import { describe, expect, it } from 'vitest';
import type { Localized } from '#lib/domain/programs/document.ts';
import { scenarioDocument, type ScenarioDocument } from '#lib/domain/scenarios/scenario.ts';
import { validateScenario } from '#lib/domain/scenarios/validation.ts';
import {
	atEnding,
	choose,
	currentPassage,
	goBack,
	pathTaken,
	startScenario,
	type ScenarioPlay
} from '#lib/domain/scenarios/play.ts';
import type { Place } from './read.ts';
import { starterContent } from './service.ts';
import { placesById } from './test-places.ts';

const STARTER_SCENARIOS = starterContent()
	.tools.filter((tool) => tool.type === 'scenario')
	.map((tool) => tool.document as ScenarioDocument);
const placeOf = new Map(
	starterContent()
		.tools.filter((tool) => tool.type === 'scenario')
		.map((tool) => [tool.document as ScenarioDocument, tool.placeOf] as const)
);
/** Where a passage of the document was written: "content/scenarios/lea.yaml:120 (p-start)". */
const placesIn = (doc: ScenarioDocument) =>
	placesById(doc, placeOf.get(doc) as (path: (string | number)[]) => Place);

const locales = ['fr', 'en'] as const;

/** Every text a participant reads in a scenario, with where it is. */
function readableTexts(doc: ScenarioDocument): { path: string; text: Localized }[] {
	const where = placesIn(doc);
	return [
		{ path: 'title', text: doc.title },
		{ path: 'summary', text: doc.summary },
		{ path: 'contentWarning', text: doc.contentWarning },
		...doc.passages.flatMap((passage) => [
			{ path: `${where(passage.id)}.text`, text: passage.text },
			{ path: `${where(passage.id)}.speaker`, text: passage.speaker },
			{ path: `${where(passage.id)}.contentWarning`, text: passage.contentWarning },
			...passage.choices.map((choice) => ({
				path: `${where(passage.id)}.${choice.id}`,
				text: choice.label
			})),
			{ path: `${where(passage.id)}.warningSigns`, text: passage.debrief.warningSigns },
			{
				path: `${where(passage.id)}.protectiveStrategies`,
				text: passage.debrief.protectiveStrategies
			},
			{ path: `${where(passage.id)}.help`, text: passage.debrief.help }
		])
	];
}

/** Sentences in a short text (a sentence ends with . ! or ? and a space; an ellipsis does not end one). */
const sentences = (text: string): number =>
	text.split(/[.!?](?:\s|$)/).filter((part) => /\p{L}/u.test(part)).length;

/** Whole words (letters on neither side), so that "sein" does not match "dessein". */
function findWords(text: string, words: readonly string[]): string[] {
	return words.filter((word) => new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'iu').test(text));
}

/**
 * Words a non-graphic story for 12-year-olds never needs. Short on purpose: the stories name pressure and
 * control, never acts, bodies or violence.
 */
const GRAPHIC = {
	fr: [
		'viol',
		'violée?',
		'violer',
		'nue?s?',
		'sexe',
		'porno\\p{L}*',
		'seins?',
		'sang',
		'frapp\\p{L}*',
		'battue?',
		'armes?',
		'drogu\\p{L}*'
	],
	en: [
		'rape[sd]?',
		'raping',
		'naked',
		'nudes?',
		'sex',
		'porn\\p{L}*',
		'breasts?',
		'blood',
		'beat(en|ing)?',
		'weapons?',
		'guns?',
		'drug\\p{L}*'
	]
} as const;

function passageIds(doc: ScenarioDocument): Set<string> {
	return new Set(doc.passages.map((passage) => passage.id));
}

/** Passages reachable from the start, following choices. */
function reachable(doc: ScenarioDocument): Set<string> {
	const byId = new Map(doc.passages.map((passage) => [passage.id, passage]));
	const seen = new Set<string>();
	const queue = [doc.start];
	while (queue.length > 0) {
		const id = queue.pop()!;
		if (seen.has(id) || !byId.has(id)) continue;
		seen.add(id);
		for (const choice of byId.get(id)!.choices) queue.push(choice.to);
	}
	return seen;
}

/** Passages from which some path leads to an ending. */
function canEnd(doc: ScenarioDocument): Set<string> {
	const done = new Set(doc.passages.filter((p) => p.ending).map((p) => p.id));
	let grew = true;
	while (grew) {
		grew = false;
		for (const passage of doc.passages) {
			if (!done.has(passage.id) && passage.choices.some((choice) => done.has(choice.to))) {
				done.add(passage.id);
				grew = true;
			}
		}
	}
	return done;
}

describe('the starter scenarios', () => {
	it('are two: Léa and Maya', () => {
		expect(STARTER_SCENARIOS).toHaveLength(2);
		expect(STARTER_SCENARIOS.map((doc) => doc.title.fr)).toEqual([
			'Les choix de Léa',
			'Maya et le message'
		]);
	});

	describe.each(STARTER_SCENARIOS.map((doc) => [doc.title.en, doc] as const))('%s', (_, doc) => {
		const endings = doc.passages.filter((passage) => passage.ending);
		const others = doc.passages.filter((passage) => !passage.ending);
		const where = placesIn(doc);

		it('is a valid scenario document in French and English', () => {
			expect(scenarioDocument.safeParse(doc).error).toBeUndefined();
			expect(doc.languages).toEqual(['fr', 'en']);
		});

		it('can be published: the scenario validation finds no problem', () => {
			const problems = validateScenario(doc);
			expect(problems, JSON.stringify(problems, null, 2)).toEqual([]);
		});

		it('has at least 10 passages and 3 endings', () => {
			expect(doc.passages.length).toBeGreaterThanOrEqual(10);
			expect(endings.length).toBeGreaterThanOrEqual(3);
		});

		it('uses unique, readable passage ids and unique choice ids within a passage', () => {
			const ids = doc.passages.map((passage) => passage.id);
			expect(new Set(ids).size).toBe(ids.length);
			for (const id of ids) expect(id).toMatch(/^(p|end)-[a-z0-9-]+$/);
			for (const passage of doc.passages) {
				const choiceIds = passage.choices.map((choice) => choice.id);
				expect(new Set(choiceIds).size, where(passage.id)).toBe(choiceIds.length);
			}
		});

		it('is a sound graph: every passage reachable, every choice leads somewhere, every passage can end', () => {
			const ids = passageIds(doc);
			expect(ids.has(doc.start)).toBe(true);
			for (const passage of doc.passages) {
				for (const choice of passage.choices) {
					expect(ids.has(choice.to), `${where(passage.id)}.${choice.id} → ${choice.to}`).toBe(true);
				}
			}
			expect([...ids].filter((id) => !reachable(doc).has(id))).toEqual([]);
			expect([...ids].filter((id) => !canEnd(doc).has(id))).toEqual([]);
		});

		it('gives 1 to 4 choices before the end, none at the end', () => {
			for (const passage of others) {
				expect(passage.choices.length, where(passage.id)).toBeGreaterThanOrEqual(1);
				expect(passage.choices.length, where(passage.id)).toBeLessThanOrEqual(4);
			}
			for (const passage of endings) expect(passage.choices, where(passage.id)).toEqual([]);
		});

		it('debriefs every ending, and only endings', () => {
			for (const passage of endings) {
				for (const field of ['warningSigns', 'protectiveStrategies', 'help'] as const) {
					for (const locale of locales) {
						expect(
							passage.debrief[field][locale].trim(),
							`${where(passage.id)}.${field} (${locale})`
						).not.toBe('');
					}
				}
			}
			for (const passage of others) {
				expect(passage.debrief, where(passage.id)).toEqual({
					warningSigns: { fr: '', en: '' },
					protectiveStrategies: { fr: '', en: '' },
					help: { fr: '', en: '' }
				});
			}
		});

		it('keeps each part of a debrief to two to four short lines of plain text', () => {
			for (const passage of endings) {
				for (const field of ['warningSigns', 'protectiveStrategies', 'help'] as const) {
					for (const locale of locales) {
						const text = passage.debrief[field][locale];
						const at = `${where(passage.id)}.${field} (${locale})`;
						expect(text.split('\n').length, at).toBeGreaterThanOrEqual(2);
						expect(text.split('\n').length, at).toBeLessThanOrEqual(4);
						expect(text, at).not.toMatch(/[*_#`]|^- /m);
					}
				}
			}
		});

		it('says at every ending that it is never the young person’s fault, and where help is', () => {
			for (const passage of endings) {
				const { protectiveStrategies, help } = passage.debrief;
				expect(protectiveStrategies.fr, where(passage.id)).toMatch(/jamais la faute/);
				expect(protectiveStrategies.en, where(passage.id)).toMatch(
					/never the young person’s fault/
				);
				expect(help.fr, where(passage.id)).toMatch(/adulte de confiance/);
				expect(help.fr, where(passage.id)).toMatch(/anime le groupe/);
				expect(help.fr, where(passage.id)).toMatch(/Tel-jeunes/);
				expect(help.en, where(passage.id)).toMatch(/trusted adult/);
				expect(help.en, where(passage.id)).toMatch(/leads the group/);
				expect(help.en, where(passage.id)).toMatch(/Kids Help Phone/);
			}
		});

		it('fills every passage text and choice label in both languages, and keeps passages short', () => {
			for (const passage of doc.passages) {
				for (const locale of locales) {
					expect(passage.text[locale].trim(), `${where(passage.id)} (${locale})`).not.toBe('');
					expect(
						passage.text[locale].length,
						`${where(passage.id)} (${locale})`
					).toBeLessThanOrEqual(400);
					expect(
						sentences(passage.text[locale]),
						`${where(passage.id)} (${locale})`
					).toBeLessThanOrEqual(4);
					for (const choice of passage.choices) {
						expect(choice.label[locale].trim(), `${where(passage.id)}.${choice.id}`).not.toBe('');
					}
				}
			}
		});

		it('warns about its content, and carries the draft label for the staff, never in its summary', () => {
			expect(doc.contentWarning.fr.trim()).not.toBe('');
			expect(doc.contentWarning.en.trim()).not.toBe('');
			expect(doc.staffNote?.fr).toMatch(
				/^Ébauche à réviser par des professionnel·les et des jeunes co-conceptrices/
			);
			expect(doc.staffNote?.en).toMatch(
				/^Draft for review by professionals and youth co-designers/
			);
			expect(`${doc.summary.fr} ${doc.summary.en}`).not.toMatch(/Ébauche|Draft for review/);
		});

		it('keeps sensitive words out of its title, which may be shown in page titles', () => {
			for (const title of [doc.title.fr, doc.title.en]) {
				expect(title).not.toMatch(/exploit|sexu|traite|trafficking|recrut/i);
			}
		});

		it('stays non-graphic and uses none of the words CONTENT.md asks us to avoid', () => {
			const avoid =
				/prostituée|prostitute|fille facile|sex worker|travail du sexe|snitch|dénoncer/i;
			for (const { path, text } of readableTexts(doc)) {
				expect(findWords(text.fr, GRAPHIC.fr), `${path} (fr)`).toEqual([]);
				expect(findWords(text.en, GRAPHIC.en), `${path} (en)`).toEqual([]);
				expect(text.fr, `${path} (fr)`).not.toMatch(avoid);
				expect(text.en, `${path} (en)`).not.toMatch(avoid);
			}
		});

		it('gives no phone numbers (they live in the help resources)', () => {
			for (const { path, text } of readableTexts(doc)) {
				for (const locale of locales) {
					expect(text[locale], `${path} (${locale})`).not.toMatch(/\d(?:[ -]?\d){2,}/);
				}
			}
		});
	});
});

/** Every way through a scenario, depth first; a path that comes back to a passage on it fails. */
function everyPath(document: ScenarioDocument): ScenarioPlay[] {
	const found: ScenarioPlay[] = [];
	const walk = (play: ScenarioPlay) => {
		const here = currentPassage(document, play);
		expect(here, JSON.stringify(play)).not.toBeNull();
		if (atEnding(document, play)) {
			found.push(play);
			return;
		}
		expect(here!.choices.length, here!.id).toBeGreaterThan(0);
		for (const choice of here!.choices) {
			const next = choose(document, play, choice.id);
			const where = `${here!.id}.${choice.id}`;
			expect(next, where).not.toBe(play);
			expect(
				next.slice(0, -1).map((step) => step.passage),
				where
			).not.toContain(choice.to);
			expect(goBack(next), where).toEqual(play);
			walk(next);
		}
	};
	walk(startScenario(document));
	return found;
}

describe.each(STARTER_SCENARIOS.map((document) => [document.title.en, document] as const))(
	'every path through %s',
	(_, document) => {
		it('reaches an ending with a debrief in French and in English', () => {
			const paths = everyPath(document);
			expect(paths.length).toBeGreaterThan(1);
			for (const play of paths) {
				const end = currentPassage(document, play)!;
				expect(end.ending).toBe(true);
				for (const field of ['warningSigns', 'protectiveStrategies', 'help'] as const) {
					for (const locale of ['fr', 'en'] as const) {
						expect(end.debrief[field][locale].trim(), `${end.id}.${field} (${locale})`).not.toBe(
							''
						);
					}
				}
			}
		});

		it('shows the whole way taken, from the start to the ending', () => {
			for (const play of everyPath(document)) {
				const path = pathTaken(document, play);
				expect(path).toHaveLength(play.length - 1);
				expect(path[0]!.passage.id).toBe(document.start);
				expect(path.at(-1)!.choice.to).toBe(currentPassage(document, play)!.id);
				path.slice(1).forEach(({ passage }, i) => expect(passage.id).toBe(path[i]!.choice.to));
			}
		});

		it('between them reach every ending of the scenario', () => {
			const reached = new Set(everyPath(document).map((play) => play.at(-1)!.passage));
			const endings = document.passages.filter((item) => item.ending).map((item) => item.id);
			expect([...reached].sort()).toEqual(endings.sort());
		});
	}
);
