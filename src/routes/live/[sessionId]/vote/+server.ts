// A participant's vote on the question of the moment (JSON): counted once, whatever the retries. It answers
// 204 with nothing else (the page already shows her answer; one small write on a busy server). A teen whose
// session this instance saw lately gets the same answer from the vote's lane (live/vote-lane.ts).
import { VOTE_MAX_BYTES } from '#lib/server/live/inputs.ts';
import { answerVote } from '#lib/server/live/vote-lane.ts';
import { readJson } from '#lib/server/platform/json-api.ts';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ locals, params, request }) => {
	const answer = await answerVote(
		locals.actor,
		params.sessionId,
		await readJson(request, VOTE_MAX_BYTES)
	);
	const headers = { 'cache-control': 'no-store' };
	return answer.body === undefined
		? new Response(null, { status: answer.status, headers })
		: Response.json(answer.body, { status: answer.status, headers });
};
