// A participant's vote on the question of the moment (JSON): counted once, whatever the retries.
import { castVote } from '#lib/server/live/service.ts';
import { voteInput } from '#lib/server/live/inputs.ts';
import { jsonAnswer, readJson, refusal } from '#lib/server/platform/json-api.ts';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ locals, params, request }) => {
	const input = voteInput.safeParse(await readJson(request, 512));
	if (!input.success) return refusal('errors.bad_request', 400);
	return jsonAnswer(async () => {
		await castVote(locals.actor, params.sessionId, input.data.target, input.data.choice);
		return { voted: input.data.choice };
	});
};
