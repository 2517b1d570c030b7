// A video file on a live screen: for the session's paired projector (which has no adult's session) and for
// those who run it, and only a file of a video the session's workshop uses. Byte ranges, nothing cached.
import { fileResponse } from '#lib/server/media/file-response.ts';
import { presenterCookie } from '#lib/server/live/presenter-cookie.ts';
import { liveMediaFile } from '#lib/server/live/service.ts';
import { DomainError, notFoundOrNotAllowed } from '#lib/server/platform/errors.ts';
import type { RequestHandler } from './$types';

const serve: RequestHandler = async ({ locals, params, request, cookies }) => {
	try {
		const { file, cacheControl } = await liveMediaFile(
			locals.actor,
			params.sessionId,
			params.fileId,
			presenterCookie(cookies)
		);
		return fileResponse(request, file, { cacheControl });
	} catch (failure) {
		if (failure instanceof DomainError) throw notFoundOrNotAllowed();
		throw failure;
	}
};

export const GET = serve;
export const HEAD = serve;
