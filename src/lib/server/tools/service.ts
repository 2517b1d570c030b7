// The workshop tools side by side, for the pages they share (/tools lists, overviews, autosave) and for
// the places that offer all of them (the program editor's pickers, a teen's home page). Each verb is the
// tool module's own; this file only chooses the module.
import type { VideoDocument } from '#lib/domain/media/video.ts';
import type { Localized } from '#lib/domain/programs/document.ts';
import { KIND_OF_TYPE, type ToolKind } from '#lib/ui/tools/tool-kinds.ts';
import { createDeck, decks, seedStarterDeck } from '../cards/service.ts';
import type { Executor } from '../db/client.ts';
import { systemActor, type Actor } from '../platform/actor.ts';
import { reactWithin } from '../platform/events.ts';
import {
	canAuthorContent,
	canUseContent,
	type ContentSummary,
	type ToolStore
} from '../platform/content-store.ts';
import { createVideo, videoFileInfo, videos, type MediaFileInfo } from '../media/service.ts';
import { createScenario, scenarios, seedStarterScenarios } from '../scenarios/service.ts';

const STORES: Record<ToolKind, ToolStore> = {
	decks: decks as ToolStore,
	scenarios: scenarios as ToolStore,
	videos: videos as ToolStore
};

const CREATE: Record<
	ToolKind,
	(actor: Actor, organisationId: string, title: Localized) => Promise<string>
> = {
	decks: createDeck,
	scenarios: createScenario,
	videos: createVideo
};

export function toolStore(kind: ToolKind): ToolStore {
	return STORES[kind];
}

export function createTool(
	actor: Actor,
	kind: ToolKind,
	organisationId: string,
	title: Localized
): Promise<string> {
	return CREATE[kind](actor, organisationId, title);
}

/**
 * WARNING: no permission check — call it only with a document the actor was allowed to load.
 * What a tool's page needs besides its document, already allowed by loading it: a video's files (type
 * and size, by id). Other tools need nothing more.
 */
export async function toolExtras(
	kind: ToolKind,
	organisationId: string,
	document: unknown
): Promise<Record<string, MediaFileInfo>> {
	return kind === 'videos' ? videoFileInfo(organisationId, document as VideoDocument) : {};
}

/**
 * Creates the tools of an imported package as drafts of the organisation, in the caller's transaction;
 * answers the new id of each package id, for the program's activities to point at.
 */
export async function importTools(
	actor: Actor,
	organisationId: string,
	tools: readonly { type: keyof typeof KIND_OF_TYPE; id: string; document: unknown }[],
	database: Executor
): Promise<Map<string, string>> {
	const ids = new Map<string, string>();
	for (const tool of tools) {
		const store = STORES[KIND_OF_TYPE[tool.type]];
		ids.set(tool.id, await store.create(actor, organisationId, tool.document, database));
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

export type ToolLibrary = Record<ToolKind, ContentSummary[]>;

/** Every published, usable tool of the organisation, by kind. */
export async function toolLibrary(actor: Actor, organisationId: string): Promise<ToolLibrary> {
	const entries = await Promise.all(
		Object.entries(STORES).map(
			async ([kind, store]) => [kind, await store.published(actor, organisationId)] as const
		)
	);
	return Object.fromEntries(entries) as ToolLibrary;
}

/** Gives a new organisation the starter deck and scenarios, published so they can be used at once. */
export async function seedStarterTools(
	actor: Actor,
	organisationId: string,
	database?: Executor
): Promise<void> {
	await seedStarterDeck(actor, organisationId, database);
	await seedStarterScenarios(actor, organisationId, database);
}

/** Every new organisation starts with the starter deck and scenarios, published. */
export function registerToolsReactions(): void {
	reactWithin('organisation.created', 'tools.starter', ({ organisationId }, { database }) =>
		seedStarterTools(systemActor('organisation-created'), organisationId, database)
	);
}
