// Serves a stored file over HTTP: GET and HEAD, byte ranges for video seeking, and revalidation by ETag.
import { Readable } from 'node:stream';
import rangeParser from 'range-parser';

/** What `fileResponse` needs of a file; `etag` is the entity tag without quotes (e.g. the file's sha256). */
export type ServableFile = {
	bytes: number;
	mimeType: string;
	etag: string;
	/** The file's bytes, or those of `range`, both ends included. */
	open: (range?: { start: number; end: number }) => Readable;
};

/** The tags of an If-None-Match header, compared weakly (a `W/` prefix is ignored), as RFC 9110 asks. */
function noneMatch(header: string, tag: string): boolean {
	if (header.trim() === '*') return true;
	return header.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === tag);
}

/**
 * The response for `file`: 200 with the whole file, 206 with one byte range, 304 when the client's copy is current,
 * 416 when the range lies outside the file, 405 for methods other than GET and HEAD.
 * - A Range header with several ranges that do not merge into one is answered with the whole file (200), as
 *   Express's `send` does; browsers' media players only ask for one.
 * - A malformed Range, a unit other than bytes, or an If-Range that is not this file's ETag also give the whole
 *   file. Ranges apply to GET only (RFC 9110); HEAD answers with the headers of the whole file.
 * - The body stream is destroyed when the request is aborted or the response body is cancelled.
 */
export function fileResponse(
	request: Request,
	file: ServableFile,
	options: { cacheControl: string; headers?: Record<string, string> }
): Response {
	const tag = `"${file.etag.replace(/^"|"$/g, '')}"`;
	const common = {
		...options.headers,
		'Accept-Ranges': 'bytes',
		ETag: tag,
		'Cache-Control': options.cacheControl,
		'X-Content-Type-Options': 'nosniff'
	};
	if (request.method !== 'GET' && request.method !== 'HEAD') {
		return new Response(null, { status: 405, headers: { ...common, Allow: 'GET, HEAD' } });
	}
	const ifNoneMatch = request.headers.get('if-none-match');
	if (ifNoneMatch !== null && noneMatch(ifNoneMatch, tag)) {
		return new Response(null, { status: 304, headers: common });
	}

	const headers = { ...common, 'Content-Type': file.mimeType };
	const rangeHeader = request.headers.get('range');
	const ifRange = request.headers.get('if-range');
	let range: { start: number; end: number } | undefined;
	if (
		request.method === 'GET' &&
		rangeHeader !== null &&
		(ifRange === null || ifRange.trim() === tag)
	) {
		const ranges = rangeParser(file.bytes, rangeHeader, { combine: true });
		if (ranges === -1) {
			return new Response(null, {
				status: 416,
				headers: { ...headers, 'Content-Range': `bytes */${file.bytes}` }
			});
		}
		if (ranges !== -2 && ranges.type === 'bytes' && ranges.length === 1) range = ranges[0];
	}

	const length = range ? range.end - range.start + 1 : file.bytes;
	const status = range ? 206 : 200;
	const responseHeaders: Record<string, string> = { ...headers, 'Content-Length': String(length) };
	if (range) responseHeaders['Content-Range'] = `bytes ${range.start}-${range.end}/${file.bytes}`;
	if (request.method === 'HEAD') return new Response(null, { status, headers: responseHeaders });
	return new Response(streamOf(file.open(range), request.signal), {
		status,
		headers: responseHeaders
	});
}

/** The Node stream as a web stream, destroyed as soon as the client goes away. */
function streamOf(stream: Readable, signal: AbortSignal): ReadableStream<Uint8Array> {
	const abort = () => stream.destroy();
	if (signal.aborted) abort();
	else {
		signal.addEventListener('abort', abort, { once: true });
		stream.once('close', () => signal.removeEventListener('abort', abort));
	}
	return Readable.toWeb(stream) as ReadableStream<Uint8Array>;
}
