// Reads the starter content (content/*.yaml: the program and its workshops, decks, scenarios, and the texts they
// share) into documents, checked by the same schemas as everything else, with every problem given as file:line
// so that the professionals and youth who review the files can find it. content/README.md explains the format.
import { createHash } from 'node:crypto';
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import type { Localized, ProgramDocument } from '#lib/domain/programs/document.ts';
import { programDocument } from '#lib/domain/programs/document.ts';
import { typesetFrench } from '#lib/i18n/typography.ts';
import { TOOL_REGISTRY } from '#lib/domain/tools/registry.ts';
import type { AnyToolKind } from '#lib/domain/tools/tool-kind.ts';

/** The files, by path from the project's root ("content/decks/myths-and-realities.yaml"), and their text. */
export type ContentFiles = Record<string, string>;

export type ContentProblem = { file: string; line: number; message: string };

/** Where a value is: a file, a line, and its path inside the document (for messages). */
export type Place = { file: string; line: number; path: string };

/** One text of the content after shared texts are put in, with where it was written. */
export type ContentText = Place & { locale: 'fr' | 'en'; text: string };

export type StarterTool = {
	type: string;
	file: string;
	id: string;
	document: unknown;
	/** Where a path of the document was written. */
	placeOf(path: (string | number)[]): Place;
};

export type StarterContent = {
	program: ProgramDocument;
	tools: StarterTool[];
	/** Every French and English text, for the content checks. */
	texts: ContentText[];
	/** Where a path of the assembled program was written ("workshops.2.activities.1"). */
	placeOf(path: (string | number)[]): Place;
};

export const CONTENT_FOLDER = 'content';
const SHARED_FILE = `${CONTENT_FOLDER}/shared.yaml`;
const PROGRAM_FILE = `${CONTENT_FOLDER}/program/program.yaml`;
const PLACEHOLDER = /\{\{([a-z0-9-]+)\}\}/g;

type Parsed = { file: string; document: Document; lines: LineCounter; value: unknown };

