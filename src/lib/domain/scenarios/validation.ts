// What must be true before a scenario is published, and the graph facts the editor and the player share:
// every problem in one list, each pointing at its place, found in time linear in passages and choices.
import { missingText, type Problem } from '../publishing/problems.ts';
import type { ScenarioDocument } from './scenario.ts';

const DEBRIEF_FIELDS = ['warningSigns', 'protectiveStrategies', 'help'] as const;

/** Where each passage id sits in `document.passages`; with a duplicated id, the first passage wins. */
export function passageIndex(document: ScenarioDocument): Map<string, number> {
	const index = new Map<string, number>();
	document.passages.forEach((passage, i) => {
		if (!index.has(passage.id)) index.set(passage.id, i);
	});
	return index;
}

/** The ids of the passages that end the story, in document order. */
export function endings(document: ScenarioDocument): string[] {
	return document.passages.filter((passage) => passage.ending).map((passage) => passage.id);
}

/**
 * The choices as a graph over passage positions, in compressed rows: the passages `i` leads to are
 * `targets[offsets[i]]` up to `targets[offsets[i + 1]]`. The story stops at an ending, so an ending's
 * choices (a problem of their own) are not followed, and a choice to no passage leads nowhere.
 */
type Graph = { offsets: Int32Array; targets: Int32Array; index: Map<string, number> };

function graphOf(document: ScenarioDocument): Graph {
	const passages = document.passages;
	const index = passageIndex(document);
	const offsets = new Int32Array(passages.length + 1);
	const found: number[] = [];
	for (let i = 0; i < passages.length; i++) {
		const passage = passages[i]!;
		if (!passage.ending) {
			for (const choice of passage.choices) {
				const to = index.get(choice.to);
				if (to !== undefined) found.push(to);
			}
		}
		offsets[i + 1] = found.length;
	}
	return { offsets, targets: Int32Array.from(found), index };
}

/** Breadth-first depth of each passage from the start; -1 for passages the story never reaches. */
function depthsFrom(
	graph: Graph,
	start: number | undefined
): { depth: Int32Array; order: Int32Array } {
	const size = graph.offsets.length - 1;
	const depth = new Int32Array(size).fill(-1);
	const order = new Int32Array(size);
	if (start === undefined) return { depth, order: order.subarray(0, 0) };
	depth[start] = 0;
	order[0] = start;
	let head = 0;
	let tail = 1;
	while (head < tail) {
		const from = order[head++]!;
		for (let e = graph.offsets[from]!; e < graph.offsets[from + 1]!; e++) {
			const to = graph.targets[e]!;
			if (depth[to] !== -1) continue;
			depth[to] = depth[from]! + 1;
			order[tail++] = to;
		}
	}
	return { depth, order: order.subarray(0, tail) };
}

/** Which passages can still reach an ending: a breadth-first search from the endings, against the choices. */
function leadsToAnEnding(document: ScenarioDocument, graph: Graph): Uint8Array {
	const size = document.passages.length;
	const { offsets, targets } = graph;
	// Reverse the rows with a counting sort, so each passage lists the passages that lead to it.
	const reverseOffsets = new Int32Array(size + 1);
	for (let e = 0; e < targets.length; e++) reverseOffsets[targets[e]! + 1]!++;
	for (let i = 0; i < size; i++) reverseOffsets[i + 1]! += reverseOffsets[i]!;
	const fill = reverseOffsets.slice(0, size);
	const sources = new Int32Array(targets.length);
	for (let from = 0; from < size; from++) {
		for (let e = offsets[from]!; e < offsets[from + 1]!; e++) sources[fill[targets[e]!]!++] = from;
	}

	const reaches = new Uint8Array(size);
	const queue = new Int32Array(size);
	let tail = 0;
	document.passages.forEach((passage, i) => {
		if (passage.ending) {
			reaches[i] = 1;
			queue[tail++] = i;
		}
	});
	for (let head = 0; head < tail; head++) {
		const to = queue[head]!;
		for (let e = reverseOffsets[to]!; e < reverseOffsets[to + 1]!; e++) {
			const from = sources[e]!;
			if (reaches[from]) continue;
			reaches[from] = 1;
			queue[tail++] = from;
		}
	}
	return reaches;
}

