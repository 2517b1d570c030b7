import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileResponse, type ServableFile } from './file-response.ts';

const SIZE = 1000;
const ETAG = 'a'.repeat(64);
let dir: string;
let server: Server;
let origin: string;
let content: Buffer;

beforeEach(async () => {
	dir = await fs.mkdtemp(path.join(os.tmpdir(), 'file-response-'));
	content = randomBytes(SIZE);
	const source = path.join(dir, 'video');
	await fs.writeFile(source, content);
	const file: ServableFile = {
		bytes: SIZE,
		mimeType: 'video/mp4',
		etag: ETAG,
		open: (range) => createReadStream(source, range ?? {})
	};
	// The glue an adapter provides: Node request in, Response out.
	server = createServer((req, res) => {
		const headers = new Headers();
		for (const [name, value] of Object.entries(req.headers)) {
			if (typeof value === 'string') headers.set(name, value);
		}
		const aborted = new AbortController();
		res.once('close', () => aborted.abort());
		const request = new Request(`http://localhost${req.url}`, {
			method: req.method,
			headers,
			signal: aborted.signal
		});
		const response = fileResponse(request, file, {
			cacheControl: 'private, max-age=31536000, immutable',
			headers: { 'Content-Disposition': 'inline' }
		});
		res.writeHead(response.status, Object.fromEntries(response.headers));
		if (response.body)
			void pipeline(Readable.fromWeb(response.body as NodeReadableStream), res).catch(
				() => undefined
			);
		else res.end();
	});
	server.listen(0, '127.0.0.1');
	await once(server, 'listening');
	origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(async () => {
	server.closeAllConnections();
	server.close();
	await fs.rm(dir, { recursive: true, force: true });
});

async function get(headers: Record<string, string> = {}, method = 'GET') {
	const response = await fetch(`${origin}/video`, { method, headers });
	return { response, body: Buffer.from(await response.arrayBuffer()) };
}

describe('serving a stored file', () => {
	it('sends the whole file with its type, length, ETag and caching headers', async () => {
		const { response, body } = await get();

		expect(response.status).toBe(200);
		expect(Buffer.compare(body, content)).toBe(0);
		expect(Object.fromEntries(response.headers)).toMatchObject({
			'content-type': 'video/mp4',
			'content-length': String(SIZE),
			'accept-ranges': 'bytes',
			etag: `"${ETAG}"`,
			'cache-control': 'private, max-age=31536000, immutable',
			'x-content-type-options': 'nosniff',
			'content-disposition': 'inline'
		});
	});

	it('sends the first hundred bytes for bytes=0-99', async () => {
		const { response, body } = await get({ Range: 'bytes=0-99' });

		expect(response.status).toBe(206);
		expect(response.headers.get('content-range')).toBe(`bytes 0-99/${SIZE}`);
		expect(response.headers.get('content-length')).toBe('100');
		expect(Buffer.compare(body, content.subarray(0, 100))).toBe(0);
	});

	it('sends the rest of the file for bytes=100-', async () => {
		const { response, body } = await get({ Range: 'bytes=100-' });

		expect(response.status).toBe(206);
		expect(response.headers.get('content-range')).toBe(`bytes 100-999/${SIZE}`);
		expect(response.headers.get('content-length')).toBe('900');
		expect(Buffer.compare(body, content.subarray(100))).toBe(0);
	});

	it('sends the last fifty bytes for bytes=-50', async () => {
		const { response, body } = await get({ Range: 'bytes=-50' });

		expect(response.status).toBe(206);
		expect(response.headers.get('content-range')).toBe(`bytes 950-999/${SIZE}`);
		expect(response.headers.get('content-length')).toBe('50');
		expect(Buffer.compare(body, content.subarray(950))).toBe(0);
	});

	it('clips a range that runs past the end of the file', async () => {
		const { response, body } = await get({ Range: 'bytes=990-5000' });

		expect(response.headers.get('content-range')).toBe(`bytes 990-999/${SIZE}`);
		expect(Buffer.compare(body, content.subarray(990))).toBe(0);
	});

	it('answers 416 to a range that starts after the end', async () => {
		const { response, body } = await get({ Range: 'bytes=1000-1100' });

		expect(response.status).toBe(416);
		expect(response.headers.get('content-range')).toBe(`bytes */${SIZE}`);
		expect(body.length).toBe(0);
	});

	it('sends the whole file for several ranges, and one range for overlapping ones', async () => {
		const several = await get({ Range: 'bytes=0-9, 500-509' });
		expect(several.response.status).toBe(200);
		expect(Buffer.compare(several.body, content)).toBe(0);

		const overlapping = await get({ Range: 'bytes=0-9, 5-19' });
		expect(overlapping.response.status).toBe(206);
		expect(overlapping.response.headers.get('content-range')).toBe(`bytes 0-19/${SIZE}`);
		expect(Buffer.compare(overlapping.body, content.subarray(0, 20))).toBe(0);
	});

	it('ignores a malformed range and sends the whole file', async () => {
		const { response, body } = await get({ Range: 'bytes=abc' });

		expect(response.status).toBe(200);
		expect(body.length).toBe(SIZE);
	});

	it('answers HEAD with the headers and no body', async () => {
		const { response, body } = await get({}, 'HEAD');

		expect(response.status).toBe(200);
		expect(response.headers.get('content-length')).toBe(String(SIZE));
		expect(response.headers.get('content-type')).toBe('video/mp4');
		expect(body.length).toBe(0);
	});

	it('answers 304 when the client already has this version', async () => {
		for (const tag of [`"${ETAG}"`, `W/"${ETAG}"`, `"other", "${ETAG}"`, '*']) {
			const { response, body } = await get({ 'If-None-Match': tag });
			expect(response.status, tag).toBe(304);
			expect(response.headers.get('etag')).toBe(`"${ETAG}"`);
			expect(body.length).toBe(0);
		}
		expect((await get({ 'If-None-Match': '"other"' })).response.status).toBe(200);
	});

	it('sends the range only while If-Range still names this version', async () => {
		const matching = await get({ Range: 'bytes=0-99', 'If-Range': `"${ETAG}"` });
		expect(matching.response.status).toBe(206);
		expect(matching.body.length).toBe(100);

		const changed = await get({ Range: 'bytes=0-99', 'If-Range': '"an-older-version"' });
		expect(changed.response.status).toBe(200);
		expect(Buffer.compare(changed.body, content)).toBe(0);
	});

	it('refuses methods other than GET and HEAD', async () => {
		const { response } = await get({}, 'DELETE');

		expect(response.status).toBe(405);
		expect(response.headers.get('allow')).toBe('GET, HEAD');
	});
});

describe('releasing the file when the client goes away', () => {
	/** A stream that never ends, like a large file read slowly. */
	const endless = () => new Readable({ read() {} });
	const file = (stream: Readable): ServableFile => ({
		bytes: SIZE,
		mimeType: 'video/webm',
		etag: ETAG,
		open: () => stream
	});

	it('destroys the file stream when the request is aborted', async () => {
		const stream = endless();
		const client = new AbortController();
		fileResponse(new Request('http://localhost/video', { signal: client.signal }), file(stream), {
			cacheControl: 'no-store'
		});

		client.abort();

		expect(stream.destroyed).toBe(true);
	});

	it('destroys the file stream when the response body is cancelled', async () => {
		const stream = endless();
		const response = fileResponse(new Request('http://localhost/video'), file(stream), {
			cacheControl: 'no-store'
		});

		await response.body?.cancel();

		expect(stream.destroyed).toBe(true);
	});
});