/** A stable id for a starter tool, from its file (packages name tools by UUID). */
export function starterToolId(file: string): string {
	const hex = createHash('sha256').update(`partir-de-nous:${file}`).digest('hex');
	// A version 8 (custom) UUID with the RFC 4122 variant.
	const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

class Problems {
	readonly list: ContentProblem[] = [];
	add(place: { file: string; line: number }, message: string): void {
		this.list.push({ file: place.file, line: place.line, message });
	}
}

function parse(file: string, text: string, problems: Problems): Parsed | null {
	const lines = new LineCounter();
	const document = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
	for (const error of document.errors) {
		problems.add({ file, line: error.linePos?.[0]?.line ?? 1 }, error.message.split('\n')[0]!);
	}
	if (document.errors.length > 0) return null;
	return { file, document, lines, value: document.toJS() };
}

/** The line of the deepest node that exists along `path` (a missing field is reported at its parent). */
function lineOf(parsed: Parsed, path: readonly PropertyKey[]): number {
	for (let length = path.length; length >= 0; length--) {
		const node = parsed.document.getIn(path.slice(0, length) as unknown[], true) as
			{ range?: [number, number, number] } | undefined;
		if (node && typeof node === 'object' && node.range)
			return parsed.lines.linePos(node.range[0]).line;
	}
	return 1;
}

function describe(path: readonly PropertyKey[]): string {
	return path.map(String).join('.') || '(the whole file)';
}

/** The document as the schema reads it, or null with Zod's problems added, each at its line. */
function checked(
	parsed: Parsed,
	schema: z.ZodType,
	value: unknown,
	problems: Problems,
	locate: (path: readonly PropertyKey[]) => { parsed: Parsed; path: readonly PropertyKey[] } = (
		path
	) => ({ parsed, path })
): unknown {
	const result = schema.safeParse(value);
	if (result.success) return result.data;
	for (const issue of result.error.issues) {
		const where = locate(issue.path);
		problems.add(
			{ file: where.parsed.file, line: lineOf(where.parsed, where.path) },
			`${describe(where.path)}: ${issue.message}`
		);
	}
	return null;
}

function isLocalized(value: unknown): value is Localized {
	return (
		typeof value === 'object' &&
		value !== null &&
		!Array.isArray(value) &&
		Object.keys(value).sort().join() === 'en,fr'
	);
}

/** The shared texts: a name, then a text in French and one in English. */
function readShared(parsed: Parsed | null, problems: Problems): Map<string, Localized> {
	const shared = new Map<string, Localized>();
	if (!parsed) return shared;
	if (!parsed.value || typeof parsed.value !== 'object' || Array.isArray(parsed.value)) {
		problems.add({ file: parsed.file, line: 1 }, 'expected named texts, each with fr and en');
		return shared;
	}
	for (const [name, text] of Object.entries(parsed.value)) {
		const valid =
			/^[a-z0-9-]+$/.test(name) &&
			isLocalized(text) &&
			typeof text.fr === 'string' &&
			typeof text.en === 'string';
		if (valid) shared.set(name, text);
		else
			problems.add(
				{ file: parsed.file, line: lineOf(parsed, [name]) },
				`${name}: expected a name in lower case with fr and en texts`
			);
	}
	return shared;
}

/**
 * The value with every {{name}} in a French or English text replaced by that shared text; unknown names are
 * problems at their line. Texts are collected with their place.
 */
function putShared(
	parsed: Parsed,
	shared: Map<string, Localized>,
	problems: Problems,
	texts: ContentText[],
	prefix: readonly PropertyKey[] = []
): unknown {
	const walk = (value: unknown, path: PropertyKey[], locale?: 'fr' | 'en'): unknown => {
		if (typeof value === 'string') {
			if (!locale) return value;
			const inserted = value.replace(PLACEHOLDER, (whole, name: string) => {
				const found = shared.get(name);
				if (found) return found[locale];
				problems.add(
					{ file: parsed.file, line: lineOf(parsed, path) },
					`${describe(path)}: no shared text named “${name}” in ${SHARED_FILE}`
				);
				return whole;
			});
			// Reviewers type ordinary spaces; French texts get French typography (as the interface does).
			const text = locale === 'fr' ? typesetFrench(inserted) : inserted;
			texts.push({
				file: parsed.file,
				line: lineOf(parsed, path),
				path: describe([...prefix, ...path]),
				locale,
				text
			});
			return text;
		}
		if (Array.isArray(value))
			return value.map((item, index) => walk(item, [...path, index], locale));
		if (value && typeof value === 'object') {
			const localized = isLocalized(value);
			return Object.fromEntries(
				Object.entries(value).map(([key, item]) => [
					key,
					walk(item, [...path, key], localized ? (key as 'fr' | 'en') : locale)
				])
			);
		}
		return value;
	};
	return walk(parsed.value, []);
}

/**
 * An activity that uses a starter tool names its file ("deckId: decks/myths-and-realities.yaml"); the package
 * names tools by `starterToolId(file)`, so the file becomes that id. A missing file, or a file of another kind,
 * is a problem at that line.
 */
function pointAtToolFiles(
	workshops: unknown[],
	files: ContentFiles,
	registry: readonly AnyToolKind[],
	problem: (path: PropertyKey[], message: string) => void
): void {
	workshops.forEach((workshop, w) => {
		const activities = (workshop as { activities?: unknown } | null)?.activities;
		if (!Array.isArray(activities)) return;
		activities.forEach((activity: unknown, a) => {
			const settings = (activity as { settings?: unknown } | null)?.settings;
			if (!settings || typeof settings !== 'object') return;
			for (const [name, value] of Object.entries(settings as Record<string, unknown>)) {
				const kind = registry.find((entry) => entry.activity.field === name);
				if (!kind || typeof value !== 'string' || !value.endsWith('.yaml')) continue;
				const file = `${CONTENT_FOLDER}/${value}`;
				const path = [w, 'activities', a, 'settings', name];
				const where = `workshops.${w}.activities.${a}.settings.${name}`;
				if (!value.startsWith(`${kind.package.key}/`))
					problem(path, `${where}: expected a file of ${CONTENT_FOLDER}/${kind.package.key}/`);
				else if (files[file] === undefined) problem(path, `${where}: no tool file ${file}`);
				else (settings as Record<string, unknown>)[name] = starterToolId(file);
			}
		});
	});
}

/** Reads the content folder's files; the content, or every problem found. */
export function readContent(
	files: ContentFiles,
	registry: readonly AnyToolKind[] = TOOL_REGISTRY
): { ok: true; content: StarterContent } | { ok: false; problems: ContentProblem[] } {
	const problems = new Problems();
	const texts: ContentText[] = [];
	const load = (file: string): Parsed | null => {
		const text = files[file];
		if (text === undefined) return null;
		return parse(file, text, problems);
	};
	const shared = readShared(load(SHARED_FILE), problems);

	// The program: program.yaml lists its workshop files in order.
	const programFile = load(PROGRAM_FILE);
	if (!programFile) {
		if (files[PROGRAM_FILE] === undefined) problems.add({ file: PROGRAM_FILE, line: 1 }, 'missing');
		return { ok: false, problems: problems.list };
	}
	const program = putShared(programFile, shared, problems, texts) as Record<string, unknown>;
	const workshopFiles: (Parsed | null)[] = [];
	const listed = Array.isArray(program.workshops) ? program.workshops : [];
	if (!Array.isArray(program.workshops))
		problems.add(
			{ file: PROGRAM_FILE, line: lineOf(programFile, ['workshops']) },
			'workshops: expected the list of workshop files, in order'
		);
	const workshops = listed.map((name: unknown, index: number) => {
		const file = `${CONTENT_FOLDER}/program/${String(name)}`;
		const parsed = typeof name === 'string' && name.endsWith('.yaml') ? load(file) : null;
		workshopFiles.push(parsed);
		if (!parsed) {
			if (files[file] === undefined)
				problems.add(
					{ file: PROGRAM_FILE, line: lineOf(programFile, ['workshops', index]) },
					`workshops.${index}: no workshop file ${file}`
				);
			return null;
		}
		return putShared(parsed, shared, problems, texts, ['workshops', index]);
	});
	const assembled = { ...program, workshops };
	/** A path of the assembled program, in the file where it was written. */
	const locate = (path: readonly PropertyKey[]) => {
		const workshop = path[0] === 'workshops' && typeof path[1] === 'number' ? path[1] : null;
		const inWorkshop = workshop === null ? null : workshopFiles[workshop];
		return inWorkshop ? { parsed: inWorkshop, path: path.slice(2) } : { parsed: programFile, path };
	};
	pointAtToolFiles(assembled.workshops, files, registry, (path, message) => {
		const where = locate(['workshops', ...path]);
		problems.add({ file: where.parsed.file, line: lineOf(where.parsed, where.path) }, message);
	});
	const programDocumentRead = checked(programFile, programDocument, assembled, problems, locate);

	// Tools: one file per tool, in the folder of its kind's package key (content/decks/…).
	const tools: StarterTool[] = [];
	for (const kind of registry) {
		const folder = `${CONTENT_FOLDER}/${kind.package.key}/`;
		for (const file of Object.keys(files).sort()) {
			if (!file.startsWith(folder) || !file.endsWith('.yaml')) continue;
			const parsed = load(file);
			if (!parsed) continue;
			const document = putShared(parsed, shared, problems, texts);
			const read = checked(parsed, kind.package.accepts ?? kind.schema, document, problems);
			if (read)
				tools.push({
					type: kind.type,
					file,
					id: starterToolId(file),
					document: read,
					placeOf: (path) => ({ file, line: lineOf(parsed, path), path: describe(path) })
				});
		}
	}
	for (const file of Object.keys(files)) {
		const known =
			file === SHARED_FILE ||
			file === PROGRAM_FILE ||
			workshopFiles.some((parsed) => parsed?.file === file) ||
			registry.some((kind) => file.startsWith(`${CONTENT_FOLDER}/${kind.package.key}/`));
		if (file.endsWith('.yaml') && !known)
			problems.add(
				{ file, line: 1 },
				'not used: a workshop must be listed in program.yaml, a tool must be in its kind’s folder'
			);
	}

	if (problems.list.length > 0 || !programDocumentRead)
		return { ok: false, problems: problems.list };
	return {
		ok: true,
		content: {
			program: programDocumentRead as ProgramDocument,
			tools,
			texts,
			placeOf: (path) => {
				const where = locate(path);
				return {
					file: where.parsed.file,
					line: lineOf(where.parsed, where.path),
					path: describe(path)
				};
			}
		}
	};
}

/** Problems as the lines a reviewer reads: "content/decks/x.yaml:12: cards.3.source: Required". */
export function formatProblems(problems: readonly ContentProblem[]): string {
	return problems
		.map((problem) => `${problem.file}:${problem.line}: ${problem.message}`)
		.join('\n');
}
