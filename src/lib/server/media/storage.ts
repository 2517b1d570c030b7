// The media file store: chunked uploads checked by content, then kept on disk by sha256, immutable and deduplicated.
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, type ReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
	checkWebVtt,
	isMediaKind,
	maxMegabytes,
	MEDIA_LIMITS,
	MEDIA_TYPE_LABELS,
	SNIFF_BYTES,
	sniffType,
	type MediaKind
} from '#lib/domain/media/sniff.ts';
import { DomainError, notFoundOrNotAllowed } from '../platform/errors.ts';

/** A file in the store. `key` names it to the store (today its sha256); callers keep the key, never a path. */
export type StoredFile = {
	key: string;
	sha256: string;
	bytes: number;
	mimeType: string;
	kind: MediaKind;
};

/** Where an upload stands, to resume it after a lost connection. */
export type UploadStatus = { kind: MediaKind; totalBytes: number; received: number };

type UploadMeta = { kind: MediaKind; totalBytes: number; createdAt: string };
type FileMeta = { mimeType: string; kind: MediaKind; bytes: number };

const UPLOAD_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const KEY = /^[0-9a-f]{64}$/;

function uploadNotFound(): DomainError {
	return new DomainError('media.upload_not_found', 404);
}

function tooLarge(kind: MediaKind): DomainError {
	return new DomainError('media.too_large', 413, { values: { max: maxMegabytes(kind) } });
}

function wrongType(kind: MediaKind): DomainError {
	return new DomainError('media.wrong_type', 422, {
		values: { expected: MEDIA_TYPE_LABELS[kind] }
	});
}

function kindOf(mimeType: string | null): MediaKind | null {
	const kinds = Object.keys(MEDIA_LIMITS) as MediaKind[];
	return kinds.find((kind) => mimeType && MEDIA_LIMITS[kind].types.includes(mimeType)) ?? null;
}

function isMissing(error: unknown): boolean {
	return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}

async function removeIfPresent(file: string): Promise<void> {
	await fs.rm(file, { force: true });
}

async function readHead(file: string, length = SNIFF_BYTES): Promise<Uint8Array> {
	const handle = await fs.open(file, 'r');
	try {
		const buffer = new Uint8Array(length);
		const { bytesRead } = await handle.read(buffer, 0, length, 0);
		return buffer.subarray(0, bytesRead);
	} finally {
		await handle.close();
	}
}

async function fsyncFile(file: string): Promise<void> {
	const handle = await fs.open(file, 'r');
	try {
		await handle.sync();
	} finally {
		await handle.close();
	}
}

/** Makes a rename in `dir` durable; some filesystems refuse to sync a directory, which is then left to the OS. */
async function fsyncDirectory(dir: string): Promise<void> {
	const handle = await fs.open(dir, 'r').catch(() => undefined);
	if (!handle) return;
	try {
		await handle.sync().catch(() => undefined);
	} finally {
		await handle.close();
	}
}

/**
 * What the media service needs of a file store. `MediaStore` keeps files on the local disk; an object-storage
 * implementation (S3-compatible, say) would implement the same verbs with multipart uploads.
 */
export interface MediaStorage {
	beginUpload(kind: MediaKind, totalBytes: number): Promise<{ uploadId: string }>;
	uploadStatus(uploadId: string): Promise<UploadStatus>;
	appendChunk(
		uploadId: string,
		offset: number,
		chunk: Uint8Array
	): Promise<{ received: number; complete: boolean }>;
	finishUpload(uploadId: string): Promise<StoredFile>;
	abortUpload(uploadId: string): Promise<void>;
	cleanStaleUploads(olderThanMs: number): Promise<number>;
	stat(key: string): Promise<StoredFile | null>;
	openRead(key: string, range?: { start: number; end: number }): Readable;
	importFile(kind: MediaKind, sourcePath: string): Promise<StoredFile>;
}

/**
 * Media files on the local disk, under `root`:
 * - `uploads/<uploadId>.part` (bytes received so far) and `uploads/<uploadId>.json` (kind, total, creation time);
 * - `files/<first 2 hex>/<sha256>` (finished, immutable content) and `files/<first 2 hex>/<sha256>.json`
 *   (its media type, kind and size).
 * A file appears in `files/` in one rename, after its checks and an fsync, so an interrupted upload never leaves
 * a partial file there. One instance per process: appends to an upload are serialised in memory.
 */
export class MediaStore implements MediaStorage {
	readonly #root: string;
	readonly #uploads: string;
	readonly #files: string;
	/** The last queued operation of each upload, so that two requests never write the same upload at once. */
	readonly #queues = new Map<string, Promise<unknown>>();

