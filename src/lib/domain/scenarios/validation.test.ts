import { describe, expect, it } from 'vitest';
import type { Problem } from '../programs/validation.ts';
import { generateScenario } from './generate.ts';
import { scenarioDocument, type ScenarioDocument } from './scenario.ts';
import { both, ending, passage } from './test-scenarios.ts';
import { endings, layers, passageIndex, validateScenario } from './validation.ts';

const none = () => ({ fr: '', en: '' });

/** start → a | b; a → end-good; b → end-bad. */
function smallScenario(): ScenarioDocument {
	return {
		schemaVersion: 1,
		title: both('Une soirée'),
		summary: both('Résumé'),
		contentWarning: none(),
		languages: ['fr', 'en'],
		start: 'start',
		passages: [
			passage('start', ['a', 'b']),
			passage('a', ['end-good']),
			passage('b', ['end-bad']),
			ending('end-good'),
			ending('end-bad')
		]
	};
}

const graphKeys = new Set([
	'scenarios.problem_unreachable',
	'scenarios.problem_no_way_out',
	'scenarios.problem_no_choice',
	'scenarios.problem_dangling_choice'
]);
const graphProblems = (problems: Problem[]) =>
	problems
		.filter((problem) => graphKeys.has(problem.key))
		.map((problem) => `${problem.key} ${problem.path}`)
		.sort();

/** The graph rules again, the slow and obvious way (repeat until nothing changes), to compare with. */
function referenceGraphProblems(document: ScenarioDocument): string[] {
	const passages = document.passages;
	const at = (id: string) => passages.findIndex((passage) => passage.id === id);
	const next = (i: number) =>
		passages[i]!.ending
			? []
			: passages[i]!.choices.map((choice) => at(choice.to)).filter((to) => to !== -1);
	const reached = passages.map((_, i) => i === at(document.start));
	const escapes = passages.map((item) => item.ending);
	for (let changed = true; changed;) {
		changed = false;
		passages.forEach((_, i) => {
			for (const to of next(i)) {
				if (reached[i] && !reached[to]) changed = reached[to] = true;
				if (escapes[to] && !escapes[i]) changed = escapes[i] = true;
			}
		});
	}
	const found: string[] = [];
	passages.forEach((item, i) => {
		const place = `passages.${i}`;
		if (at(document.start) !== -1 && at(item.id) === i && !reached[i])
			found.push(`scenarios.problem_unreachable ${place}`);
		if (!item.ending && next(i).length > 0 && reached[i] && !escapes[i])
			found.push(`scenarios.problem_no_way_out ${place}`);
		if (!item.ending && item.choices.length === 0)
			found.push(`scenarios.problem_no_choice ${place}.choices`);
		item.choices.forEach((choice, j) => {
			if (at(choice.to) === -1)
				found.push(`scenarios.problem_dangling_choice ${place}.choices.${j}`);
		});
	});
	return found.sort();
}

const where = (document: ScenarioDocument, id: string) => passageIndex(document).get(id)!;

