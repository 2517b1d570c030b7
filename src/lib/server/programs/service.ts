// Program verbs: create, autosave the draft, review, publish immutable versions, archive, read versions,
// export and import content packages, and seed the starter program.
import { and, asc, desc, eq, isNotNull, ne } from 'drizzle-orm';
import { activityKind } from '#lib/domain/programs/activity-kinds.ts';
import {
	emptyProgram,
	programDocument,
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
import { systemActor, type Actor } from '../platform/actor.ts';
import { recordAudit } from '../platform/audit.ts';
import { allows, authorise } from '../platform/rights.ts';
import { reactWithin } from '../platform/events.ts';
import { publishedDocuments, usableContent } from '../platform/content-store.ts';
import { DomainError, notFoundOrNotAllowed } from '../platform/errors.ts';
import { importTools } from '../tools/service.ts';
import { program, programAuthor, programVersion } from './schema.ts';
import { STARTER_PROGRAM } from './starter-program.ts';

type ProgramRow = typeof program.$inferSelect;

async function loadProgram(
	actor: Actor,
	programId: string,
	permission: 'programs.author' | 'programs.read_published'
) {
	const [row] = await db().select().from(program).where(eq(program.id, programId));
	if (!row) throw notFoundOrNotAllowed();
	authorise(actor, permission, { organisationId: row.organisationId });
	// Readers only see programs that were published at least once.
	if (permission === 'programs.read_published' && row.latestVersion === null)
		throw notFoundOrNotAllowed();
	return row;
}

function activeOrganisation(actor: Actor): string | null {
	return actor.kind === 'user' ? (actor.active?.organisationId ?? null) : null;
}

export type ProgramSummary = {
	id: string;
	title: ProgramDocument['title'];
	status: ProgramRow['status'];
	latestVersion: number | null;
	updatedAt: Date;
};

/** The programs of the actor's organisation: all of them for authors, the published ones for readers. */
export async function listPrograms(
	actor: Actor,
	organisationId: string
): Promise<ProgramSummary[]> {
	const author = allows(actor, 'programs.author', { organisationId });
	if (!author) authorise(actor, 'programs.read_published', { organisationId });
	const rows = await db()
		.select()
		.from(program)
		.where(
			author
				? eq(program.organisationId, organisationId)
				: and(
						eq(program.organisationId, organisationId),
						isNotNull(program.latestVersion),
						ne(program.status, 'archived')
					)
		)
		.orderBy(asc(program.createdAt));
	return rows.map((row) => ({
		id: row.id,
		title: row.draft.title,
		status: row.status,
		latestVersion: row.latestVersion,
		updatedAt: row.updatedAt
	}));
}

/** Whether the actor may write programs in the organisation (shows the authoring tools). */
export function mayAuthor(actor: Actor, organisationId: string): boolean {
	return allows(actor, 'programs.author', { organisationId });
}

export async function createProgram(
	actor: Actor,
	organisationId: string,
	title: { fr: string; en: string }
): Promise<string> {
	authorise(actor, 'programs.author', { organisationId });
	const [created] = await db()
		.insert(program)
		.values({
			organisationId,
			draft: { ...emptyProgram(), title },
			createdBy: actor.kind === 'user' ? actor.userId : null
		})
		.returning({ id: program.id });
	await creditAuthor(actor, created!.id);
	await recordAudit(actor, {
		action: 'programs.created',
		organisationId,
		targetType: 'program',
		targetId: created!.id
	});
	return created!.id;
}

async function creditAuthor(actor: Actor, programId: string, database: Executor = db()) {
	if (actor.kind !== 'user') return;
	await database
		.insert(programAuthor)
		.values({
			programId,
			actorKind: 'user',
			actorId: actor.userId,
			creditedAs: actor.name,
			consentToCredit: true
		})
		.onConflictDoNothing();
}

export type DraftView = {
	id: string;
	organisationId: string;
	status: ProgramRow['status'];
	revision: number;
	latestVersion: number | null;
	document: ProgramDocument;
	problems: Problem[];
};

/** What blocks publishing, including activities whose deck, scenario or video is not usable. */
async function problemsOf(organisationId: string, document: ProgramDocument): Promise<Problem[]> {
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

export async function programForAuthoring(actor: Actor, programId: string): Promise<DraftView> {
	const row = await loadProgram(actor, programId, 'programs.author');
	return {
		id: row.id,
		organisationId: row.organisationId,
		status: row.status,
		revision: row.revision,
		latestVersion: row.latestVersion,
		document: row.draft,
		problems: await problemsOf(row.organisationId, row.draft)
	};
}

/** Checks a document from the editor or a package: its shape, and each activity's settings for its kind. */
export function parseDocument(input: unknown): ProgramDocument {
	const parsed = programDocument.safeParse(input);
	if (!parsed.success) throw new DomainError('programs.invalid_document', 400);
	for (const workshop of parsed.data.workshops) {
		for (const activity of workshop.activities) {
			const kind = activityKind(activity.kind);
			if (kind && !kind.settings.safeParse(activity.settings).success)
				throw new DomainError('programs.invalid_document', 400);
		}
	}
	return parsed.data;
}

/**
 * Saves the draft (autosave). `revision` is the one the editor started from: if someone saved since, the
 * save is refused rather than overwriting their work. Editing a published or reviewed program makes it a
 * draft again; its published versions stay as they were.
 */
export async function saveDraft(
	actor: Actor,
	programId: string,
	revision: number,
	input: unknown
): Promise<{ revision: number; problems: Problem[] }> {
	const row = await loadProgram(actor, programId, 'programs.author');
	if (row.status === 'archived') throw new DomainError('programs.archived', 409);
	const document = parseDocument(input);
	const [saved] = await db()
		.update(program)
		.set({ draft: document, revision: revision + 1, status: 'draft', updatedAt: new Date() })
		.where(and(eq(program.id, programId), eq(program.revision, revision)))
		.returning({ revision: program.revision });
	if (!saved) throw new DomainError('programs.save_conflict', 409);
	await creditAuthor(actor, programId);
	return { revision: saved.revision, problems: await problemsOf(row.organisationId, document) };
}

export async function submitForReview(actor: Actor, programId: string): Promise<void> {
	const row = await loadProgram(actor, programId, 'programs.author');
	if (row.status !== 'draft') throw new DomainError('programs.wrong_status', 409);
	await db()
		.update(program)
		.set({ status: 'in_review', updatedAt: new Date() })
		.where(eq(program.id, programId));
	await recordAudit(actor, {
		action: 'programs.submitted',
		organisationId: row.organisationId,
		targetType: 'program',
		targetId: programId
	});
}

/** Publishes the draft as the next immutable version, when nothing blocks it. */
export async function publishProgram(actor: Actor, programId: string): Promise<number> {
	const row = await loadProgram(actor, programId, 'programs.author');
	if (row.status === 'archived' || row.status === 'published')
		throw new DomainError('programs.wrong_status', 409);
	const problems = await problemsOf(row.organisationId, row.draft);
	if (problems.length > 0)
		throw new DomainError('programs.not_publishable', 422, { values: { count: problems.length } });
	const number = await publishDocument(actor, row, db());
	await recordAudit(actor, {
		action: 'programs.published',
		organisationId: row.organisationId,
		targetType: 'program',
		targetId: programId,
		details: { version: number }
	});
	return number;
}

async function publishDocument(actor: Actor, row: ProgramRow, database: Executor): Promise<number> {
	const number = (row.latestVersion ?? 0) + 1;
	await database.transaction(async (tx) => {
		await tx.insert(programVersion).values({
			programId: row.id,
			organisationId: row.organisationId,
			number,
			document: row.draft,
			publishedBy: actor.kind === 'user' ? actor.userId : null
		});
		await tx
			.update(program)
			.set({ status: 'published', latestVersion: number, updatedAt: new Date() })
			.where(eq(program.id, row.id));
	});
	return number;
}

export async function archiveProgram(
	actor: Actor,
	programId: string,
	archived: boolean
): Promise<void> {
	const row = await loadProgram(actor, programId, 'programs.author');
	await db()
		.update(program)
		.set({
			status: archived ? 'archived' : row.latestVersion ? 'published' : 'draft',
			updatedAt: new Date()
		})
		.where(eq(program.id, programId));
	await recordAudit(actor, {
		action: archived ? 'programs.archived' : 'programs.restored',
		organisationId: row.organisationId,
		targetType: 'program',
		targetId: programId
	});
}

export type VersionSummary = { number: number; publishedAt: Date };

export async function listVersions(actor: Actor, programId: string): Promise<VersionSummary[]> {
	await loadProgramForReading(actor, programId);
	return db()
		.select({ number: programVersion.number, publishedAt: programVersion.publishedAt })
		.from(programVersion)
		.where(eq(programVersion.programId, programId))
		.orderBy(desc(programVersion.number));
}

async function loadProgramForReading(actor: Actor, programId: string): Promise<ProgramRow> {
	const [row] = await db().select().from(program).where(eq(program.id, programId));
	if (!row) throw notFoundOrNotAllowed();
	if (allows(actor, 'programs.author', { organisationId: row.organisationId })) return row;
	return loadProgram(actor, programId, 'programs.read_published');
}

export type VersionView = {
	programId: string;
	organisationId: string;
	number: number;
	publishedAt: Date;
	document: ProgramDocument;
	/** Who wrote the program, as they agreed to be credited (youth by pseudonym). */
	credits: string[];
};

async function credits(programId: string): Promise<string[]> {
	const rows = await db()
		.select({ creditedAs: programAuthor.creditedAs })
		.from(programAuthor)
		.where(and(eq(programAuthor.programId, programId), eq(programAuthor.consentToCredit, true)))
		.orderBy(asc(programAuthor.addedAt));
	return rows.map((row) => row.creditedAs);
}

export async function programVersionView(
	actor: Actor,
	programId: string,
	number: number
): Promise<VersionView> {
	const row = await loadProgramForReading(actor, programId);
	const [version] = await db()
		.select()
		.from(programVersion)
		.where(and(eq(programVersion.programId, programId), eq(programVersion.number, number)));
	if (!version) throw notFoundOrNotAllowed();
	return {
		programId,
		organisationId: row.organisationId,
		number,
		publishedAt: version.publishedAt,
		document: version.document,
		credits: row.isStarter ? [] : await credits(programId)
	};
}

/** The content package of a published version, for another organisation to import. */
export async function exportPackage(
	actor: Actor,
	programId: string,
	number: number
): Promise<ContentPackage> {
	const row = await loadProgram(actor, programId, 'programs.author');
	const version = await programVersionView(actor, programId, number);
	await recordAudit(actor, {
		action: 'programs.exported',
		organisationId: row.organisationId,
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
	const tools = await publishedDocuments(row.organisationId, [...new Set(ids)]);
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

/** Imports a package as a new draft in the organisation; a malformed or hostile file changes nothing. */
export async function importPackage(
	actor: Actor,
	organisationId: string,
	text: string
): Promise<string> {
	authorise(actor, 'programs.author', { organisationId });
	const read = readPackage(text);
	if (!read.ok)
		throw new DomainError(read.problem.key, 400, {
			values: read.problem.detail ? { where: read.problem.detail } : undefined
		});
	const packaged = parseDocument(read.value.program.document);
	// The program and the tools it uses arrive together, or nothing does.
	const created = await db().transaction(async (tx) => {
		const ids = await importTools(actor, organisationId, packagedTools(read.value), tx);
		const document = parseDocument(pointAtImportedTools(packaged, ids));
		const [row] = await tx
			.insert(program)
			.values({
				organisationId,
				draft: document,
				createdBy: actor.kind === 'user' ? actor.userId : null
			})
			.returning({ id: program.id });
		return row;
	});
	await creditAuthor(actor, created!.id);
	await recordAudit(actor, {
		action: 'programs.imported',
		organisationId,
		targetType: 'program',
		targetId: created!.id
	});
	return created!.id;
}

/** Gives an organisation the starter program, published as version 1 so it can be used at once. */
export async function seedStarterProgram(
	actor: Actor,
	organisationId: string,
	database: Executor = db()
): Promise<void> {
	authorise(actor, 'programs.seed');
	const [row] = await database
		.insert(program)
		.values({ organisationId, draft: STARTER_PROGRAM, isStarter: true })
		.returning();
	await publishDocument(actor, row!, database);
}

export { activeOrganisation };

/** Every new organisation starts with the starter program, published. */
export function registerProgramsReactions(): void {
	reactWithin('organisation.created', 'programs.starter', ({ organisationId }, { database }) =>
		seedStarterProgram(systemActor('organisation-created'), organisationId, database)
	);
}
