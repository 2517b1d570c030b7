// Media verbs: uploading a video's files in chunks (only its authors), the captioned video documents
// (versioned like every tool, in content-store.ts), and serving the files to those allowed to see them.
import fs from 'node:fs/promises';
import path from 'node:path';
import { and, count, eq, inArray, lt, sql, sum } from 'drizzle-orm';
import { isUuid } from '#lib/domain/ids.ts';
import type { MediaKind } from '#lib/domain/media/sniff.ts';
import { emptyVideo, videoFiles, type VideoDocument } from '#lib/domain/media/video.ts';
import { db, type Executor } from '../db/client.ts';
import { systemActor, type Actor } from '../platform/actor.ts';
import { reactWithin } from '../platform/events.ts';
import { config } from '../platform/config.ts';
import { canAuthorContent, canUseContent, usedByPublished } from '../platform/content-store.ts';
import {
	registerFileCheck,
	registerToolExtras,
	toolStore,
	type FileReference
} from '../tools/service.ts';
import { DomainError, notFoundOrNotAllowed } from '../platform/errors.ts';
import { log } from '../platform/log.ts';
import type { ServableFile } from './file-response.ts';
import { mediaFile, mediaUpload } from './schema.ts';
import { MediaStore, type MediaStorage } from './storage.ts';

/** An upload not finished within a day is dropped, with its bytes. */
const STALE_UPLOAD_MS = 24 * 60 * 60 * 1000;

/**
 * Quotas on uploads in progress, so that nobody can fill the disk by beginning uploads and never finishing
 * them: open uploads per person, and bytes an organisation's unfinished uploads may reserve (ten full videos).
 */
export const UPLOAD_QUOTAS = {
	openPerPerson: 5,
	reservedBytesPerOrganisation: 2 * 1024 * 1024 * 1024
} as const;

let store: MediaStorage | undefined;

/** The media store under DATA_DIR/media (one per process: it serialises appends to an upload). */
export function mediaStore(): MediaStorage {
	store ??= new MediaStore(path.join(config().dataDir, 'media'));
	return store;
}

const MB = 1024 * 1024;

/** What the editor and the player know of a file. */
export type MediaFileInfo = { id: string; kind: MediaKind; mimeType: string; bytes: number };
const FILE_INFO = {
	id: mediaFile.id,
	kind: mediaFile.kind,
	mimeType: mediaFile.mimeType,
	bytes: mediaFile.bytes
};

/**
 * Refuses files a document names that the organisation does not have, or not as that kind of file (a poster
 * named as captions). Registered with the tools at start-up.
 */
async function checkFiles(
	organisationId: string,
	wanted: FileReference[],
	database: Executor
): Promise<void> {
	if (wanted.length === 0) return;
	if (!wanted.every((file) => isUuid(file.id)))
		throw new DomainError('content.invalid_document', 400);
	const rows = await database
		.select({ id: mediaFile.id, kind: mediaFile.kind })
		.from(mediaFile)
		.where(
			and(
				eq(mediaFile.organisationId, organisationId),
				inArray(
					mediaFile.id,
					wanted.map((file) => file.id)
				)
			)
		);
	const kinds = new Map(rows.map((row) => [row.id, row.kind]));
	if (wanted.some((file) => kinds.get(file.id) !== file.kind))
		throw new DomainError('content.invalid_document', 400);
}

/** Videos: their store comes from the tool registry (tools/service.ts). */
export const videos = toolStore<VideoDocument>('videos');

/**
 * The files of a video's document, for its editor or its player (ids the organisation does not own are left out).
 * WARNING: no permission check — call it only with a document the actor was allowed to load.
 */
export async function videoFileInfo(
	organisationId: string,
	document: VideoDocument
): Promise<Record<string, MediaFileInfo>> {
	// Only real ids reach the query: a document stored before ids were checked may hold anything.
	const ids = videoFiles(document)
		.map((file) => file.id)
		.filter(isUuid);
	if (ids.length === 0) return {};
	const rows = await db()
		.select(FILE_INFO)
		.from(mediaFile)
		.where(and(eq(mediaFile.organisationId, organisationId), inArray(mediaFile.id, ids)));
	return Object.fromEntries(rows.map((row) => [row.id, row]));
}

function authorId(actor: Actor): string {
	if (actor.kind !== 'user') throw notFoundOrNotAllowed();
	return actor.userId;
}

