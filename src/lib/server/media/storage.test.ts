import { createHash, randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { text as streamText } from 'node:stream/consumers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DomainError } from '../platform/errors.ts';
import { MediaStore } from './storage.ts';

const MB = 1024 * 1024;
let root: string;
let store: MediaStore;

beforeEach(async () => {
	root = await fs.mkdtemp(path.join(os.tmpdir(), 'media-store-'));
	store = new MediaStore(root);
});

afterEach(async () => {
	await fs.rm(root, { recursive: true, force: true });
});

const encode = (value: string) => new TextEncoder().encode(value);

/** An MP4 file of `size` bytes: an ftyp box, then random bytes. */
function mp4(size: number): Uint8Array {
	const file = randomBytes(size);
	file.set([0, 0, 0, 0x18, ...encode('ftypisom'), 0, 0, 2, 0, ...encode('isommp41')]);
	return new Uint8Array(file);
}

/** The start of a WebM file as ffmpeg writes it, then random bytes up to `size`. */
function webm(size: number): Uint8Array {
	const header = [
		[0x1a, 0x45, 0xdf, 0xa3, 0x9f],
		[
			0x42, 0x86, 0x81, 0x01, 0x42, 0xf7, 0x81, 0x01, 0x42, 0xf2, 0x81, 0x04, 0x42, 0xf3, 0x81, 0x08
		],
		[0x42, 0x82, 0x84, ...encode('webm'), 0x42, 0x87, 0x81, 0x04, 0x42, 0x85, 0x81, 0x02]
	].flat();
	const file = randomBytes(size);
	file.set(header);
	return new Uint8Array(file);
}

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

async function upload(kind: 'video' | 'captions' | 'poster', data: Uint8Array, chunkSize = 2 * MB) {
	const { uploadId } = await store.beginUpload(kind, data.length);
	for (let offset = 0; offset < data.length; offset += chunkSize) {
		await store.appendChunk(uploadId, offset, data.subarray(offset, offset + chunkSize));
	}
	return store.finishUpload(uploadId);
}

async function failure(promise: Promise<unknown>): Promise<DomainError> {
	const error = await promise.then(
		() => undefined,
		(reason: unknown) => reason
	);
	if (!(error instanceof DomainError))
		throw new Error(`expected a DomainError, got ${String(error)}`);
	return error;
}

/** Every file under `dir`, relative to it, sorted; [] when it does not exist. */
async function listing(dir: string): Promise<string[]> {
	const entries = await fs.readdir(path.join(root, dir), { recursive: true }).catch(() => []);
	const files = [];
	for (const entry of entries) {
		if ((await fs.stat(path.join(root, dir, entry))).isFile()) files.push(entry);
	}
	return files.sort();
}

describe('uploading media in chunks', () => {
	it('stores a video sent in three chunks under the sha256 of its content', async () => {
		const video = mp4(5 * MB + 123);
		const { uploadId } = await store.beginUpload('video', video.length);

		expect(await store.appendChunk(uploadId, 0, video.subarray(0, 2 * MB))).toEqual({
			received: 2 * MB,
			complete: false
		});
		expect(await store.appendChunk(uploadId, 2 * MB, video.subarray(2 * MB, 4 * MB))).toEqual({
			received: 4 * MB,
			complete: false
		});
		expect(await store.appendChunk(uploadId, 4 * MB, video.subarray(4 * MB))).toEqual({
			received: video.length,
			complete: true
		});
		const stored = await store.finishUpload(uploadId);

		const hash = sha256(video);
		expect(stored).toEqual({
			key: hash,
			sha256: hash,
			bytes: video.length,
			mimeType: 'video/mp4',
			kind: 'video'
		});
		expect(await listing('files')).toEqual([
			`${hash.slice(0, 2)}/${hash}`,
			`${hash.slice(0, 2)}/${hash}.json`
		]);
		expect(await listing('uploads')).toEqual([]);
		expect(await store.stat(hash)).toEqual(stored);
		const copy = await fs.readFile(path.join(root, 'files', hash.slice(0, 2), hash));
		expect(Buffer.compare(copy, video)).toBe(0);
	});

	it('reads a stored file back whole or by an inclusive byte range', async () => {
		const stored = await upload('captions', encode('WEBVTT\n\n00:01.000 --> 00:02.000\nBonjour\n'));

		expect(await streamText(store.openRead(stored.key))).toBe(
			'WEBVTT\n\n00:01.000 --> 00:02.000\nBonjour\n'
		);
		expect(await streamText(store.openRead(stored.key, { start: 8, end: 16 }))).toBe('00:01.000');
		expect(await store.readText(stored.key)).toBe('WEBVTT\n\n00:01.000 --> 00:02.000\nBonjour\n');
	});

	it('keeps one copy of identical uploads', async () => {
		const poster = new Uint8Array([
			0x89,
			...encode('PNG'),
			0x0d,
			0x0a,
			0x1a,
			0x0a,
			...randomBytes(3000)
		]);

		const first = await upload('poster', poster);
		const second = await upload('poster', poster, 1000);

		expect(second).toEqual(first);
		expect(first.mimeType).toBe('image/png');
		expect(await listing('files')).toHaveLength(2);
		expect(await listing('uploads')).toEqual([]);
	});

	it('lets a client resume from what arrived, and accepts the last chunk sent again', async () => {
		const video = webm(3 * MB);
		const { uploadId } = await store.beginUpload('video', video.length);
		await store.appendChunk(uploadId, 0, video.subarray(0, 2 * MB));

		expect(await store.uploadStatus(uploadId)).toEqual({
			kind: 'video',
			totalBytes: video.length,
			received: 2 * MB
		});
		expect(await store.appendChunk(uploadId, 0, video.subarray(0, 2 * MB))).toEqual({
			received: 2 * MB,
			complete: false
		});
		await store.appendChunk(uploadId, 2 * MB, video.subarray(2 * MB));
		expect((await store.finishUpload(uploadId)).mimeType).toBe('video/webm');
	});

	it('refuses a chunk out of order, saying which offset it expects, and keeps the upload', async () => {
		const video = mp4(3 * MB);
		const { uploadId } = await store.beginUpload('video', video.length);
		await store.appendChunk(uploadId, 0, video.subarray(0, MB));

		const ahead = await failure(store.appendChunk(uploadId, 2 * MB, video.subarray(2 * MB)));
		expect([ahead.code, ahead.status, ahead.values]).toEqual([
			'media.bad_offset',
			409,
			{ expected: MB }
		]);
		// The same length at an earlier offset, but different bytes: not a repeat.
		const changed = await failure(store.appendChunk(uploadId, 0, mp4(MB)));
		expect([changed.code, changed.values]).toEqual(['media.bad_offset', { expected: MB }]);

		expect(await store.appendChunk(uploadId, MB, video.subarray(MB))).toEqual({
			received: 3 * MB,
			complete: true
		});
	});

	it('serialises chunks that arrive at the same time for one upload', async () => {
		const video = mp4(3 * MB);
		const { uploadId } = await store.beginUpload('video', video.length);

		const results = await Promise.allSettled([
			store.appendChunk(uploadId, 0, video.subarray(0, MB)),
			store.appendChunk(uploadId, MB, video.subarray(MB, 2 * MB)),
			store.appendChunk(uploadId, 2 * MB, video.subarray(2 * MB))
		]);

		expect(results.map((result) => result.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled']);
		expect((await store.finishUpload(uploadId)).sha256).toBe(sha256(video));
	});

	it('refuses to finish an incomplete upload, and keeps it for resuming', async () => {
		const video = mp4(3 * MB);
		const { uploadId } = await store.beginUpload('video', video.length);
		await store.appendChunk(uploadId, 0, video.subarray(0, 2 * MB));

		const error = await failure(store.finishUpload(uploadId));

		expect([error.code, error.status, error.values]).toEqual([
			'media.bad_offset',
			409,
			{ expected: 2 * MB }
		]);
		expect((await store.uploadStatus(uploadId)).received).toBe(2 * MB);
		expect(await listing('files')).toEqual([]);
	});

	it('refuses a declared size above the limit of the kind, or an empty file', async () => {
		const video = await failure(store.beginUpload('video', 200 * MB + 1));
		expect([video.code, video.status, video.values]).toEqual([
			'media.too_large',
			413,
			{ max: 200 }
		]);
		const captions = await failure(store.beginUpload('captions', 512 * 1024 + 1));
		expect([captions.code, captions.values]).toEqual(['media.too_large', { max: 0.5 }]);
		for (const size of [0, -1, 1.5, Number.NaN]) {
			const empty = await failure(store.beginUpload('poster', size));
			expect([empty.code, empty.status]).toEqual(['media.empty', 400]);
		}
		expect((await store.beginUpload('video', 200 * MB)).uploadId).toMatch(/^[0-9a-f-]{36}$/);
	});

	it('refuses more bytes than declared, without writing them', async () => {
		const video = mp4(MB);
		const { uploadId } = await store.beginUpload('video', MB - 10);

		const error = await failure(store.appendChunk(uploadId, 0, video));

		expect([error.code, error.status, error.values]).toEqual([
			'media.too_large',
			413,
			{ max: 200 }
		]);
		expect((await store.uploadStatus(uploadId)).received).toBe(0);
	});

	it('discards an upload whose first chunk is not of its kind', async () => {
		const notes = encode('These are my notes, renamed video.mp4.\n'.repeat(200));
		const { uploadId } = await store.beginUpload('video', notes.length * 2);

		const error = await failure(store.appendChunk(uploadId, 0, notes));

		expect([error.code, error.status, error.values]).toEqual([
			'media.wrong_type',
			422,
			{ expected: 'MP4, WebM' }
		]);
		expect(await listing('uploads')).toEqual([]);
		const gone = await failure(store.appendChunk(uploadId, 0, notes));
		expect([gone.code, gone.status]).toEqual(['media.upload_not_found', 404]);
	});

	it('refuses a video sent as a poster', async () => {
		const error = await failure(upload('poster', mp4(10_000)));

		expect([error.code, error.values]).toEqual([
			'media.wrong_type',
			{ expected: 'PNG, JPEG, WebP' }
		]);
		expect(await listing('files')).toEqual([]);
	});

	it('checks the type of a small file once all of it has arrived', async () => {
		const captions = encode('WEBVTT\n\n00:01.000 --> 00:02.000\nHi\n');
		const { uploadId } = await store.beginUpload('captions', captions.length);

		expect(await store.appendChunk(uploadId, 0, captions.subarray(0, 3))).toEqual({
			received: 3,
			complete: false
		});
		await store.appendChunk(uploadId, 3, captions.subarray(3));
		expect((await store.finishUpload(uploadId)).mimeType).toBe('text/vtt');
	});

	it('refuses captions that are not valid WebVTT, naming the line, and discards them', async () => {
		const error = await failure(
			upload(
				'captions',
				encode('WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHi\n\n00:03 --> 00:04\nNo')
			)
		);

		expect([error.code, error.status, error.values]).toEqual([
			'media.bad_captions',
			422,
			{ line: 6 }
		]);
		expect(await listing('files')).toEqual([]);
		expect(await listing('uploads')).toEqual([]);
	});

	it('refuses captions that are not UTF-8, on line 1', async () => {
		const latin1 = new Uint8Array([
			...encode('WEBVTT\n\n00:01.000 --> 00:02.000\nCaf'),
			0xe9,
			0x0a
		]);

		const error = await failure(upload('captions', latin1));

		expect([error.code, error.values]).toEqual(['media.bad_captions', { line: 1 }]);
	});

	it('refuses upload ids that are not UUIDs before touching the disk', async () => {
		await fs.writeFile(
			path.join(root, 'secret.json'),
			JSON.stringify({ kind: 'video', totalBytes: 9 })
		);
		for (const id of [
			'../secret',
			'../../etc/passwd',
			`${randomUUID()}/../x`,
			randomUUID().toUpperCase(),
			''
		]) {
			const error = await failure(store.appendChunk(id, 0, encode('x')));
			expect([error.code, error.status]).toEqual(['media.upload_not_found', 404]);
			expect((await failure(store.finishUpload(id))).code).toBe('media.upload_not_found');
		}
		const unknown = await failure(store.appendChunk(randomUUID(), 0, encode('x')));
		expect(unknown.code).toBe('media.upload_not_found');
		expect(await fs.readdir(root)).toEqual(['secret.json']);
	});

	it('finds nothing under a key that is not a sha256', async () => {
		expect(await store.stat('../uploads/x')).toBeNull();
		expect(await store.stat('A'.repeat(64))).toBeNull();
		expect(await store.stat('a'.repeat(64))).toBeNull();
		expect(() => store.openRead('../../etc/passwd')).toThrow(DomainError);
	});

	it('aborts an upload, removing what it received', async () => {
		const { uploadId } = await store.beginUpload('video', MB);
		await store.appendChunk(uploadId, 0, mp4(5000));

		await store.abortUpload(uploadId);

		expect(await listing('uploads')).toEqual([]);
		expect((await failure(store.uploadStatus(uploadId))).code).toBe('media.upload_not_found');
	});
});

describe('cleaning interrupted uploads', () => {
	it('leaves the store empty after an upload that never finished, and cleans its parts', async () => {
		const video = mp4(3 * MB);
		const { uploadId } = await store.beginUpload('video', video.length);
		await store.appendChunk(uploadId, 0, video.subarray(0, 2 * MB));

		expect(await listing('files')).toEqual([]);
		expect(await store.cleanStaleUploads(60 * 60 * 1000)).toBe(0);
		expect(await listing('uploads')).toEqual([`${uploadId}.json`, `${uploadId}.part`]);

		expect(await store.cleanStaleUploads(0)).toBe(1);
		expect(await listing('uploads')).toEqual([]);
		expect(await listing('files')).toEqual([]);
	});

	it('cleans a part left without its description by a crash, once it is old enough', async () => {
		await fs.mkdir(path.join(root, 'uploads'));
		const orphan = path.join(root, 'uploads', `${randomUUID()}.part`);
		const temporary = path.join(root, 'uploads', `${randomUUID()}.meta.tmp`);
		await fs.writeFile(orphan, mp4(1000));
		await fs.writeFile(temporary, '{"mimeType":');
		const fresh = path.join(root, 'uploads', `${randomUUID()}.part`);
		await fs.writeFile(fresh, mp4(1000));
		const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
		await fs.utimes(orphan, twoHoursAgo, twoHoursAgo);
		await fs.utimes(temporary, twoHoursAgo, twoHoursAgo);

		expect(await store.cleanStaleUploads(60 * 60 * 1000)).toBe(2);
		expect(await listing('uploads')).toEqual([path.basename(fresh)]);
	});

	it('does nothing when no upload was ever made', async () => {
		expect(await store.cleanStaleUploads(0)).toBe(0);
	});
});

describe('importing a file from the disk', () => {
	it('stores a WebM video with the same checks as an upload', async () => {
		const source = path.join(root, 'sample.webm');
		const video = webm(300_000);
		await fs.writeFile(source, video);

		const stored = await store.importFile('video', source);

		expect(stored).toEqual({
			key: sha256(video),
			sha256: sha256(video),
			bytes: video.length,
			mimeType: 'video/webm',
			kind: 'video'
		});
		expect(await store.stat(stored.key)).toEqual(stored);
		expect(await listing('uploads')).toEqual([]);
	});

	it('refuses a file of the wrong kind and leaves nothing behind', async () => {
		const source = path.join(root, 'poster.webm');
		await fs.writeFile(source, webm(1000));

		const error = await failure(store.importFile('poster', source));

		expect(error.code).toBe('media.wrong_type');
		expect(await listing('files')).toEqual([]);
		expect(await listing('uploads')).toEqual([]);
	});
});
