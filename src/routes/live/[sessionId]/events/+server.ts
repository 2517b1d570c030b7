// The live stream of one session (server-sent events), as the view asked for: the control view for those
// who run it, the screen for a paired presenter, the participant view for the group's participants.
import { z } from 'zod';
import { openLiveStream } from '#lib/server/live/hub.ts';
import { presenterCookie } from '#lib/server/live/presenter-cookie.ts';
import { openStream } from '#lib/server/live/service.ts';
import { refusal } from '#lib/server/platform/json-api.ts';
import { DomainError } from '#lib/server/platform/errors.ts';
import type { RequestHandler } from './$types';

const view = z.enum(['control', 'presenter', 'participant']);

export const GET: RequestHandler = async ({ locals, params, url, cookies }) => {
	const asked = view.safeParse(url.searchParams.get('view'));
	if (!asked.success) return refusal('errors.bad_request', 400);
	try {
		const access = await openStream(
			locals.actor,
			params.sessionId,
			asked.data,
			presenterCookie(cookies)
		);
		return openLiveStream(params.sessionId, access, locals.locale);
	} catch (failure) {
		if (failure instanceof DomainError) return refusal(failure.code, failure.status);
		throw failure;
	}
};
