// Material a co-design group drafts (phase 2). Each kind (a deck, a scenario, a workshop: one file each in
// kinds/, one line in MATERIAL_KINDS) says which texts a youth can write in it, one at a time, addressed by a stable
// path ("title", "cards.<card id>.statement"), what can be added where, and how a pilot runs it; suggestions,
// history and the youth-hold-the-pen rule then work on every kind alike. Browser-safe: the page lists the same
// texts the server writes.
import type { MessageKey } from '#lib/i18n/catalogue.ts';
import type { Workshop } from '../programs/document.ts';
import type { Problem } from '../publishing/problems.ts';

export type Language = 'fr' | 'en';

/** A part of a material: a card, a passage of the story, an activity of the workshop. */
export type Part = {
	kind: 'card' | 'passage' | 'activity';
	/** Its id in the document (stable while its number changes as parts come and go). */
	id?: string;
	/** Its number from 1, in the material's order. */
	number: number;
	/** What the page says about it besides its number (catalogue: material.tag.<tag>), e.g. "start", "ending". */
	tags: string[];
};

/** One value a choice can take, with its label (a catalogue key and its number, if any). */
export type SlotChoice = { value: string; label: MessageKey; number?: number; preview?: string };

/** One text of a material, as its page shows it: what it is, its value, how long it may be, or its choices. */
export type TextSlot = {
	path: string;
	/** What it is (catalogue: material.slot.<field>, given `number`). */
	field: string;
	/** Its number among its kind in its part (the 2nd choice, the 3rd prompt). */
	number?: number;
	/** The part it belongs to, or null for the material's own texts. */
	part: Part | null;
	value: string;
	max: number;
	/** For a choice (a card's answer, where a story's choice leads), the values it can take. */
	choices?: readonly SlotChoice[];
};

/** Something that can be added (a card, a choice that leads to a new passage, an activity), and where. */
export type Addition = {
	op: string;
	/** The part it is added to (a passage's id), or null for the material itself. */
	at: string | null;
	/** Shown on the part of that number, or at the end of the material when null. */
	part: number | null;
	label: MessageKey;
};

/**
 * A part that can be taken out because nothing is written in it (a card added by mistake, a passage not written
 * yet): nobody's words are lost, so it needs no confirmation.
 */
export type Removal = {
	at: string;
	part: number;
	label: MessageKey;
	/** The texts it takes away (paths, or prefixes ending in "."), which must have no suggestion waiting. */
	paths: string[];
	/** When it is one item of a list in the part (the last question), which one. */
	item?: { field: string; number: number };
};

/** How a pilot runs the material: as the activity of its tool kind, or as the workshop it is. */
export type PilotPlan =
	{ activity: { kind: string; settings: Record<string, unknown> } } | { workshop: Workshop };

/** What a material can use besides itself: the organisation's published tools, for a workshop's activities. */
export type MaterialContext = {
	/** Each tool by the activity that plays it ("card-game"), its id and its title in the material's language. */
	tools: readonly { activity: string; id: string; title: string }[];
};

export type MaterialKindSpec<D> = {
	kind: string;
	/** The content store keeping it: a tool kind's segment ("decks") or "programs". */
	store: string;
	/** The page's words: what it is called, and how its size reads ("{count} cards"). */
	label: MessageKey;
	size: MessageKey;
	/** A new document with its title; ids it needs from `newId`. */
	create: (title: string, language: Language, newId: () => string) => D;
	title: (document: D, language: Language) => string;
	count: (document: D) => number;
	/** Whether its texts or additions depend on the organisation's tools (then given as `context`). */
	usesTools?: boolean;
	slots: (document: D, language: Language, context?: MaterialContext) => TextSlot[];
	/** The document with the text at `slot` set to `value` (already checked against the slot). */
	set: (document: D, language: Language, slot: TextSlot, value: string) => D;
	additions: (document: D, context?: MaterialContext) => Addition[];
	/** The document with `op` added at `at` (an addition it listed), new ids taken from `newId`. */
	add: (document: D, language: Language, op: string, at: string | null, newId: () => string) => D;
	removals: (document: D, language: Language) => Removal[];
	/** The document without the part at `at` (a removal it listed). */
	remove: (document: D, at: string) => D;
	/** The part a publishing problem points at (its number from 1), or null for the whole material. */
	partOf: (path: string) => number | null;
	pilot: (itemId: string, document: D, language: Language) => PilotPlan;
};

/** The kind's rules with what it can use bound in: its texts and additions offer those tools. */
export function inContext<D>(
	spec: MaterialKindSpec<D>,
	context: MaterialContext
): MaterialKindSpec<D> {
	return {
		...spec,
		slots: (document, language) => spec.slots(document, language, context),
		additions: (document) => spec.additions(document, context)
	};
}

/** The slot at `path`, or undefined. */
export function slotAt<D>(
	spec: MaterialKindSpec<D>,
	document: D,
	language: Language,
	path: string
): TextSlot | undefined {
	return spec.slots(document, language).find((slot) => slot.path === path);
}