/** Starts uploading a file for a video the actor may edit; the answer is the id to send the chunks to. */
export async function beginUpload(
	actor: Actor,
	videoId: string,
	kind: MediaKind,
	totalBytes: number
): Promise<{ uploadId: string }> {
	const createdBy = authorId(actor);
	const video = await videos.forAuthoring(actor, videoId);
	return db().transaction(async (tx) => {
		// One organisation's uploads begin one at a time, so that two at once cannot both pass the quota.
		await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${video.organisationId}))`);
		const [mine] = await tx
			.select({ count: count() })
			.from(mediaUpload)
			.where(eq(mediaUpload.createdBy, createdBy));
		if ((mine?.count ?? 0) >= UPLOAD_QUOTAS.openPerPerson)
			throw new DomainError('media.too_many_open_uploads', 429, {
				values: { max: UPLOAD_QUOTAS.openPerPerson }
			});
		const [reserved] = await tx
			.select({ bytes: sum(mediaUpload.totalBytes).mapWith(Number) })
			.from(mediaUpload)
			.where(eq(mediaUpload.organisationId, video.organisationId));
		const already = reserved?.bytes ?? 0;
		if (already + totalBytes > UPLOAD_QUOTAS.reservedBytesPerOrganisation)
			throw new DomainError('media.organisation_quota', 429, {
				values: {
					reserved: Math.ceil(already / MB),
					max: UPLOAD_QUOTAS.reservedBytesPerOrganisation / MB
				}
			});
		const { uploadId } = await mediaStore().beginUpload(kind, totalBytes);
		try {
			await tx.insert(mediaUpload).values({
				id: uploadId,
				organisationId: video.organisationId,
				kind,
				createdBy,
				totalBytes
			});
		} catch (error) {
			await mediaStore().abortUpload(uploadId);
			throw error;
		}
		return { uploadId };
	});
}

/** The upload, when the actor began it and may still author in its organisation. */
async function ownUpload(actor: Actor, uploadId: string) {
	const createdBy = authorId(actor);
	if (!isUuid(uploadId)) throw new DomainError('media.upload_not_found', 404);
	const [row] = await db().select().from(mediaUpload).where(eq(mediaUpload.id, uploadId));
	if (!row || row.createdBy !== createdBy || !canAuthorContent(actor, row.organisationId))
		throw new DomainError('media.upload_not_found', 404);
	return row;
}

async function forgetUpload(uploadId: string): Promise<void> {
	await db().delete(mediaUpload).where(eq(mediaUpload.id, uploadId));
}

/** Discards the database row too when the store refuses an upload for good (wrong type, gone). */
async function withUpload<T>(uploadId: string, task: () => Promise<T>): Promise<T> {
	try {
		return await task();
	} catch (error) {
		if (
			error instanceof DomainError &&
			['media.wrong_type', 'media.upload_not_found', 'media.bad_captions'].includes(error.code)
		)
			await forgetUpload(uploadId);
		throw error;
	}
}

export async function uploadStatus(actor: Actor, uploadId: string) {
	await ownUpload(actor, uploadId);
	return withUpload(uploadId, () => mediaStore().uploadStatus(uploadId));
}

export async function appendUploadChunk(
	actor: Actor,
	uploadId: string,
	offset: number,
	chunk: Uint8Array
): Promise<{ received: number; complete: boolean }> {
	await ownUpload(actor, uploadId);
	return withUpload(uploadId, () => mediaStore().appendChunk(uploadId, offset, chunk));
}

/** Checks and stores the complete upload; the organisation now has the file, to put in a video's draft. */
export async function finishUpload(actor: Actor, uploadId: string): Promise<MediaFileInfo> {
	const upload = await ownUpload(actor, uploadId);
	const stored = await withUpload(uploadId, () => mediaStore().finishUpload(uploadId));
	await forgetUpload(uploadId);
	return registerFile(upload.organisationId, stored, authorId(actor), db());
}

async function registerFile(
	organisationId: string,
	stored: { key: string; kind: MediaKind; mimeType: string; bytes: number },
	uploadedBy: string | null,
	database: Executor
): Promise<MediaFileInfo> {
	await database
		.insert(mediaFile)
		.values({ organisationId, uploadedBy, ...stored })
		.onConflictDoNothing();
	const [row] = await database
		.select(FILE_INFO)
		.from(mediaFile)
		.where(
			and(
				eq(mediaFile.organisationId, organisationId),
				eq(mediaFile.key, stored.key),
				eq(mediaFile.kind, stored.kind)
			)
		);
	return row!;
}

export async function abortUpload(actor: Actor, uploadId: string): Promise<void> {
	await ownUpload(actor, uploadId);
	await mediaStore().abortUpload(uploadId);
	await forgetUpload(uploadId);
}

/**
 * Drops uploads begun more than a day ago, on disk and in the database. Run at start-up and hourly.
 * WARNING: deletes files with no actor: a system task, never exposed to a request.
 */
export async function cleanStaleUploads(): Promise<number> {
	const removed = await mediaStore().cleanStaleUploads(STALE_UPLOAD_MS);
	await db()
		.delete(mediaUpload)
		.where(lt(mediaUpload.createdAt, new Date(Date.now() - STALE_UPLOAD_MS)));
	return removed;
}

/** Where a video's document names its files. */
const FILE_PATHS = [['video'], ['poster'], ['captions', 'fr'], ['captions', 'en']] as const;

/**
 * A file to send, with how long the browser may keep it. Staff see every file of their organisation; youth
 * only the files of published videos, and their browser keeps nothing (their phone may be shared).
 */
export async function servableMedia(
	actor: Actor,
	fileId: string
): Promise<{ file: ServableFile; cacheControl: string }> {
	const row = await fileRow(fileId);
	if (!row || !canUseContent(actor, row.organisationId)) throw notFoundOrNotAllowed();
	const youth = actor.kind === 'participant';
	if (youth && !(await usedByPublished(row.organisationId, 'video', FILE_PATHS, row.id)))
		throw notFoundOrNotAllowed();
	return servable(row, youth ? 'no-store' : 'private, max-age=31536000, immutable');
}

/**
 * A file of a published video of the organisation, for a screen the caller has authorised (a live session's
 * paired projector), kept by nothing (the screen may be shared).
 * WARNING: no permission check on the actor — the live service has checked the screen and the session.
 */
export async function servablePublishedMedia(
	organisationId: string,
	fileId: string
): Promise<{ file: ServableFile; cacheControl: string }> {
	const row = await fileRow(fileId);
	if (!row || row.organisationId !== organisationId) throw notFoundOrNotAllowed();
	if (!(await usedByPublished(organisationId, 'video', FILE_PATHS, row.id)))
		throw notFoundOrNotAllowed();
	return servable(row, 'no-store');
}

async function fileRow(fileId: string): Promise<typeof mediaFile.$inferSelect | undefined> {
	if (!isUuid(fileId)) return undefined;
	const [row] = await db().select().from(mediaFile).where(eq(mediaFile.id, fileId));
	return row;
}

async function servable(
	row: typeof mediaFile.$inferSelect,
	cacheControl: string
): Promise<{ file: ServableFile; cacheControl: string }> {
	const stored = await mediaStore().stat(row.key);
	if (!stored) throw notFoundOrNotAllowed();
	return {
		file: {
			bytes: stored.bytes,
			mimeType: row.kind === 'captions' ? 'text/vtt; charset=utf-8' : stored.mimeType,
			etag: stored.sha256,
			open: (range) => mediaStore().openRead(row.key, range)
		},
		cacheControl
	};
}

const SAMPLE = {
	title: { fr: 'Exemple de vidéo sous-titrée', en: 'Sample captioned video' },
	description: {
		fr: 'Une vidéo de dix secondes, sans paroles, qui montre comment une vidéo sous-titrée s’affiche.',
		en: 'A ten-second video without speech that shows how a captioned video looks.'
	},
	staffNote: {
		fr: 'Ébauche à réviser par des professionnel·les et des jeunes co-conceptrices. Votre organisme remplace cet exemple par son propre court métrage.',
		en: 'Draft for review by professionals and youth co-designers. Your organisation replaces this sample with its own short film.'
	},
	contentWarning: { fr: '', en: '' }
} as const;

/**
 * Gives the demo organisation the sample video (assets/sample-video, made by scripts/make-sample-video.ts),
 * published. Without the folder (a build copied elsewhere) the demo simply has no video.
 */
export async function seedSampleVideo(
	actor: Actor,
	organisationId: string,
	database: Executor
): Promise<string | null> {
	if (actor.kind !== 'system') throw notFoundOrNotAllowed();
	const folder = path.resolve('assets/sample-video');
	const exists = await fs.stat(path.join(folder, 'video.webm')).then(
		() => true,
		() => false
	);
	if (!exists) {
		log.warn({ folder }, 'sample video not found: the demo has no video');
		return null;
	}
	const add = async (kind: MediaKind, name: string) => {
		const stored = await mediaStore().importFile(kind, path.join(folder, name));
		return (await registerFile(organisationId, stored, null, database)).id;
	};
	const transcript = async (locale: 'fr' | 'en') =>
		(await fs.readFile(path.join(folder, `transcript.${locale}.txt`), 'utf8')).trim();
	const document: VideoDocument = {
		...emptyVideo({ ...SAMPLE.title }),
		description: { ...SAMPLE.description },
		staffNote: { ...SAMPLE.staffNote },
		contentWarning: { ...SAMPLE.contentWarning },
		transcript: { fr: await transcript('fr'), en: await transcript('en') },
		video: await add('video', 'video.webm'),
		poster: await add('poster', 'poster.png'),
		captions: {
			fr: await add('captions', 'captions.fr.vtt'),
			en: await add('captions', 'captions.en.vtt')
		}
	};
	return videos.seed(actor, organisationId, document, database);
}

/** Media checks the files documents name, shows a video's files on its pages, and gives the demo its sample video. */
export function registerMediaReactions(): void {
	registerFileCheck(checkFiles);
	registerToolExtras('video', (organisationId, document) =>
		videoFileInfo(organisationId, document as VideoDocument)
	);
	reactWithin(
		'organisation.created',
		'media.sample-video',
		async ({ organisationId, demo }, { database }) => {
			if (demo)
				await seedSampleVideo(systemActor('organisation-created'), organisationId, database);
		}
	);
}
