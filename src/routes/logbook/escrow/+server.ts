// Her escrow as it stands (GET: who can hold half B, whether it is set, her request), and setting it (PUT): half A wrapped under her sign-in pass-phrase, half B sealed to her designated facilitator.
import { escrowInput } from '#lib/server/logbook/inputs.ts';
import { escrowState, setEscrow } from '#lib/server/logbook/service.ts';
import { jsonAnswer, readJson, refusal } from '#lib/server/platform/json-api.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ locals }) => jsonAnswer(() => escrowState(locals.actor));

export const PUT: RequestHandler = async ({ locals, request, getClientAddress }) => {
	const parsed = escrowInput.safeParse(await readJson(request, 8192));
	if (!parsed.success) return refusal('errors.bad_request', 400);
	return jsonAnswer(() => setEscrow(locals.actor, parsed.data, getClientAddress()));
};