describe('scenario publishing checks', () => {
	it('find nothing to fix in a complete scenario', () => {
		expect(validateScenario(smallScenario())).toEqual([]);
	});

	it('list every missing translation of titles, passages and choices, with its place and language', () => {
		const document = smallScenario();
		document.title.en = '';
		document.summary.fr = '  ';
		document.passages[1]!.text.fr = '';
		document.passages[0]!.choices[1]!.label.en = '';
		expect(validateScenario(document)).toEqual([
			{ key: 'programs.problem_missing_text', path: 'title', locale: 'en' },
			{ key: 'programs.problem_missing_text', path: 'summary', locale: 'fr' },
			{ key: 'programs.problem_missing_text', path: 'passages.0.choices.1.label', locale: 'en' },
			{ key: 'programs.problem_missing_text', path: 'passages.1.text', locale: 'fr' }
		]);
	});

	it('only ask for the languages the scenario is written in, and not for speaker, mood or warning', () => {
		const document = smallScenario();
		document.languages = ['fr'];
		document.title.en = '';
		document.passages[1]!.text.en = '';
		document.passages[3]!.debrief.help.en = '';
		expect(validateScenario(document)).toEqual([]);
	});

	it('refuse a scenario without passages, and say it once', () => {
		const document = smallScenario();
		document.passages = [];
		expect(validateScenario(document)).toEqual([
			{ key: 'scenarios.problem_no_passage', path: 'passages' }
		]);
	});

	it('refuse two passages with the same id, at the second one', () => {
		const document = smallScenario();
		document.passages.push(passage('a', ['end-good']));
		expect(validateScenario(document)).toEqual([
			{ key: 'scenarios.problem_duplicate_id', path: 'passages.5', values: { id: 'a' } }
		]);
	});

	it('refuse two choices of one passage with the same id, at the second one', () => {
		const document = smallScenario();
		document.passages[0]!.choices[1]!.id = 'to-a';
		expect(validateScenario(document)).toEqual([
			{
				key: 'scenarios.problem_duplicate_id',
				path: 'passages.0.choices.1',
				values: { id: 'to-a' }
			}
		]);
	});

	it('accept the same choice id in two different passages', () => {
		const document = smallScenario();
		document.passages[2]!.choices[0]!.id = document.passages[1]!.choices[0]!.id;
		expect(validateScenario(document)).toEqual([]);
	});

	it('refuse a start that names no passage, without calling every passage unreachable', () => {
		const document = smallScenario();
		document.start = 'nowhere';
		expect(validateScenario(document)).toEqual([
			{ key: 'scenarios.problem_no_start', path: 'start' }
		]);
	});

	it('find a passage that no choice leads to', () => {
		const document = smallScenario();
		document.passages.push(passage('lost', ['end-good']));
		expect(validateScenario(document)).toEqual([
			{ key: 'scenarios.problem_unreachable', path: 'passages.5' }
		]);
	});

	it('find a passage that is neither an ending nor offers a choice, and only call it that', () => {
		const document = smallScenario();
		document.passages[1]!.choices = [];
		expect(validateScenario(document)).toEqual([
			{ key: 'scenarios.problem_no_choice', path: 'passages.1.choices' },
			{ key: 'scenarios.problem_unreachable', path: 'passages.3' }
		]);
	});

	it('find a choice that leads to no passage', () => {
		const document = smallScenario();
		document.passages[0]!.choices[0]!.to = 'nowhere';
		expect(validateScenario(document)).toEqual([
			{ key: 'scenarios.problem_dangling_choice', path: 'passages.0.choices.0' },
			{ key: 'scenarios.problem_unreachable', path: 'passages.1' },
			{ key: 'scenarios.problem_unreachable', path: 'passages.3' }
		]);
	});

	it('do not call a passage whose only choices lead nowhere a loop as well', () => {
		const document = smallScenario();
		document.passages[1]!.choices[0]!.to = 'nowhere';
		expect(validateScenario(document)).toEqual([
			{ key: 'scenarios.problem_dangling_choice', path: 'passages.1.choices.0' },
			{ key: 'scenarios.problem_unreachable', path: 'passages.3' }
		]);
	});

	it('refuse an ending that offers choices, and do not follow them', () => {
		const document = smallScenario();
		document.passages[3]!.choices = [{ id: 'again', label: both('Encore'), to: 'start' }];
		document.passages.push(passage('after', ['end-good']));
		document.passages[4]!.choices = [{ id: 'next', label: both('Après'), to: 'after' }];
		expect(validateScenario(document)).toEqual([
			{ key: 'scenarios.problem_ending_with_choices', path: 'passages.3.choices' },
			{ key: 'scenarios.problem_ending_with_choices', path: 'passages.4.choices' },
			{ key: 'scenarios.problem_unreachable', path: 'passages.5' }
		]);
	});

	it('refuse an ending without any debrief, in one problem', () => {
		const document = smallScenario();
		document.passages[3]!.debrief = {
			warningSigns: none(),
			protectiveStrategies: { fr: ' ', en: '' },
			help: none()
		};
		expect(validateScenario(document)).toEqual([
			{ key: 'scenarios.problem_no_debrief', path: 'passages.3.debrief' }
		]);
	});

	it('list each missing debrief text of an ending with a partial debrief', () => {
		const document = smallScenario();
		document.passages[4]!.debrief.help = none();
		document.passages[4]!.debrief.warningSigns.en = '';
		expect(validateScenario(document)).toEqual([
			{
				key: 'programs.problem_missing_text',
				path: 'passages.4.debrief.warningSigns',
				locale: 'en'
			},
			{ key: 'programs.problem_missing_text', path: 'passages.4.debrief.help', locale: 'fr' },
			{ key: 'programs.problem_missing_text', path: 'passages.4.debrief.help', locale: 'en' }
		]);
	});

	it('ignore the debrief of a passage that is not an ending', () => {
		const document = smallScenario();
		document.passages[1]!.debrief.help = { fr: 'Reste', en: '' };
		expect(validateScenario(document)).toEqual([]);
	});

	it('refuse a scenario without an ending', () => {
		const document = smallScenario();
		document.passages = [passage('start', ['start'])];
		expect(validateScenario(document)).toEqual([
			{ key: 'scenarios.problem_no_ending', path: 'passages' },
			{ key: 'scenarios.problem_no_way_out', path: 'passages.0' }
		]);
	});

	it('find a loop with no way out, and the passages that can only lead into it or into a dead end', () => {
		const document = smallScenario();
		// a → loop-1 ⇄ loop-2, with nothing leading out; b → stuck, a passage without choices.
		document.passages[1]!.choices[0]!.to = 'loop-1';
		document.passages[2]!.choices[0]!.to = 'stuck';
		document.passages.push(
			passage('loop-1', ['loop-2']),
			passage('loop-2', ['loop-1']),
			passage('stuck', [])
		);
		expect(validateScenario(document)).toEqual([
			{ key: 'scenarios.problem_no_way_out', path: 'passages.0' },
			{ key: 'scenarios.problem_no_way_out', path: 'passages.1' },
			{ key: 'scenarios.problem_no_way_out', path: 'passages.2' },
			{ key: 'scenarios.problem_unreachable', path: 'passages.3' },
			{ key: 'scenarios.problem_unreachable', path: 'passages.4' },
			{ key: 'scenarios.problem_no_way_out', path: 'passages.5' },
			{ key: 'scenarios.problem_no_way_out', path: 'passages.6' },
			{ key: 'scenarios.problem_no_choice', path: 'passages.7.choices' }
		]);
	});

	it('accept loops that have a way out', () => {
		const document = smallScenario();
		document.passages[1]!.choices.push({ id: 'back', label: both('Retour'), to: 'start' });
		document.passages[2]!.choices.push({ id: 'back', label: both('Retour'), to: 'b' });
		expect(validateScenario(document)).toEqual([]);
	});

	it('accept a single passage that is both the start and an ending', () => {
		const document = smallScenario();
		document.passages = [ending('start')];
		expect(validateScenario(document)).toEqual([]);
	});
});

