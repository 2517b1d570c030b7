// An adult's key pair for what youth share with them: as stored (GET, the private key wrapped), and keeping it
// (PUT: made once in their browser, then wrapped again when their password changes; the password
// comes with it, for the server to confirm it is theirs — a mistyped one would leave the key unusable).
import { adultKeyInput } from '#lib/server/logbook/inputs.ts';
import { keepAdultKey, myAdultKey, startAgain } from '#lib/server/logbook/service.ts';
import { jsonAnswer, readJson, refusal } from '#lib/server/platform/json-api.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ locals }) =>
	jsonAnswer(async () => ({
		key: await myAdultKey(locals.actor),
		// Their user id: what their browser binds the wrapped private key and each share to.
		me: locals.actor.kind === 'user' ? locals.actor.userId : null
	}));

export const PUT: RequestHandler = async ({ locals, request, getClientAddress }) => {
	const parsed = adultKeyInput.safeParse(await readJson(request, 4096));
	if (!parsed.success) return refusal('errors.bad_request', 400);
	return jsonAnswer(() => keepAdultKey(locals.actor, parsed.data, getClientAddress()));
};

/** Their previous password is lost: a new key pair can be made, and what was sealed to the old one is gone. */
export const DELETE: RequestHandler = ({ locals }) => jsonAnswer(() => startAgain(locals.actor));
