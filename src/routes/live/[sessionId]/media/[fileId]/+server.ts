// A video file on a live screen: for the session's paired projector (which has no adult's session) and for
// those who run it, and only a file of a video the session's workshop uses. Byte ranges, nothing cached.
import { fileResponse } from '#lib/server/media/file-response.ts';
import { servablePublishedMedia } from '#lib/server/media/service.ts';
import { presenterCookie } from '#lib/server/live/presenter-cookie.ts';
import { sessionMediaOwner } from '#lib/server/live/service.ts';
import { DomainError, notFoundOrNotAllowed } from '#lib/server/platform/errors.ts';
import type { RequestHandler } from './$types';

const serve: RequestHandler = async ({ locals, params, request, cookies }) => {
	try {
		const organisationId = await sessionMediaOwner(
			locals.actor,
			params.sessionId,
			params.fileId,
			presenterCookie(cookies)
		);
		const { file, cacheControl } = await servablePublishedMedia(organisationId, params.fileId);
		return fileResponse(request, file, { cacheControl });
	} catch (failure) {
		if (failure instanceof DomainError) throw notFoundOrNotAllowed();
		throw failure;
	}
};

export const GET = serve;
export const HEAD = serve;
