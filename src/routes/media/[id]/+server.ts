// A media file (video, poster, captions) for the players: byte ranges for seeking, ETag revalidation.
import { fileResponse } from '#lib/server/media/file-response.ts';
import { servableMedia } from '#lib/server/media/service.ts';
import { DomainError, notFoundOrNotAllowed } from '#lib/server/platform/errors.ts';
import type { RequestHandler } from './$types';

const serve: RequestHandler = async ({ locals, params, request }) => {
	try {
		const { file, cacheControl } = await servableMedia(locals.actor, params.id);
		return fileResponse(request, file, { cacheControl });
	} catch (failure) {
		if (failure instanceof DomainError) throw notFoundOrNotAllowed();
		throw failure;
	}
};

export const GET = serve;
export const HEAD = serve;
