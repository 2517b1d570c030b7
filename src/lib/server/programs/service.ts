// Program verbs: a program is a versioned document of the content engine (platform/content-store.ts), like a
// deck or a scenario; this module adds what only programs have: their reference checks against the tools
// they use, the version view for the guide, and content packages (imported by organisations, and the starter
// content every new organisation receives).
import { activityKind } from '#lib/domain/programs/activity-kinds.ts';
import {
	emptyProgram,
	LIMITS,
	programDocument,
	type Localized,
	type ProgramDocument
} from '#lib/domain/programs/document.ts';
import {
	buildPackage,
	packagedTools,
	readPackage,
	type ContentPackage,
	type PackagedTool
} from '#lib/domain/programs/package.ts';
import { validateProgram, type Problem } from '#lib/domain/programs/validation.ts';
import { db, type Executor } from '../db/client.ts';
import type { Actor } from '../platform/actor.ts';
import { recordAudit } from '../platform/audit.ts';
import {
	contentStore,
	publishedDocuments,
	usableContent,
	type ContentDraft,
	type ContentSummary,
	type ContentVersion,
	type VersionSummary
} from '../platform/content-store.ts';
import { DomainError } from '../platform/errors.ts';
import { allows, authorise } from '../platform/rights.ts';
import { importTools } from '../tools/service.ts';

/** Whether every activity's settings have the shape its kind expects (a real tool id, say). */
function settingsMatchTheirKinds(document: ProgramDocument): boolean {
	return document.workshops.every((workshop) =>
		workshop.activities.every((activity) => {
			const kind = activityKind(activity.kind);
			return !kind || kind.settings.safeParse(activity.settings).success;
		})
	);
}

/** What blocks publishing, including activities whose deck, scenario or video is not usable. */
async function problemsOf(document: ProgramDocument, organisationId: string): Promise<Problem[]> {
	const referenced = document.workshops.flatMap((workshop) =>
		workshop.activities.flatMap((activity) => {
			const kind = activityKind(activity.kind);
			const settings = kind?.settings.safeParse(activity.settings);
			return settings?.success ? (kind!.references?.(settings.data) ?? []) : [];
		})
	);
	const usable = await usableContent(
		organisationId,
		referenced.map((reference) => reference.id)
	);
	return validateProgram(document, (type, id) => usable.has(`${type}:${id}`));
}

export const programs = contentStore<ProgramDocument>({
	type: 'program',
	rights: { author: 'programs.author', use: 'programs.read_published' },
	schema: programDocument.refine(settingsMatchTheirKinds),
	validate: problemsOf,
	title: (document) => document.title
});

export type ProgramSummary = ContentSummary;
export type DraftView = ContentDraft<ProgramDocument>;
export type { VersionSummary };

/** The programs of the organisation: all of them for authors, the published ones for readers. */
export function listPrograms(actor: Actor, organisationId: string): Promise<ProgramSummary[]> {
	return programs.list(actor, organisationId);
}

/** Whether the actor may write programs in the organisation (shows the authoring tools). */
export function mayAuthor(actor: Actor, organisationId: string): boolean {
	return allows(actor, 'programs.author', { organisationId });
}

export function createProgram(
	actor: Actor,
	organisationId: string,
	title: { fr: string; en: string }
): Promise<string> {
	return programs.create(actor, organisationId, { ...emptyProgram(), title });
}

export function programForAuthoring(actor: Actor, programId: string): Promise<DraftView> {
	return programs.forAuthoring(actor, programId);
}

/** Checks a document from the editor or a package: its shape, and each activity's settings for its kind. */
export function parseDocument(input: unknown): ProgramDocument {
	return programs.parse(input);
}

export const {
	saveDraft,
	submit: submitForReview,
	publish: publishProgram,
	archive: archiveProgram,
	versions: listVersions
} = programs;

export type VersionView = ContentVersion<ProgramDocument> & { programId: string };

/** A published version, for the guide and the comparison, with its credited authors. */
export async function programVersionView(
	actor: Actor,
	programId: string,
	number: number
): Promise<VersionView> {
	return { ...(await programs.version(actor, programId, number)), programId };
}

