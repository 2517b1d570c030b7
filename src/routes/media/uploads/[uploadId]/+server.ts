// One upload: where it stands (GET), its next chunk (PUT ?offset=n, raw bytes), finishing it (POST, `{}`),
// giving it up (DELETE). Only the person who began it, while they may still edit videos.
import { z } from 'zod';
import { UPLOAD_CHUNK_BYTES } from '#lib/domain/media/sniff.ts';
import {
	abortUpload,
	appendUploadChunk,
	finishUpload,
	uploadStatus
} from '#lib/server/media/service.ts';
import { jsonAnswer, readJson, refusal } from '#lib/server/platform/json-api.ts';
import type { RequestHandler } from './$types';

const offset = z.coerce.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

export const GET: RequestHandler = ({ locals, params }) =>
	jsonAnswer(() => uploadStatus(locals.actor, params.uploadId));

export const PUT: RequestHandler = async ({ locals, params, request, url }) => {
	const at = offset.safeParse(url.searchParams.get('offset') ?? '');
	if (!at.success) return refusal('errors.bad_request', 400);
	const declared = Number(request.headers.get('content-length') ?? 0);
	if (declared > UPLOAD_CHUNK_BYTES) return refusal('media.chunk_too_large', 413);
	const chunk = new Uint8Array(await request.arrayBuffer());
	if (chunk.length > UPLOAD_CHUNK_BYTES) return refusal('media.chunk_too_large', 413);
	return jsonAnswer(() => appendUploadChunk(locals.actor, params.uploadId, at.data, chunk));
};

export const POST: RequestHandler = async ({ locals, params, request }) => {
	if ((await readJson(request, 64)) === undefined) return refusal('errors.bad_request', 400);
	return jsonAnswer(async () => ({ file: await finishUpload(locals.actor, params.uploadId) }));
};

export const DELETE: RequestHandler = ({ locals, params }) =>
	jsonAnswer(() => abortUpload(locals.actor, params.uploadId));