/** The document with one text changed; null when the path names no text of it or the value does not fit. */
export function withText<D>(
	spec: MaterialKindSpec<D>,
	document: D,
	language: Language,
	path: string,
	value: string
): D | null {
	const slot = slotAt(spec, document, language, path);
	if (!slot || value.length > slot.max) return null;
	if (slot.choices && !slot.choices.some((choice) => choice.value === value)) return null;
	return spec.set(document, language, slot, value);
}

/** The document with `op` added at `at`; null when the material does not offer it (full, or unknown). */
export function withAddition<D>(
	spec: MaterialKindSpec<D>,
	document: D,
	language: Language,
	op: string,
	at: string | null,
	newId: () => string
): D | null {
	if (!spec.additions(document).some((item) => item.op === op && item.at === at)) return null;
	return spec.add(document, language, op, at, newId);
}

/** The document without the empty part at `at`; null when it is not one (written in since, or not there). */
export function withRemoval<D>(
	spec: MaterialKindSpec<D>,
	document: D,
	language: Language,
	at: string
): D | null {
	if (!spec.removals(document, language).some((item) => item.at === at)) return null;
	return spec.remove(document, at);
}

/** Whether `path` is one of the texts a removal takes away. */
export const removes = (removal: Pick<Removal, 'paths'>, path: string): boolean =>
	removal.paths.some((item) => (item.endsWith('.') ? path.startsWith(item) : path === item));

/** The numbers of the parts in which nothing is written (choices aside) among `slots`. */
export function emptyParts(slots: readonly TextSlot[]): Set<number> {
	const written = new Set<number>();
	const parts = new Set<number>();
	for (const slot of slots) {
		if (!slot.part) continue;
		parts.add(slot.part.number);
		if (!slot.choices && slot.value.trim() !== '') written.add(slot.part.number);
	}
	return new Set([...parts].filter((number) => !written.has(number)));
}

/**
 * How the history records a part added or taken out, with its place at that moment: "+card.3",
 * "+passage.1.choice.2", "-activity.2.prompt.3". Read back by `structuralChange`.
 */
export function structuralPath(
	sign: '+' | '-',
	part: Pick<Part, 'kind' | 'number'>,
	item?: { field: string; number?: number }
): string {
	const where = `${sign}${part.kind}.${part.number}`;
	return item ? `${where}.${item.field}.${item.number ?? 0}` : where;
}

/** The part (and item) a structural history path names, or null for a text's path. */
export function structuralChange(path: string): {
	change: 'added' | 'removed';
	part: Part;
	item: { field: string; number?: number } | null;
} | null {
	const match = /^([+-])(card|passage|activity)\.(\d+)(?:\.([a-z_]+)\.(\d+))?$/.exec(path);
	if (!match) return null;
	const [, sign, kind, number, field, item] = match;
	return {
		change: sign === '+' ? 'added' : 'removed',
		part: { kind: kind as Part['kind'], number: Number(number), tags: [] },
		item: field ? { field, ...(Number(item) > 0 ? { number: Number(item) } : {}) } : null
	};
}

/** The history path of what an addition made: the first text it brought, as a new part or an item of one. */
export function additionPath(
	before: readonly TextSlot[],
	after: readonly TextSlot[]
): string | null {
	const known = new Set(before.map((slot) => slot.path));
	const parts = new Set(before.map((slot) => slot.part?.id));
	const added = after.find((slot) => !known.has(slot.path));
	if (!added?.part) return null;
	return parts.has(added.part.id)
		? structuralPath('+', added.part, { field: added.field, number: added.number })
		: structuralPath('+', added.part);
}

/** What the group is told about a publishing problem, when it is more than a text still to write. */
const YOUTH_PROBLEMS: Partial<Record<string, MessageKey>> = {
	'scenarios.problem_unreachable': 'material.problem.unreachable',
	'scenarios.problem_no_way_out': 'material.problem.no_way_out',
	'scenarios.problem_no_ending': 'material.problem.no_ending',
	'scenarios.problem_no_choice': 'material.problem.no_choice',
	'programs.problem_no_activity': 'material.problem.no_activity',
	'programs.problem_too_long': 'material.problem.too_long',
	'programs.problem_no_prompt': 'material.problem.no_prompt'
};

/** Whether a problem is about the material's structure (told in youth words) rather than a text to write. */
export const isStructural = (key: string): boolean => key in YOUTH_PROBLEMS;

/** The problems a co-design group can act on, each on its part, in youth words; missing texts are counted apart. */
export function youthProblems<D>(
	spec: MaterialKindSpec<D>,
	problems: readonly Problem[]
): { key: MessageKey; part: number | null }[] {
	const seen = new Set<string>();
	return problems.flatMap((problem) => {
		const key = YOUTH_PROBLEMS[problem.key];
		const part = spec.partOf(problem.path);
		if (!key || seen.has(`${key}:${part}`)) return [];
		seen.add(`${key}:${part}`);
		return [{ key, part }];
	});
}

/** The part number a problem path points at, for a material whose parts are the list `list` ("passages.3.text" → 4). */
export function partInList(list: string, path: string): number | null {
	const match = new RegExp(`^${list}\\.(\\d+)(\\.|$)`).exec(path);
	return match ? Number(match[1]) + 1 : null;
}
