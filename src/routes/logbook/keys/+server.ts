// Her logbook as stored (GET: the wrapped key and every entry's ciphertext), setting it up (POST) and wrapping its
// key again under a new logbook pass-phrase, or a new recovery code (PUT). Only ciphertext crosses here (docs/logbook-security.md).
import { rewrapInput, setUpInput } from '#lib/server/logbook/inputs.ts';
import { myLogbook, rewrapLogbook, setUpLogbook } from '#lib/server/logbook/service.ts';
import { jsonAnswer, readJson, refusal } from '#lib/server/platform/json-api.ts';
import type { RequestHandler } from './$types';

/** A wrapped key with its parameters and a recovery wrap fit well within this. */
const MAX_BODY = 4096;

export const GET: RequestHandler = ({ locals }) => jsonAnswer(() => myLogbook(locals.actor));

export const POST: RequestHandler = async ({ locals, request }) => {
	const parsed = setUpInput.safeParse(await readJson(request, MAX_BODY));
	if (!parsed.success) return refusal('errors.bad_request', 400);
	return jsonAnswer(() => setUpLogbook(locals.actor, parsed.data), 201);
};

export const PUT: RequestHandler = async ({ locals, request }) => {
	const parsed = rewrapInput.safeParse(await readJson(request, MAX_BODY));
	if (!parsed.success) return refusal('errors.bad_request', 400);
	return jsonAnswer(() => rewrapLogbook(locals.actor, parsed.data));
};
