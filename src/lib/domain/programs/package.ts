// The content package: a published program version (and, later, what it refers to) as one JSON file that
// another organisation can import as a draft. Documented in docs/content-package.md.
import { z } from 'zod';
import { programDocument, type ProgramDocument } from './document.ts';

export const PACKAGE_FORMAT = 'partir-de-nous/program-package';
export const PACKAGE_SCHEMA_VERSION = 1;
/** Larger files are refused before they are even read as JSON. */
export const PACKAGE_MAX_BYTES = 2 * 1024 * 1024;
/** Deeper nesting than any real package has is refused before parsing. */
export const PACKAGE_MAX_DEPTH = 16;

export const contentPackage = z
	.object({
		format: z.literal(PACKAGE_FORMAT),
		schemaVersion: z.literal(PACKAGE_SCHEMA_VERSION),
		exportedAt: z.iso.datetime(),
		program: z.object({ version: z.number().int().min(1), document: programDocument }).strict(),
		/** Decks, scenarios, media metadata and questionnaires the program uses (added by their modules). */
		references: z
			.object({
				decks: z.array(z.unknown()).max(0),
				scenarios: z.array(z.unknown()).max(0),
				media: z.array(z.unknown()).max(0),
				questionnaires: z.array(z.unknown()).max(0)
			})
			.strict()
	})
	.strict();
export type ContentPackage = z.infer<typeof contentPackage>;

export function buildPackage(
	version: number,
	document: ProgramDocument,
	now = new Date()
): ContentPackage {
	return {
		format: PACKAGE_FORMAT,
		schemaVersion: PACKAGE_SCHEMA_VERSION,
		exportedAt: now.toISOString(),
		program: { version, document },
		references: { decks: [], scenarios: [], media: [], questionnaires: [] }
	};
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
	const markup = findMarkup(parsed.data.program.document, 'program.document');
	if (markup) return { ok: false, problem: { key: 'packages.markup', detail: markup } };
	return { ok: true, value: parsed.data };
}
