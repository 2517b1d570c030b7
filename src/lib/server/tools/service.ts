// The workshop tools, one content store per kind of the registry (src/lib/domain/tools/registry.ts), for the pages
// they share (/tools, /play, autosave), the places that offer all of them (the program editor's pickers, a teen's
// home) and content packages. Nothing here names a kind: what a kind needs from the server beyond its documents
// (checking the files a video names, showing them) is registered by its module at start-up.
import type { Localized } from '#lib/domain/programs/document.ts';
import { TOOL_REGISTRY, toolKindBySegment, toolKindByType } from '#lib/domain/tools/registry.ts';
import type { AnyToolKind } from '#lib/domain/tools/tool-kind.ts';
import type { Executor } from '../db/client.ts';
import type { Actor } from '../platform/actor.ts';
import {
	canAuthorContent,
	canUseContent,
	contentStore,
	publishedTitles,
	type ContentStore,
	type ContentSummary,
	type ToolStore
} from '../platform/content-store.ts';
import { DomainError, notFoundOrNotAllowed } from '../platform/errors.ts';
import { authorise } from '../platform/rights.ts';

/** A file a document names (a video's film, poster, captions), by media file id and kind of file. */
export type FileReference = { id: string; kind: string };

/**
 * Refuses a document naming files the organisation does not have, before it is stored (throws a DomainError).
 * Registered by the module that keeps the files (media).
 */
export type FileCheck = (
	organisationId: string,
	files: FileReference[],
	database: Executor
) => Promise<void>;

/** What a tool's pages need besides its document (a video's files: type and size, by id). */
export type ToolExtras = (
	organisationId: string,
	document: unknown
) => Promise<Record<string, unknown>>;

let fileCheck: FileCheck | undefined;
const extras = new Map<string, ToolExtras>();

/** The media module checks the files documents name. */
export function registerFileCheck(check: FileCheck): void {
	fileCheck = check;
}

/** A module gives the pages of its kind what they need besides the document. */
export function registerToolExtras(type: string, give: ToolExtras): void {
	extras.set(type, give);
}

/** A content store for `kind`: its shape, checks and title from the registry. */
export function storeForKind(kind: AnyToolKind) {
	const files = kind.files as ((document: unknown) => FileReference[]) | undefined;
	return contentStore<unknown>({
		type: kind.type,
		schema: kind.schema,
		validate: kind.validate as (document: unknown) => ReturnType<AnyToolKind['validate']>,
		title: kind.title as (document: unknown) => Localized,
		checkReferences: files
			? async (organisationId, document, database) => {
					const named = files(document);
					if (named.length === 0) return;
					// Fail closed: a document naming files is never stored unchecked.
					if (!fileCheck) throw new Error('No module checks the files documents name.');
					await fileCheck(organisationId, named, database);
				}
			: undefined
	});
}

const STORES = new Map<string, ContentStore<unknown>>(
	TOOL_REGISTRY.map((kind) => [kind.segment, storeForKind(kind)])
);

/** The store of the kind with this address segment ("decks"); typed by the module that knows its document. */
export function toolStore<D = unknown>(segment: string): ContentStore<D> & ToolStore {
	const store = STORES.get(segment);
	if (!store) throw notFoundOrNotAllowed();
	return store as unknown as ContentStore<D> & ToolStore;
}

export function createTool(
	actor: Actor,
	segment: string,
	organisationId: string,
	title: Localized
): Promise<string> {
	const kind = toolKindBySegment(segment);
	if (!kind) throw notFoundOrNotAllowed();
	const empty = kind.empty as (title: Localized) => unknown;
	return toolStore(segment).create(actor, organisationId, empty(title));
}

/**
 * WARNING: no permission check — call it only with a document the actor was allowed to load.
 * What a tool's page needs besides its document, already allowed by loading it.
 */
export async function toolExtras(
	segment: string,
	organisationId: string,
	document: unknown
): Promise<Record<string, unknown>> {
	const kind = toolKindBySegment(segment);
	const give = kind ? extras.get(kind.type) : undefined;
	return give ? give(organisationId, document) : {};
}

/**
 * Creates the tools of a package in the organisation, in the caller's transaction: as drafts (an import), or
 * published as starter content (only the system seeds). Answers the new id of each package id, for the
 * program's activities to point at.
 */
export async function importTools(
	actor: Actor,
	organisationId: string,
	tools: readonly { type: string; id: string; document: unknown }[],
	database: Executor,
	as: 'draft' | 'starter' = 'draft'
): Promise<Map<string, string>> {
	const ids = new Map<string, string>();
	for (const tool of tools) {
		const kind = toolKindByType(tool.type);
		if (!kind) throw new DomainError('packages.invalid', 400, { values: { where: tool.type } });
		const store = toolStore(kind.segment);
		const id =
			as === 'starter'
				? await store.seed(actor, organisationId, tool.document, database)
				: await store.create(actor, organisationId, tool.document, database, { imported: true });
		ids.set(tool.id, id);
	}
	return ids;
}

/** Whether the actor writes tools in the organisation (shows the authoring pages and buttons). */
export function mayAuthorTools(actor: Actor, organisationId: string): boolean {
	return canAuthorContent(actor, organisationId);
}

export function mayUseTools(actor: Actor, organisationId: string): boolean {
	return canUseContent(actor, organisationId);
}

/** The published tools of each kind, by address segment. */
export type ToolLibrary = Record<string, ContentSummary[]>;

/** Every published, usable tool of the organisation, by kind, by title (one query for every kind). */
export async function toolLibrary(actor: Actor, organisationId: string): Promise<ToolLibrary> {
	authorise(actor, 'content.use', { organisationId });
	const byType = await publishedTitles(
		organisationId,
		TOOL_REGISTRY.map((kind) => kind.type)
	);
	return Object.fromEntries(
		TOOL_REGISTRY.map((kind) => [kind.segment, byType.get(kind.type) ?? []])
	);
}
