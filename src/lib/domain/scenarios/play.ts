// Playing a scenario: one passage at a time, a choice leads on, back goes one step back; at an ending,
// the path taken is shown with the debrief. The play is a list of steps, nothing else.
import type { Choice, Passage, ScenarioDocument } from './scenario.ts';
import { passageIndex } from './validation.ts';

export type Step = { passage: string; choice: string | null };
/** The steps taken so far; the last one is where the reader is (its `choice` is null). */
export type ScenarioPlay = readonly Step[];

export function startScenario(document: ScenarioDocument): ScenarioPlay {
	return [{ passage: document.start, choice: null }];
}

export function passageOf(document: ScenarioDocument, id: string): Passage | null {
	const index = passageIndex(document).get(id);
	return index === undefined ? null : document.passages[index]!;
}

export function currentPassage(document: ScenarioDocument, play: ScenarioPlay): Passage | null {
	const last = play.at(-1);
	return last ? passageOf(document, last.passage) : null;
}

/** Follows a choice of the current passage; an unknown choice, or one to nowhere, changes nothing. */
export function choose(
	document: ScenarioDocument,
	play: ScenarioPlay,
	choiceId: string
): ScenarioPlay {
	const here = currentPassage(document, play);
	if (!here || here.ending) return play;
	const choice = here.choices.find((item) => item.id === choiceId);
	if (!choice || !passageOf(document, choice.to)) return play;
	return [
		...play.slice(0, -1),
		{ passage: here.id, choice: choice.id },
		{ passage: choice.to, choice: null }
	];
}

export function goBack(play: ScenarioPlay): ScenarioPlay {
	if (play.length <= 1) return play;
	const previous = play.at(-2)!;
	return [...play.slice(0, -2), { passage: previous.passage, choice: null }];
}

export function atEnding(document: ScenarioDocument, play: ScenarioPlay): boolean {
	return currentPassage(document, play)?.ending ?? false;
}

/** The path taken: each passage passed through and the choice made there. */
export function pathTaken(
	document: ScenarioDocument,
	play: ScenarioPlay
): { passage: Passage; choice: Choice }[] {
	return play.flatMap((step) => {
		const passage = passageOf(document, step.passage);
		const choice = passage?.choices.find((item) => item.id === step.choice);
		return passage && choice ? [{ passage, choice }] : [];
	});
}

/**
 * Where a reader is, as a short text for the page's address (so a pause, a reload or the browser's Back
 * return to the same passage): "s" (she has begun), then the position of each choice she made within its
 * passage ("s.0.1.1"). Positions, not choice ids: ids are words an author wrote ("c-send-photo"), and the
 * address stays in the browser's history.
 */
export function encodeScenarioPlay(document: ScenarioDocument, play: ScenarioPlay): string {
	const positions = play.flatMap((step) => {
		if (!step.choice) return [];
		const passage = passageOf(document, step.passage);
		return [passage?.choices.findIndex((choice) => choice.id === step.choice) ?? -1];
	});
	return ['s', ...positions].join('.');
}

/**
 * The play an address holds, replayed from the start (it stops at the first position that does not fit), or
 * null when the address holds none (she has not begun).
 */
export function decodeScenarioPlay(
	document: ScenarioDocument,
	text: string | null
): ScenarioPlay | null {
	if (!text || text.length > 4000) return null;
	const [begun, ...positions] = text.split('.');
	if (begun !== 's') return null;
	let play = startScenario(document);
	for (const position of positions) {
		if (!/^\d{1,3}$/.test(position)) break;
		const choice = currentPassage(document, play)?.choices[Number(position)];
		const next = choice ? choose(document, play, choice.id) : play;
		if (next === play) break;
		play = next;
	}
	return play;
}
