// What she shares and with whom she can share (GET: the facilitators of her groups who can receive, with their
// public keys), and sharing one of her entries with one of them (POST: a copy her browser sealed to their key).
import { SIZE_BUCKETS } from '#lib/domain/logbook/crypto.ts';
import { shareInput } from '#lib/server/logbook/inputs.ts';
import { myShares, shareEntry, shareTargets } from '#lib/server/logbook/service.ts';
import { jsonAnswer, readJson, refusal } from '#lib/server/platform/json-api.ts';
import type { RequestHandler } from './$types';

/** The largest bucket's ciphertext in base64, and room for the rest. */
const MAX_BODY = Math.ceil((SIZE_BUCKETS.at(-1)! + 16) / 3) * 4 + 2048;

export const GET: RequestHandler = ({ locals }) =>
	jsonAnswer(async () => ({
		shares: await myShares(locals.actor),
		targets: await shareTargets(locals.actor)
	}));

export const POST: RequestHandler = async ({ locals, request }) => {
	const body = await readJson(request, MAX_BODY);
	if (body === undefined) return refusal('logbook.too_large_or_malformed', 400);
	const parsed = shareInput.safeParse(body);
	if (!parsed.success) return refusal('errors.bad_request', 400);
	return jsonAnswer(() => shareEntry(locals.actor, parsed.data), 201);
};
