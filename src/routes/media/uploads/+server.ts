// Starts uploading a video's file (the film, its poster, captions): `{ videoId, kind, bytes }` in JSON.
import { z } from 'zod';
import { beginUpload } from '#lib/server/media/service.ts';
import { documentId } from '#lib/server/platform/content-inputs.ts';
import { jsonAnswer, readJson, refusal } from '#lib/server/platform/json-api.ts';
import { UPLOAD_CHUNK_BYTES } from '#lib/domain/media/sniff.ts';
import type { RequestHandler } from './$types';

const input = z
	.object({
		videoId: documentId,
		kind: z.enum(['video', 'captions', 'poster']),
		bytes: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER)
	})
	.strict();

export const POST: RequestHandler = async ({ locals, request }) => {
	const parsed = input.safeParse(await readJson(request, 1024));
	if (!parsed.success) return refusal('errors.bad_request', 400);
	const { videoId, kind, bytes } = parsed.data;
	return jsonAnswer(
		async () => ({
			...(await beginUpload(locals.actor, videoId, kind, bytes)),
			chunkBytes: UPLOAD_CHUNK_BYTES
		}),
		201
	);
};
