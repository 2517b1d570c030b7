// A media file (video, poster, captions) for the players: byte ranges for seeking, ETag revalidation.
import { error } from '@sveltejs/kit';
import { fileResponse } from '#lib/server/media/file-response.ts';
import { servableMedia } from '#lib/server/media/service.ts';
import { DomainError } from '#lib/server/platform/errors.ts';
import type { RequestHandler } from './$types';

const serve: RequestHandler = async ({ locals, params, request }) => {
	try {
		const { file, cacheControl } = await servableMedia(locals.actor, params.id);
		return fileResponse(request, file, { cacheControl });
	} catch (failure) {
		if (failure instanceof DomainError)
			error(404, 'errors.not_found_or_not_allowed', { code: 'errors.not_found_or_not_allowed' });
		throw failure;
	}
};

export const GET = serve;
export const HEAD = serve;
