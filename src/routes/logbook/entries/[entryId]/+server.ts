// One entry of her logbook: its next version's ciphertext (PUT) or taking it out for good (DELETE).
import { SIZE_BUCKETS } from '#lib/domain/logbook/crypto.ts';
import { entryIdInput, entryInput } from '#lib/server/logbook/inputs.ts';
import { deleteEntry, saveEntry } from '#lib/server/logbook/service.ts';
import { jsonAnswer, readJson, refusal } from '#lib/server/platform/json-api.ts';
import type { RequestHandler } from './$types';

/** The largest bucket's ciphertext in base64, and room for the rest. */
const MAX_BODY = Math.ceil((SIZE_BUCKETS.at(-1)! + 16) / 3) * 4 + 1024;

export const PUT: RequestHandler = async ({ locals, params, request }) => {
	const body = await readJson(request, MAX_BODY);
	if (body === undefined) return refusal('logbook.too_large_or_malformed', 400);
	const parsed = entryInput.safeParse({ ...(body as object), id: params.entryId });
	if (!parsed.success) return refusal('errors.bad_request', 400);
	return jsonAnswer(() => saveEntry(locals.actor, parsed.data));
};

export const DELETE: RequestHandler = ({ locals, params }) => {
	const parsed = entryIdInput.safeParse({ id: params.entryId });
	if (!parsed.success) return refusal('errors.not_found_or_not_allowed', 404);
	return jsonAnswer(() => deleteEntry(locals.actor, parsed.data.id));
};
