// The content package: a published program version and the published tools it uses (decks, scenarios, the
// metadata of its videos) as one JSON file that another organisation can import as drafts. Documented in
// docs/content-package.md.
import { z } from 'zod';
import { TOOL_REGISTRY } from '../tools/registry.ts';
import type { AnyToolKind } from '../tools/tool-kind.ts';
import { programDocument, type ProgramDocument } from './document.ts';

export const PACKAGE_FORMAT = 'partir-de-nous/program-package';
/** 2: `references` holds the tools the program uses (1 had them always empty; both are read). */
export const PACKAGE_SCHEMA_VERSION = 2;

const reference = (document: z.ZodType) =>
	z
		.object({
			/** The tool's id where it was exported; activities refer to it by this id. */
			id: z.uuid(),
			version: z.number().int().min(1),
			document
		})
		.strict();

/** Larger files are refused before they are even read as JSON. */
export const PACKAGE_MAX_BYTES = 2 * 1024 * 1024;
/** Deeper nesting than any real package has is refused before parsing. */
export const PACKAGE_MAX_DEPTH = 16;

type Reference = { id: string; version: number; document: unknown };

export type ContentPackage = {
	format: typeof PACKAGE_FORMAT;
	schemaVersion: 1 | typeof PACKAGE_SCHEMA_VERSION;
	exportedAt: string;
	program: { version: number; document: ProgramDocument };
	/** The tools the program uses, by each kind's package key ("decks", "scenarios", "media"). */
	references: Record<string, Reference[]> & { questionnaires: unknown[] };
};

/** The package's shape for a registry of tool kinds (each kind's key, what an imported one must look like). */
export function contentPackageFor(tools: readonly AnyToolKind[]) {
	return z
		.object({
			format: z.literal(PACKAGE_FORMAT),
			schemaVersion: z.union([z.literal(1), z.literal(PACKAGE_SCHEMA_VERSION)]),
			exportedAt: z.iso.datetime(),
			program: z.object({ version: z.number().int().min(1), document: programDocument }).strict(),
			// Questionnaires come with evaluation.
			references: z
				.object({
					...Object.fromEntries(
						tools.map((kind) => [
							kind.package.key,
							z.array(reference(kind.package.accepts ?? kind.schema)).max(50)
						])
					),
					questionnaires: z.array(z.unknown()).max(0)
				})
				.strict()
		})
		.strict() as unknown as z.ZodType<ContentPackage>;
}

export const contentPackage = contentPackageFor(TOOL_REGISTRY);

/** A published tool the program uses, as exported: its content type, id, version and document. */
export type PackagedTool = { type: string; id: string; version: number; document: unknown };

export function buildPackage(
	version: number,
	document: ProgramDocument,
	tools: readonly PackagedTool[] = [],
	now = new Date(),
	registry: readonly AnyToolKind[] = TOOL_REGISTRY
): ContentPackage {
	const references: Record<string, Reference[]> = Object.fromEntries(
		registry.map((kind) => [kind.package.key, []])
	);
	for (const tool of tools) {
		const kind = registry.find((entry) => entry.type === tool.type);
		if (!kind) continue;
		const travels = kind.package.travels as ((document: unknown) => unknown) | undefined;
		references[kind.package.key]!.push({
			id: tool.id,
			version: tool.version,
			document: travels ? travels(tool.document) : tool.document
		});
	}
	return {
		format: PACKAGE_FORMAT,
		schemaVersion: PACKAGE_SCHEMA_VERSION,
		exportedAt: now.toISOString(),
		program: { version, document },
		references: { ...references, questionnaires: [] }
	};
}

/** The tools of a package with their type, for the importer. */
export function packagedTools(
	value: ContentPackage,
	registry: readonly AnyToolKind[] = TOOL_REGISTRY
): PackagedTool[] {
	return registry.flatMap((kind) =>
		(value.references[kind.package.key] ?? []).map((tool) => ({ type: kind.type, ...tool }))
	);
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
	text: string,
	shape: z.ZodType<ContentPackage> = contentPackage
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
	const parsed = shape.safeParse(json);
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