	constructor(root: string) {
		this.#root = path.resolve(root);
		this.#uploads = path.join(this.#root, 'uploads');
		this.#files = path.join(this.#root, 'files');
	}

	/** Starts an upload of `totalBytes` bytes of the given kind. */
	async beginUpload(kind: MediaKind, totalBytes: number): Promise<{ uploadId: string }> {
		if (!isMediaKind(kind)) {
			const expected = Object.values(MEDIA_TYPE_LABELS).join(', ');
			throw new DomainError('media.wrong_type', 422, { values: { expected } });
		}
		if (!Number.isSafeInteger(totalBytes) || totalBytes <= 0) {
			throw new DomainError('media.empty', 400);
		}
		if (totalBytes > MEDIA_LIMITS[kind].maxBytes) throw tooLarge(kind);
		const uploadId = randomUUID();
		await fs.mkdir(this.#uploads, { recursive: true });
		// The part first, the description last: a description always has its part.
		await fs.writeFile(this.#part(uploadId), new Uint8Array(), { flag: 'wx' });
		const meta: UploadMeta = { kind, totalBytes, createdAt: new Date().toISOString() };
		await fs.writeFile(this.#meta(uploadId), JSON.stringify(meta), { flag: 'wx' });
		return { uploadId };
	}

	/** How much of an upload has arrived, for a client that resumes it. */
	async uploadStatus(uploadId: string): Promise<UploadStatus> {
		this.#checkUploadId(uploadId);
		return this.#serial(uploadId, async () => {
			const meta = await this.#readUpload(uploadId);
			return {
				kind: meta.kind,
				totalBytes: meta.totalBytes,
				received: await this.#received(uploadId)
			};
		});
	}

	/**
	 * Adds `chunk` at `offset`, which must be the number of bytes received so far. Resending the last chunk (same
	 * offset, same bytes) is accepted without writing again, for a client whose answer got lost. Once the first
	 * SNIFF_BYTES bytes (or the whole file) are in, the content must be of the upload's kind, else the upload is
	 * discarded. A refused chunk leaves the upload as it was.
	 */
	async appendChunk(
		uploadId: string,
		offset: number,
		chunk: Uint8Array
	): Promise<{ received: number; complete: boolean }> {
		this.#checkUploadId(uploadId);
		return this.#serial(uploadId, async () => {
			const meta = await this.#readUpload(uploadId);
			const received = await this.#received(uploadId);
			const status = (bytes: number) => ({ received: bytes, complete: bytes === meta.totalBytes });

			if (offset !== received) {
				if (await this.#isRepeat(uploadId, offset, chunk, received)) return status(received);
				throw new DomainError('media.bad_offset', 409, { values: { expected: received } });
			}
			if (received + chunk.length > meta.totalBytes) throw tooLarge(meta.kind);
			if (chunk.length === 0) return status(received);

			const part = this.#part(uploadId);
			const handle = await fs.open(part, 'a');
			try {
				await handle.write(chunk);
			} catch (error) {
				// Drop a partly written chunk so that the client can send it again at the same offset.
				await handle.truncate(received).catch(() => undefined);
				throw error;
			} finally {
				await handle.close();
			}

			const now = received + chunk.length;
			const sniffAt = Math.min(SNIFF_BYTES, meta.totalBytes);
			if (received < sniffAt && now >= sniffAt) {
				const type = sniffType(await readHead(part));
				if (!type || !MEDIA_LIMITS[meta.kind].types.includes(type)) {
					await this.#removeUpload(uploadId);
					throw wrongType(meta.kind);
				}
			}
			return status(now);
		});
	}

