// The content package: a published program version and the published tools it uses (decks, scenarios, the
// metadata of its videos) as one JSON file that another organisation can import as drafts. Documented in
// docs/content-package.md.
import { z } from 'zod';
import { deckDocument, type DeckDocument } from '../cards/deck.ts';
import { videoDocument, type VideoDocument } from '../media/video.ts';
import { scenarioDocument, type ScenarioDocument } from '../scenarios/scenario.ts';
import { programDocument, type ProgramDocument } from './document.ts';

export const PACKAGE_FORMAT = 'partir-de-nous/program-package';
/** 2: `references` holds the tools the program uses (1 had them always empty; both are read). */
export const PACKAGE_SCHEMA_VERSION = 2;

const reference = <D extends z.ZodType>(document: D) =>
	z
		.object({
			/** The tool's id where it was exported; activities refer to it by this id. */
			id: z.uuid(),
			version: z.number().int().min(1),
			document
		})
		.strict();

/** Videos travel without their files: the importing organisation uploads its own. */
const videoMetadata = videoDocument.refine(
	(video) =>
		video.video === null &&
		video.poster === null &&
		video.captions.fr === null &&
		video.captions.en === null,
	{ message: 'files are not part of a package' }
);
/** Larger files are refused before they are even read as JSON. */
export const PACKAGE_MAX_BYTES = 2 * 1024 * 1024;
/** Deeper nesting than any real package has is refused before parsing. */
export const PACKAGE_MAX_DEPTH = 16;

export const contentPackage = z
	.object({
		format: z.literal(PACKAGE_FORMAT),
		schemaVersion: z.union([z.literal(1), z.literal(PACKAGE_SCHEMA_VERSION)]),
		exportedAt: z.iso.datetime(),
		program: z.object({ version: z.number().int().min(1), document: programDocument }).strict(),
		/** The decks, scenarios and video metadata the program uses; questionnaires come with evaluation. */
		references: z
			.object({
				decks: z.array(reference(deckDocument)).max(50),
				scenarios: z.array(reference(scenarioDocument)).max(50),
				media: z.array(reference(videoMetadata)).max(50),
				questionnaires: z.array(z.unknown()).max(0)
			})
			.strict()
	})
	.strict();
export type ContentPackage = z.infer<typeof contentPackage>;

/** A published tool the program uses, as exported. */
export type PackagedTool =
	| { type: 'deck'; id: string; version: number; document: DeckDocument }
	| { type: 'scenario'; id: string; version: number; document: ScenarioDocument }
	| { type: 'video'; id: string; version: number; document: VideoDocument };

export function buildPackage(
	version: number,
	document: ProgramDocument,
	tools: readonly PackagedTool[] = [],
	now = new Date()
): ContentPackage {
	const decks: ContentPackage['references']['decks'] = [];
	const scenarios: ContentPackage['references']['scenarios'] = [];
	const media: ContentPackage['references']['media'] = [];
	for (const tool of tools) {
		const { id, version } = tool;
		if (tool.type === 'deck') decks.push({ id, version, document: tool.document });
		else if (tool.type === 'scenario') scenarios.push({ id, version, document: tool.document });
		else {
			const files = { video: null, poster: null, captions: { fr: null, en: null } };
			media.push({ id, version, document: { ...tool.document, ...files } });
		}
	}
	return {
		format: PACKAGE_FORMAT,
		schemaVersion: PACKAGE_SCHEMA_VERSION,
		exportedAt: now.toISOString(),
		program: { version, document },
		references: {
			decks,
			scenarios,
			media,
			questionnaires: []
		}
	};
}

/** The tools of a package with their type, for the importer. */
export function packagedTools(value: ContentPackage): PackagedTool[] {
	const { decks, scenarios, media } = value.references;
	return [
		...decks.map((tool) => ({ type: 'deck' as const, ...tool })),
		...scenarios.map((tool) => ({ type: 'scenario' as const, ...tool })),
		...media.map((tool) => ({ type: 'video' as const, ...tool }))
	];
}

export type PackageProblem = {
	key:
		| 'packages.too_large'
		| 'packages.too_deep'
		| 'packages.not_json'
		| 'packages.invalid'
		| 'packages.markup';
	detail?: string;
};

/** The deepest nesting of brackets in `text`, counted without parsing (strings are skipped). */
export function nestingDepth(text: string): number {
	let depth = 0;
	let deepest = 0;
	let inString = false;
	for (let i = 0; i < text.length; i++) {
		const char = text[i];
		if (inString) {
			if (char === '\\') i++;
			else if (char === '"') inString = false;
		} else if (char === '"') inString = true;
		else if (char === '{' || char === '[') deepest = Math.max(deepest, ++depth);
		else if (char === '}' || char === ']') depth--;
	}
	return deepest;
}

/** Markup in a text is refused: texts are markdown, and nothing in a package may smuggle HTML. */
const MARKUP = /<\s*\/?\s*[a-z!]/i;

function findMarkup(value: unknown, path: string): string | null {
	if (typeof value === 'string') return MARKUP.test(value) ? path : null;
	if (Array.isArray(value)) {
		for (const [index, item] of value.entries()) {
			const found = findMarkup(item, `${path}.${index}`);
			if (found) return found;
		}
		return null;
	}
	if (value && typeof value === 'object') {
		for (const [key, item] of Object.entries(value)) {
			const found = findMarkup(item, path ? `${path}.${key}` : key);
			if (found) return found;
		}
	}
	return null;
}

/**
 * Reads an uploaded package: size, nesting, JSON, the exact shape, and no markup. Returns the package or
 * the first problem, with where it is.
 */
export function readPackage(
	text: string
): { ok: true; value: ContentPackage } | { ok: false; problem: PackageProblem } {
	if (new TextEncoder().encode(text).length > PACKAGE_MAX_BYTES)
		return { ok: false, problem: { key: 'packages.too_large' } };
	if (nestingDepth(text) > PACKAGE_MAX_DEPTH)
		return { ok: false, problem: { key: 'packages.too_deep' } };
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return { ok: false, problem: { key: 'packages.not_json' } };
	}
	const parsed = contentPackage.safeParse(json);
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		return {
			ok: false,
			problem: { key: 'packages.invalid', detail: issue.path.join('.') || '(root)' }
		};
	}
	const markup =
		findMarkup(parsed.data.program.document, 'program.document') ??
		findMarkup(parsed.data.references, 'references');
	if (markup) return { ok: false, problem: { key: 'packages.markup', detail: markup } };
	return { ok: true, value: parsed.data };
}
