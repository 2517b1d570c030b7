// Her facilitator approves her request (audited): half B, sealed again in their browser to the request's key.
import { isUuid } from '#lib/domain/ids.ts';
import { releaseInput } from '#lib/server/logbook/inputs.ts';
import { approveRecovery } from '#lib/server/logbook/service.ts';
import { jsonAnswer, readJson, refusal } from '#lib/server/platform/json-api.ts';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ locals, params, request }) => {
	if (!isUuid(params.participantId)) return refusal('errors.not_found_or_not_allowed', 404);
	const parsed = releaseInput.safeParse(await readJson(request, 4096));
	if (!parsed.success) return refusal('errors.bad_request', 400);
	return jsonAnswer(() => approveRecovery(locals.actor, params.participantId, parsed.data));
};