describe('scenario graph helpers', () => {
	it('find passages by id, the first one winning a duplicate', () => {
		const document = smallScenario();
		document.passages.push(passage('a', []));
		const index = passageIndex(document);
		expect(index.get('a')).toBe(1);
		expect(index.get('end-bad')).toBe(4);
		expect(index.size).toBe(5);
	});

	it('list the endings', () => {
		expect(endings(smallScenario())).toEqual(['end-good', 'end-bad']);
	});

	it('group passages into columns by distance from the start, unreached ones last', () => {
		const document = smallScenario();
		document.passages.push(passage('lost', ['end-good']));
		document.passages[2]!.choices.push({ id: 'back', label: both('Retour'), to: 'start' });
		expect(layers(document)).toEqual([['start'], ['a', 'b'], ['end-good', 'end-bad'], ['lost']]);
	});

	it('put every passage in the last column when the start names none', () => {
		const document = smallScenario();
		document.start = 'nowhere';
		expect(layers(document)).toEqual([['start', 'a', 'b', 'end-good', 'end-bad']]);
		document.passages = [];
		expect(layers(document)).toEqual([]);
	});
});

describe('generated scenarios', () => {
	const seeds = [1, 2, 3];
	const sizes = Array.from({ length: 300 }, (_, i) => i + 1);

	it('are valid, by the schema and by the publishing checks, for every size up to 300', () => {
		for (const size of sizes) {
			for (const seed of seeds) {
				const document = generateScenario({ passages: size, seed: size * 1000 + seed });
				expect(document.passages).toHaveLength(size);
				expect(scenarioDocument.safeParse(document).success).toBe(true);
				expect(validateScenario(document), `size ${size}, seed ${seed}`).toEqual([]);
			}
		}
	});

	it('are valid with many endings, a single ending, many extra choices or one language', () => {
		for (let seed = 1; seed <= 40; seed++) {
			const size = 1 + ((seed * 37) % 120);
			for (const options of [
				{ endings: size },
				{ endings: 1 },
				{ extraChoices: size * 4 },
				{ extraChoices: 0, languages: ['fr'] as ScenarioDocument['languages'] }
			]) {
				const document = generateScenario({ passages: size, seed, ...options });
				expect(scenarioDocument.safeParse(document).success).toBe(true);
				expect(validateScenario(document), `size ${size}, seed ${seed}`).toEqual([]);
			}
		}
	});

	it('are the same for the same seed and differ for another', () => {
		const first = generateScenario({ passages: 50, seed: 7 });
		expect(generateScenario({ passages: 50, seed: 7 })).toEqual(first);
		expect(generateScenario({ passages: 50, seed: 8 })).not.toEqual(first);
	});

	it('validate at the largest size the schema allows', () => {
		const document = generateScenario({ passages: 2000, seed: 2000 });
		expect(scenarioDocument.safeParse(document).success).toBe(true);
		expect(validateScenario(document)).toEqual([]);
		expect(layers(document).flat()).toHaveLength(2000);
	});

	it('put each reached passage one column after a passage that leads to it', () => {
		for (let seed = 1; seed <= 20; seed++) {
			const document = generateScenario({ passages: 20 + seed * 7, seed });
			const columns = layers(document);
			const column = new Map(columns.flatMap((ids, c) => ids.map((id) => [id, c] as const)));
			expect(columns[0]).toEqual([document.start]);
			expect(column.size).toBe(document.passages.length);
			for (const item of document.passages) {
				for (const choice of item.choices)
					expect(column.get(choice.to)!).toBeLessThanOrEqual(column.get(item.id)! + 1);
			}
		}
	});

	const cases = Array.from({ length: 60 }, (_, i) => ({
		seed: 100 + i,
		size: 2 + ((i * 53) % 250)
	}));

	it('report a passage as unreachable once every choice into it is gone', () => {
		for (const { seed, size } of cases) {
			const document = generateScenario({ passages: size, seed });
			const random = seed % size === 0 ? 1 : seed % size;
			const target = document.passages[random]!.id === document.start ? 0 : random;
			const id = document.passages[target]!.id;
			for (const item of document.passages)
				item.choices = item.choices.filter((choice) => choice.to !== id);
			const problems = validateScenario(document);
			expect(problems).toContainEqual({
				key: 'scenarios.problem_unreachable',
				path: `passages.${target}`
			});
			expect(graphProblems(problems)).toEqual(referenceGraphProblems(document));
		}
	});

	it('report a choice that points at a passage that does not exist', () => {
		for (const { seed, size } of cases) {
			const document = generateScenario({ passages: size, seed });
			const from = document.passages.findIndex((item) => item.choices.length > 0);
			const choice = document.passages[from]!.choices.length - 1;
			document.passages[from]!.choices[choice]!.to = 'missing';
			const problems = validateScenario(document);
			expect(problems).toContainEqual({
				key: 'scenarios.problem_dangling_choice',
				path: `passages.${from}.choices.${choice}`
			});
			expect(graphProblems(problems)).toEqual(referenceGraphProblems(document));
		}
	});

	it('report both passages of a loop with no way out', () => {
		for (const { seed, size } of cases) {
			const document = generateScenario({ passages: size, seed });
			// A middle passage and the passage a breadth-first walk reached it from: now only each other.
			const parent = new Map<string, string>([[document.start, document.start]]);
			const queue = [document.start];
			const index = passageIndex(document);
			while (queue.length > 0) {
				const id = queue.shift()!;
				for (const choice of document.passages[index.get(id)!]!.choices) {
					if (parent.has(choice.to)) continue;
					parent.set(choice.to, id);
					queue.push(choice.to);
				}
			}
			const child = document.passages.find((item) => !item.ending && item.id !== document.start);
			if (!child) continue;
			const from = document.passages[where(document, parent.get(child.id)!)]!;
			from.choices = [{ id: 'go', label: both('Aller'), to: child.id }];
			child.choices = [{ id: 'back', label: both('Revenir'), to: from.id }];
			const problems = validateScenario(document);
			for (const id of [from.id, child.id])
				expect(problems).toContainEqual({
					key: 'scenarios.problem_no_way_out',
					path: `passages.${where(document, id)}`
				});
			expect(graphProblems(problems)).toEqual(referenceGraphProblems(document));
		}
	});

	it('report an ending whose debrief was emptied', () => {
		for (const { seed, size } of cases) {
			const document = generateScenario({ passages: size, seed });
			const at = document.passages.findIndex((item) => item.ending);
			document.passages[at]!.debrief = {
				warningSigns: none(),
				protectiveStrategies: none(),
				help: none()
			};
			expect(validateScenario(document)).toEqual([
				{ key: 'scenarios.problem_no_debrief', path: `passages.${at}.debrief` }
			]);
		}
	});

	it('agree with the slow reference on randomly rewired scenarios', () => {
		for (let seed = 1; seed <= 150; seed++) {
			const document = generateScenario({ passages: 1 + (seed % 40), seed });
			const ids = document.passages.map((item) => item.id);
			const random = (n: number) => (seed * 7919 + n * 104729) % 1000;
			document.passages.forEach((item, i) => {
				if (random(i) < 150) item.choices = [];
				else if (random(i) < 300 && item.choices[0])
					item.choices[0].to = random(i + 1) < 500 ? ids[random(i + 2) % ids.length]! : 'gone';
			});
			expect(graphProblems(validateScenario(document)), `seed ${seed}`).toEqual(
				referenceGraphProblems(document)
			);
		}
	});
});
