// Her request to recover her logbook through the escrow (POST, audited), and its end (DELETE: recovered, or
// taken back).
import { recoveryRequestInput } from '#lib/server/logbook/inputs.ts';
import { endRecovery, requestRecovery } from '#lib/server/logbook/service.ts';
import { jsonAnswer, readJson, refusal } from '#lib/server/platform/json-api.ts';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ locals, request, getClientAddress }) => {
	const parsed = recoveryRequestInput.safeParse(await readJson(request, 8192));
	if (!parsed.success) return refusal('errors.bad_request', 400);
	return jsonAnswer(() => requestRecovery(locals.actor, parsed.data, getClientAddress()), 201);
};

export const DELETE: RequestHandler = ({ locals }) => jsonAnswer(() => endRecovery(locals.actor));