	/**
	 * Checks the complete upload again (type, and WebVTT for captions), then moves it into the store under its
	 * sha256 and forgets the upload. An incomplete upload is refused with `media.bad_offset` and kept, so that the
	 * client can resume it; any other failure discards the upload and leaves the store untouched.
	 */
	async finishUpload(uploadId: string): Promise<StoredFile> {
		this.#checkUploadId(uploadId);
		return this.#serial(uploadId, async () => {
			const meta = await this.#readUpload(uploadId);
			const received = await this.#received(uploadId);
			if (received !== meta.totalBytes) {
				throw new DomainError('media.bad_offset', 409, { values: { expected: received } });
			}
			try {
				return await this.#store(uploadId, meta);
			} catch (error) {
				await this.#removeUpload(uploadId);
				throw error;
			}
		});
	}

	/** Drops an upload and what it received; nothing happens if it no longer exists. */
	async abortUpload(uploadId: string): Promise<void> {
		this.#checkUploadId(uploadId);
		await this.#serial(uploadId, () => this.#removeUpload(uploadId));
	}

	/**
	 * Removes uploads started at least `olderThanMs` ago, and leftovers of a crash (a part without its description,
	 * temporary files) not modified for that long. Call it at startup and then every hour. Returns how many uploads
	 * (or groups of leftovers) it removed.
	 */
	async cleanStaleUploads(olderThanMs: number): Promise<number> {
		const cutoff = Date.now() - olderThanMs;
		const names = await fs.readdir(this.#uploads).catch((error: unknown) => {
			if (isMissing(error)) return [];
			throw error;
		});
		const groups = new Map<string, string[]>();
		for (const name of names) {
			const id = name.slice(0, 36);
			const group = UPLOAD_ID.test(id) ? id : name;
			groups.set(group, [...(groups.get(group) ?? []), name]);
		}
		let removed = 0;
		for (const [group, files] of groups) {
			const stale = UPLOAD_ID.test(group)
				? await this.#serial(group, async () => {
						const isStale = await this.#isStale(group, files, cutoff);
						if (isStale) await this.#removeUpload(group, files);
						return isStale;
					})
				: await this.#isStale(group, files, cutoff).then(async (isStale) => {
						if (isStale) await removeIfPresent(path.join(this.#uploads, group));
						return isStale;
					});
			if (stale) removed++;
		}
		return removed;
	}

	/** The file under `key`, or null when there is none (or the key is malformed). */
	async stat(key: string): Promise<StoredFile | null> {
		if (!KEY.test(key)) return null;
		const file = this.#file(key);
		const info = await fs.stat(file).catch((error: unknown) => {
			if (isMissing(error)) return null;
			throw error;
		});
		if (!info?.isFile()) return null;
		const meta = await fs
			.readFile(`${file}.json`, 'utf8')
			.then((text) => JSON.parse(text) as Partial<FileMeta>)
			.catch(() => ({}) as Partial<FileMeta>);
		// A file restored without its description is recognised again from its content.
		const mimeType = meta.mimeType ?? sniffType(await readHead(file));
		const kind = isMediaKind(meta.kind) ? meta.kind : kindOf(mimeType);
		if (!mimeType || !kind) return null;
		return { key, sha256: key, bytes: info.size, mimeType, kind };
	}

	/**
	 * A stream of the file's bytes, or of `range` (both ends included, as in an HTTP Range). A key that does not
	 * exist gives a stream that fails with ENOENT: call `stat` first.
	 */
	openRead(key: string, range?: { start: number; end: number }): ReadStream {
		if (!KEY.test(key)) throw notFoundOrNotAllowed();
		return createReadStream(this.#file(key), range ? { start: range.start, end: range.end } : {});
	}

	/** The UTF-8 text of a small file (captions); larger files than the captions limit are refused. */
	async readText(key: string): Promise<string> {
		const file = await this.stat(key);
		if (!file) throw notFoundOrNotAllowed();
		if (file.bytes > MEDIA_LIMITS.captions.maxBytes) throw tooLarge('captions');
		return fs.readFile(this.#file(key), 'utf8');
	}

	/** Stores a file from the disk (the demo's sample video) with the same checks as an upload. */
	async importFile(kind: MediaKind, sourcePath: string): Promise<StoredFile> {
		const info = await fs.stat(sourcePath);
		const { uploadId } = await this.beginUpload(kind, info.isFile() ? info.size : 0);
		try {
			await this.#serial(uploadId, () => fs.copyFile(sourcePath, this.#part(uploadId)));
		} catch (error) {
			await this.abortUpload(uploadId);
			throw error;
		}
		return this.finishUpload(uploadId);
	}

	async #store(uploadId: string, meta: UploadMeta): Promise<StoredFile> {
		const part = this.#part(uploadId);
		const mimeType = sniffType(await readHead(part));
		if (!mimeType || !MEDIA_LIMITS[meta.kind].types.includes(mimeType)) throw wrongType(meta.kind);
		if (meta.kind === 'captions') {
			let text: string;
			try {
				text = new TextDecoder('utf-8', { fatal: true }).decode(await fs.readFile(part));
			} catch {
				throw new DomainError('media.bad_captions', 422, { values: { line: 1 } });
			}
			const check = checkWebVtt(text);
			if (!check.ok)
				throw new DomainError('media.bad_captions', 422, { values: { line: check.line } });
		}

		const hash = createHash('sha256');
		await pipeline(createReadStream(part), hash);
		const sha256 = hash.digest('hex');
		await fsyncFile(part);

		const target = this.#file(sha256);
		const directory = path.dirname(target);
		await fs.mkdir(directory, { recursive: true });
		// The description goes in first, also by rename, so that a file in the store always has one.
		const fileMeta: FileMeta = { mimeType, kind: meta.kind, bytes: meta.totalBytes };
		const temporary = path.join(this.#uploads, `${uploadId}.meta.tmp`);
		await fs.writeFile(temporary, JSON.stringify(fileMeta));
		await fsyncFile(temporary);
		await fs.rename(temporary, `${target}.json`);
		const exists = await fs.stat(target).then(
			() => true,
			(error: unknown) => {
				if (isMissing(error)) return false;
				throw error;
			}
		);
		// Identical content is already stored: the upload is simply dropped.
		if (exists) await removeIfPresent(part);
		else {
			await fs.rename(part, target).catch(async (error: unknown) => {
				await removeIfPresent(`${target}.json`);
				throw error;
			});
		}
		await fsyncDirectory(directory);
		await removeIfPresent(this.#meta(uploadId));
		return { key: sha256, sha256, bytes: meta.totalBytes, mimeType, kind: meta.kind };
	}

	async #isRepeat(
		uploadId: string,
		offset: number,
		chunk: Uint8Array,
		received: number
	): Promise<boolean> {
		if (chunk.length === 0 || offset < 0 || offset + chunk.length !== received) return false;
		const handle = await fs.open(this.#part(uploadId), 'r');
		try {
			const stored = new Uint8Array(chunk.length);
			const { bytesRead } = await handle.read(stored, 0, chunk.length, offset);
			return bytesRead === chunk.length && Buffer.compare(stored, chunk) === 0;
		} finally {
			await handle.close();
		}
	}

	async #isStale(group: string, files: string[], cutoff: number): Promise<boolean> {
		if (UPLOAD_ID.test(group)) {
			const meta = await this.#readUpload(group).catch(() => undefined);
			if (meta) return Date.parse(meta.createdAt) <= cutoff;
		}
		const times = await Promise.all(
			files.map((name) =>
				fs.stat(path.join(this.#uploads, name)).then(
					(info) => info.mtimeMs,
					() => -Infinity
				)
			)
		);
		return times.every((time) => time <= cutoff);
	}

	async #readUpload(uploadId: string): Promise<UploadMeta> {
		let text: string;
		try {
			text = await fs.readFile(this.#meta(uploadId), 'utf8');
		} catch (error) {
			if (isMissing(error)) throw uploadNotFound();
			throw error;
		}
		let meta: Partial<UploadMeta>;
		try {
			meta = JSON.parse(text) as Partial<UploadMeta>;
		} catch {
			throw uploadNotFound();
		}
		if (
			!isMediaKind(meta.kind) ||
			!Number.isSafeInteger(meta.totalBytes) ||
			typeof meta.createdAt !== 'string'
		) {
			throw uploadNotFound();
		}
		return meta as UploadMeta;
	}

	async #received(uploadId: string): Promise<number> {
		try {
			return (await fs.stat(this.#part(uploadId))).size;
		} catch (error) {
			if (isMissing(error)) throw uploadNotFound();
			throw error;
		}
	}

	async #removeUpload(uploadId: string, names?: string[]): Promise<void> {
		const files = names ?? [`${uploadId}.part`, `${uploadId}.meta.tmp`, `${uploadId}.json`];
		// The description last: while it exists, the upload is still there to be cleaned.
		const ordered = [
			...files.filter((name) => !name.endsWith('.json')),
			...files.filter((name) => name.endsWith('.json'))
		];
		for (const name of ordered) await removeIfPresent(path.join(this.#uploads, name));
	}

	/** Runs `task` after every earlier operation on the same upload has settled. */
	#serial<T>(uploadId: string, task: () => Promise<T>): Promise<T> {
		const previous = this.#queues.get(uploadId) ?? Promise.resolve();
		const result = previous.then(task);
		const settled = result.then(
			() => undefined,
			() => undefined
		);
		this.#queues.set(uploadId, settled);
		void settled.then(() => {
			if (this.#queues.get(uploadId) === settled) this.#queues.delete(uploadId);
		});
		return result;
	}

	#checkUploadId(uploadId: string): void {
		if (typeof uploadId !== 'string' || !UPLOAD_ID.test(uploadId)) throw uploadNotFound();
	}

	#part(uploadId: string): string {
		return path.join(this.#uploads, `${uploadId}.part`);
	}

	#meta(uploadId: string): string {
		return path.join(this.#uploads, `${uploadId}.json`);
	}

	#file(key: string): string {
		return path.join(this.#files, key.slice(0, 2), key);
	}
}
