// Checks playing a scenario: choices lead on, back goes one step back, the path taken is kept in order.
// (Every path of the starter scenarios is walked in server/starter/scenarios.test.ts.)
import { describe, expect, it } from 'vitest';
import {
	atEnding,
	choose,
	currentPassage,
	decodeScenarioPlay,
	encodeScenarioPlay,
	goBack,
	pathTaken,
	startScenario,
	type ScenarioPlay
} from './play.ts';
import { emptyScenario, type ScenarioDocument } from './scenario.ts';
import { both, ending, passage } from './test-scenarios.ts';

/** p1 → a | b; a → end-good | p1 (a way back); b → end-bad. */
function smallScenario(): ScenarioDocument {
	return {
		...emptyScenario(both('Une soirée')),
		passages: [
			passage('p1', ['a', 'b']),
			passage('a', ['end-good', 'p1']),
			passage('b', ['end-bad']),
			ending('end-good'),
			ending('end-bad')
		]
	};
}

/** Follows the named choices one after the other. */
const follow = (document: ScenarioDocument, choices: string[]): ScenarioPlay =>
	choices.reduce((play, choice) => choose(document, play, choice), startScenario(document));

const ids = (document: ScenarioDocument, play: ScenarioPlay) =>
	pathTaken(document, play).map(({ passage, choice }) => `${passage.id}.${choice.id}`);

describe('playing a scenario', () => {
	it('start at the start passage, with no path taken yet', () => {
		const document = smallScenario();
		const play = startScenario(document);
		expect(play).toEqual([{ passage: 'p1', choice: null }]);
		expect(currentPassage(document, play)).toBe(document.passages[0]);
		expect(atEnding(document, play)).toBe(false);
		expect(pathTaken(document, play)).toEqual([]);
	});

	it('follow a choice to the passage it leads to, without changing the play before', () => {
		const document = smallScenario();
		const before = startScenario(document);
		const after = choose(document, before, 'to-b');
		expect(after).toEqual([
			{ passage: 'p1', choice: 'to-b' },
			{ passage: 'b', choice: null }
		]);
		expect(currentPassage(document, after)).toBe(document.passages[2]);
		expect(before).toEqual([{ passage: 'p1', choice: null }]);
	});

	it('change nothing for a choice id the current passage does not offer', () => {
		const document = smallScenario();
		const play = startScenario(document);
		expect(choose(document, play, 'no-such-choice')).toBe(play);
		// `to-end-good` exists, but on passage a, not here.
		expect(choose(document, play, 'to-end-good')).toBe(play);
	});

	it('change nothing for a choice that leads to no passage', () => {
		const document = smallScenario();
		document.passages[0]!.choices[0]!.to = 'nowhere';
		const play = startScenario(document);
		expect(choose(document, play, 'to-a')).toBe(play);
	});

	it('reach an ending, where no choice leads on', () => {
		const document = smallScenario();
		const play = follow(document, ['to-a', 'to-end-good']);
		expect(currentPassage(document, play)?.id).toBe('end-good');
		expect(atEnding(document, play)).toBe(true);
		// An ending that wrongly offers a choice still ends the story.
		document.passages[3]!.choices = [{ id: 'again', label: both('Encore'), to: 'p1' }];
		expect(choose(document, play, 'again')).toBe(play);
	});

	it('be at an ending from the start when the start passage is one', () => {
		const document: ScenarioDocument = {
			...emptyScenario(both('Court')),
			passages: [ending('p1')]
		};
		expect(atEnding(document, startScenario(document))).toBe(true);
	});

	it('go back to the previous passage, forgetting the choice made there', () => {
		const document = smallScenario();
		const atEnd = follow(document, ['to-a', 'to-end-good']);
		const back = goBack(atEnd);
		expect(back).toEqual([
			{ passage: 'p1', choice: 'to-a' },
			{ passage: 'a', choice: null }
		]);
		expect(atEnding(document, back)).toBe(false);
		expect(goBack(back)).toEqual(startScenario(document));
	});

	it('change nothing when going back at the start', () => {
		const document = smallScenario();
		const play = startScenario(document);
		expect(goBack(play)).toBe(play);
	});

	it('take another choice after going back, and show only the new path', () => {
		const document = smallScenario();
		const play = choose(document, goBack(follow(document, ['to-a'])), 'to-b');
		expect(currentPassage(document, play)?.id).toBe('b');
		expect(ids(document, play)).toEqual(['p1.to-b']);
	});

	it('list the passages passed through and the choices made there, in order', () => {
		const document = smallScenario();
		const play = follow(document, ['to-a', 'to-p1', 'to-b', 'to-end-bad']);
		const path = pathTaken(document, play);
		expect(path.map(({ passage }) => passage)).toEqual([
			document.passages[0],
			document.passages[1],
			document.passages[0],
			document.passages[2]
		]);
		expect(path.map(({ choice }) => choice)).toEqual([
			document.passages[0]!.choices[0],
			document.passages[1]!.choices[1],
			document.passages[0]!.choices[1],
			document.passages[2]!.choices[0]
		]);
		expect(atEnding(document, play)).toBe(true);
		expect(ids(document, goBack(goBack(play)))).toEqual(['p1.to-a', 'a.to-p1']);
	});

	it('show nothing when the start names no passage', () => {
		const document = smallScenario();
		document.start = 'nowhere';
		const play = startScenario(document);
		expect(currentPassage(document, play)).toBeNull();
		expect(atEnding(document, play)).toBe(false);
		expect(choose(document, play, 'to-a')).toBe(play);
		expect(pathTaken(document, play)).toEqual([]);
	});
});

describe('keeping her place in the page address', () => {
	it('comes back to the same passage by the same path, after going back too', () => {
		const document = smallScenario();
		for (const choices of [[], ['to-a'], ['to-a', 'to-p1', 'to-b'], ['to-b', 'to-end-bad']]) {
			const play = follow(document, choices);
			expect(decodeScenarioPlay(document, encodeScenarioPlay(document, play))).toEqual(play);
			const backOne = goBack(play);
			expect(decodeScenarioPlay(document, encodeScenarioPlay(document, backOne))).toEqual(backOne);
			// Only positions: nothing an author wrote goes into the address and its history.
			expect(encodeScenarioPlay(document, play)).toMatch(/^s(\.\d+)*$/);
		}
	});

	it('stops at the first choice that does not fit, and starts over on nonsense', () => {
		const document = smallScenario();
		expect(decodeScenarioPlay(document, 's.0.9.0')).toEqual(follow(document, ['to-a']));
		expect(decodeScenarioPlay(document, 's')).toEqual(startScenario(document));
		for (const nonsense of [null, '', 'to-a', 'x'.repeat(5000)])
			expect(decodeScenarioPlay(document, nonsense)).toBeNull();
	});
});