/** The content package of a published version, for another organisation to import. */
export async function exportPackage(
	actor: Actor,
	programId: string,
	number: number
): Promise<ContentPackage> {
	const version = await programs.version(actor, programId, number);
	// Reading a version is not enough: exporting is for the program's authors.
	authorise(actor, 'programs.author', { organisationId: version.organisationId });
	await recordAudit(actor, {
		action: 'content.exported',
		organisationId: version.organisationId,
		targetType: 'program',
		targetId: programId,
		details: { version: number }
	});
	const ids = version.document.workshops.flatMap((workshop) =>
		workshop.activities.flatMap(
			(activity) =>
				activityKind(activity.kind)
					?.references?.(activity.settings as never)
					.map((reference) => reference.id) ?? []
		)
	);
	const tools = await publishedDocuments(version.organisationId, [...new Set(ids)]);
	return buildPackage(number, version.document, tools as PackagedTool[]);
}

/** The document with every activity setting that named a packaged tool now naming its imported copy. */
function pointAtImportedTools(
	document: ProgramDocument,
	ids: Map<string, string>
): ProgramDocument {
	return {
		...document,
		workshops: document.workshops.map((workshop) => ({
			...workshop,
			activities: workshop.activities.map((activity) => ({
				...activity,
				settings: Object.fromEntries(
					Object.entries(activity.settings).map(([name, value]) => [
						name,
						typeof value === 'string' ? (ids.get(value) ?? value) : value
					])
				)
			}))
		}))
	};
}

/**
 * Reads a package and creates its program and the tools it brings in the organisation, in one transaction:
 * as drafts (an import), or published (a new organisation's starter content). A malformed or hostile
 * package changes nothing.
 */
async function installPackage(
	actor: Actor,
	organisationId: string,
	text: string,
	as: 'draft' | 'starter',
	database: Executor
): Promise<string> {
	const read = readPackage(text);
	if (!read.ok)
		throw new DomainError(read.problem.key, 400, {
			values: read.problem.detail ? { where: read.problem.detail } : undefined
		});
	const packaged = parseDocument(read.value.program.document);
	const tools = packagedTools(read.value);
	const ids = await importTools(actor, organisationId, tools, database, as);
	const document = pointAtImportedTools(packaged, ids);
	if (as === 'starter') return programs.seed(actor, organisationId, document, database);
	// An imported copy is marked (with its date) and named apart from the original.
	return programs.create(
		actor,
		organisationId,
		{ ...document, title: importedTitle(document.title) },
		database,
		{ imported: true }
	);
}

/** The title of an imported copy: the original's, followed by "(imported copy)" in each language. */
function importedTitle(title: Localized): Localized {
	const mark = (text: string, suffix: string) =>
		`${text.slice(0, LIMITS.shortText - suffix.length - 1).trim()} ${suffix}`;
	return { fr: mark(title.fr, '(copie importée)'), en: mark(title.en, '(imported copy)') };
}

/** Imports a package as a new draft in the organisation; a malformed or hostile file changes nothing. */
export async function importPackage(
	actor: Actor,
	organisationId: string,
	text: string
): Promise<string> {
	authorise(actor, 'programs.author', { organisationId });
	// The program and the tools it uses arrive together, or nothing does.
	const id = await db().transaction((tx) =>
		installPackage(actor, organisationId, text, 'draft', tx)
	);
	await recordAudit(actor, {
		action: 'content.imported',
		organisationId,
		targetType: 'program',
		targetId: id
	});
	return id;
}

/**
 * Gives an organisation starter content: a package (content/, read by the starter module) installed through
 * the same path as an import, but published as version 1 so that it can be used at once. Only the system seeds.
 */
export async function installStarterPackage(
	actor: Actor,
	organisationId: string,
	text: string,
	database: Executor = db()
): Promise<string> {
	authorise(actor, 'programs.seed');
	return installPackage(actor, organisationId, text, 'starter', database);
}

/** The organisation a person works in now, if any. */
export function activeOrganisation(actor: Actor): string | null {
	return actor.kind === 'user' ? (actor.active?.organisationId ?? null) : null;
}