/**
 * The passage ids grouped by distance from the start (the start alone first), for the editor's columns;
 * passages the story never reaches come last, in one group, in document order.
 */
export function layers(document: ScenarioDocument): string[][] {
	const graph = graphOf(document);
	const { depth, order } = depthsFrom(graph, graph.index.get(document.start));
	const columns: string[][] = [];
	for (const i of order) (columns[depth[i]!] ??= []).push(document.passages[i]!.id);
	const unreached = document.passages
		.filter((_, i) => depth[i] === -1)
		.map((passage) => passage.id);
	if (unreached.length > 0) columns.push(unreached);
	return columns;
}

/** Every problem that blocks publishing `document`; an empty list means it can be published. */
export function validateScenario(document: ScenarioDocument): Problem[] {
	const languages = document.languages;
	const passages = document.passages;
	const problems: Problem[] = [
		...missingText(document.title, 'title', languages),
		...missingText(document.summary, 'summary', languages)
	];
	if (passages.length === 0) {
		// The start cannot name a passage when there is none; saying so twice would not help.
		problems.push({ key: 'scenarios.problem_no_passage', path: 'passages' });
		return problems;
	}

	const graph = graphOf(document);
	const start = graph.index.get(document.start);
	const { depth } = depthsFrom(graph, start);
	const reachesAnEnding = leadsToAnEnding(document, graph);

	if (start === undefined) problems.push({ key: 'scenarios.problem_no_start', path: 'start' });
	if (!passages.some((passage) => passage.ending))
		problems.push({ key: 'scenarios.problem_no_ending', path: 'passages' });

	passages.forEach((passage, i) => {
		const at = `passages.${i}`;
		// A second passage with the same id is unreachable by construction: its duplicate id is the problem.
		const duplicate = graph.index.get(passage.id) !== i;
		if (duplicate)
			problems.push({
				key: 'scenarios.problem_duplicate_id',
				path: at,
				values: { id: passage.id }
			});
		else if (start !== undefined && depth[i] === -1)
			problems.push({ key: 'scenarios.problem_unreachable', path: at });
		// A dead end (no choice, or only choices to nowhere) is reported at its choices, not again here.
		const deadEnd = graph.offsets[i] === graph.offsets[i + 1];
		if (!passage.ending && !deadEnd && depth[i] !== -1 && !reachesAnEnding[i])
			problems.push({ key: 'scenarios.problem_no_way_out', path: at });

		problems.push(...missingText(passage.text, `${at}.text`, languages));

		if (passage.ending && passage.choices.length > 0)
			problems.push({ key: 'scenarios.problem_ending_with_choices', path: `${at}.choices` });
		if (!passage.ending && passage.choices.length === 0)
			problems.push({ key: 'scenarios.problem_no_choice', path: `${at}.choices` });
		const choiceIds = new Set<string>();
		passage.choices.forEach((choice, j) => {
			const here = `${at}.choices.${j}`;
			if (choiceIds.has(choice.id))
				problems.push({
					key: 'scenarios.problem_duplicate_id',
					path: here,
					values: { id: choice.id }
				});
			choiceIds.add(choice.id);
			if (!graph.index.has(choice.to))
				problems.push({ key: 'scenarios.problem_dangling_choice', path: here });
			problems.push(...missingText(choice.label, `${here}.label`, languages));
		});

		if (passage.ending) {
			const debrief = passage.debrief;
			const empty = DEBRIEF_FIELDS.every((field) =>
				languages.every((locale) => debrief[field][locale].trim() === '')
			);
			if (empty) problems.push({ key: 'scenarios.problem_no_debrief', path: `${at}.debrief` });
			else
				for (const field of DEBRIEF_FIELDS)
					problems.push(...missingText(debrief[field], `${at}.debrief.${field}`, languages));
		}
	});
	return problems;
}
