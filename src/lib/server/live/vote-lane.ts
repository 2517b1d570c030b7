// The live vote's lane (platform/lanes.ts): a teen's vote whose session this instance resolved in the last
// minute is answered before SvelteKit, as routes/live/[sessionId]/vote/+server.ts answers it — the same
// schema, the same verb, the same answers (`answerVote`, which the route calls too). Any other vote (a session not seen lately, another path or header)
// goes to that route.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { recentTeenSession } from '../identity/service.ts';
import type { Actor } from '../platform/actor.ts';
import { refusalBody } from '../platform/json-api.ts';
import {
	answerInLane,
	isSmallJsonPost,
	laneRefusal,
	type LaneAnswer
} from '../platform/lane-answers.ts';
import { VOTE_MAX_BYTES, voteInput } from './inputs.ts';
import { castVote } from './service.ts';

const ROUTE = '/live/[sessionId]/vote';
const PATH = /^\/live\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/vote$/;

export function voteLane(request: IncomingMessage, response: ServerResponse): boolean {
	if (!isSmallJsonPost(request, VOTE_MAX_BYTES)) return false;
	const sessionId = PATH.exec(request.url ?? '')?.[1];
	if (!sessionId) return false;
	const session = recentTeenSession(request.headers.cookie);
	if (!session) return false;
	answerInLane(ROUTE, request, response, (body) => answerVote(session.actor, sessionId, body));
	return true;
}

/** What a vote gets, by the lane or by the route: 204 once counted, else the refusal. */
export async function answerVote(
	actor: Actor,
	sessionId: string,
	body: unknown
): Promise<LaneAnswer> {
	const input = voteInput.safeParse(body);
	if (!input.success) return { status: 400, body: refusalBody('errors.bad_request') };
	try {
		await castVote(actor, sessionId, input.data.target, input.data.choice);
	} catch (failure) {
		return laneRefusal(failure);
	}
	return { status: 204 };
}
