// Seeded random scenarios that are valid by construction, for property tests and the benchmark:
// a random tree from the start, extra forward and backward choices, and a way to an ending from everywhere.
import type { Localized } from '../programs/document.ts';
import type { Passage, ScenarioDocument } from './scenario.ts';

/** A small deterministic pseudo-random generator (mulberry32): the same seed gives the same numbers. */
export function mulberry32(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export type GenerateOptions = {
	/** How many passages (at least 1; the schema allows up to 2,000). */
	passages: number;
	seed: number;
	/** How many endings; by default about one passage in eight. Kept where a valid graph is possible. */
	endings?: number;
	/** How many extra choices on top of the tree, forward or back; by default half the passages. */
	extraChoices?: number;
	languages?: ScenarioDocument['languages'];
};

/** Most choices a passage may have (the schema's limit). */
const MAX_CHOICES = 6;
/** Tree children per passage, leaving room for extra choices and a way out. */
const TREE_CHILDREN = MAX_CHOICES - 2;

const both = (text: string): Localized => ({ fr: `${text} (fr)`, en: `${text} (en)` });
const none = (): Localized => ({ fr: '', en: '' });

/** A valid scenario: every passage reachable from the start, and an ending reachable from every passage. */
export function generateScenario(options: GenerateOptions): ScenarioDocument {
	const size = Math.max(1, Math.floor(options.passages));
	const random = mulberry32(options.seed);
	const pick = (count: number) => Math.floor(random() * count);

	// Enough non-endings must stay to hold every other passage in the tree.
	const mostEndings = size === 1 ? 1 : size - Math.ceil((size - 1) / TREE_CHILDREN);
	const wanted = options.endings ?? Math.ceil(size / 8);
	const endingCount = Math.min(mostEndings, Math.max(1, Math.floor(wanted)));
	const middleCount = size - endingCount;

	// Passage k is created k-th: the start is 0 (an ending only when it is alone), then the middles.
	const isEnding = (k: number) => (size === 1 ? true : k >= middleCount);
	const choices: number[][] = Array.from({ length: size }, () => []);

	// A random tree: each passage hangs under an earlier middle passage with room left, often the latest
	// one, so that the story has long threads as well as wide branches.
	const open: number[] = [];
	for (let k = 0; k < size; k++) {
		if (k > 0) {
			const slot = random() < 0.5 ? open.length - 1 : pick(open.length);
			const parent = open[slot]!;
			choices[parent]!.push(k);
			if (choices[parent]!.length === TREE_CHILDREN) open.splice(slot, 1);
		}
		if (!isEnding(k)) open.push(k);
	}

	// Extra choices from middle passages to any other passage, forward or back, without repeats.
	const extra = Math.max(0, Math.floor(options.extraChoices ?? size / 2));
	for (let n = 0; n < extra && middleCount > 0; n++) {
		const from = pick(middleCount);
		const to = pick(size);
		const list = choices[from]!;
		if (to === from || list.length >= MAX_CHOICES - 1 || list.includes(to)) continue;
		list.push(to);
	}

	// A way out for every passage that cannot reach an ending yet: a choice straight to an ending, after
	// which every passage leading to it is saved as well.
	const leadsTo: number[][] = Array.from({ length: size }, () => []);
	choices.forEach((list, from) => list.forEach((to) => leadsTo[to]!.push(from)));
	const saved = new Uint8Array(size);
	const save = (k: number) => {
		const queue = [k];
		saved[k] = 1;
		while (queue.length > 0) {
			for (const from of leadsTo[queue.pop()!]!) {
				if (saved[from]) continue;
				saved[from] = 1;
				queue.push(from);
			}
		}
	};
	for (let k = 0; k < size; k++) if (isEnding(k) && !saved[k]) save(k);
	for (let k = size - 1; k >= 0; k--) {
		if (saved[k]) continue;
		const ending = middleCount + pick(endingCount);
		choices[k]!.push(ending);
		leadsTo[ending]!.push(k);
		save(k);
	}

	// Shuffle where each passage sits in the list, so that nothing may rely on the start coming first.
	const positions = Array.from({ length: size }, (_, k) => k);
	for (let i = size - 1; i > 0; i--) {
		const j = pick(i + 1);
		[positions[i], positions[j]] = [positions[j]!, positions[i]!];
	}
	const passageId = (k: number) => `p${k}`;
	const passages: Passage[] = positions.map((k) => ({
		id: passageId(k),
		text: both(`Passage ${k}`),
		speaker: none(),
		mood: null,
		contentWarning: none(),
		ending: isEnding(k),
		choices: choices[k]!.map((to, j) => ({
			id: `c${j}`,
			label: both(`Vers ${to}`),
			to: passageId(to)
		})),
		debrief: isEnding(k)
			? {
					warningSigns: both('Signes'),
					protectiveStrategies: both('Se protéger'),
					help: both('Aide')
				}
			: { warningSigns: none(), protectiveStrategies: none(), help: none() }
	}));

	return {
		schemaVersion: 1,
		title: both(`Scénario ${options.seed}`),
		summary: both('Résumé'),
		contentWarning: none(),
		languages: options.languages ?? ['fr', 'en'],
		start: passageId(0),
		passages
	};
}
