// A participant's vote on the question of the moment (JSON): counted once, whatever the retries. It answers
// 204 with nothing else (the page already shows her answer; one small write on a busy server).
import { castVote } from '#lib/server/live/service.ts';
import { VOTE_MAX_BYTES, voteInput } from '#lib/server/live/inputs.ts';
import { DomainError } from '#lib/server/platform/errors.ts';
import { readJson, refusal } from '#lib/server/platform/json-api.ts';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ locals, params, request }) => {
	const input = voteInput.safeParse(await readJson(request, VOTE_MAX_BYTES));
	if (!input.success) return refusal('errors.bad_request', 400);
	try {
		await castVote(locals.actor, params.sessionId, input.data.target, input.data.choice);
	} catch (failure) {
		if (failure instanceof DomainError) return refusal(failure.code, failure.status);
		throw failure;
	}
	return new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } });
};
