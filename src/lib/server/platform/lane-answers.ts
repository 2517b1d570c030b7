// How a lane (lanes.ts) reads its request and answers it, as SvelteKit and our hooks would: the request id, the
// `no-store` policy, the JSON refusals of platform/json-api.ts, one access-log line, the error hook's answer to
// an unexpected failure.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { DomainError } from './errors.ts';
import { refusalBody } from './json-api.ts';
import { log } from './log.ts';

/** A JSON post whose announced body is at most `maxBytes` (anything else is left to the route). */
export function isSmallJsonPost(request: IncomingMessage, maxBytes: number): boolean {
	const length = Number(request.headers['content-length']);
	return (
		request.method === 'POST' &&
		(request.headers['content-type'] ?? '').startsWith('application/json') &&
		Number.isInteger(length) &&
		length <= maxBytes
	);
}

/** What a lane answers: a status and, unless it is 204, a JSON body. */
export type LaneAnswer = { status: number; body?: unknown };

/** A verb's refusal as the JSON endpoints answer it (platform/json-api.ts); anything else is rethrown. */
export function laneRefusal(failure: unknown): LaneAnswer {
	if (failure instanceof DomainError)
		return { status: failure.status, body: refusalBody(failure.code, failure.values) };
	throw failure;
}

/**
 * Reads the body, asks `work` for the answer and sends it as the route would (request id, `no-store`, one
 * access-log line with the route's id); an unexpected failure is logged and answered as the error hook does.
 */
export function answerInLane(
	route: string,
	request: IncomingMessage,
	response: ServerResponse,
	work: (body: unknown) => Promise<LaneAnswer>
): void {
	const id = randomUUID();
	const started = performance.now();
	const chunks: Buffer[] = [];
	request.on('data', (chunk: Buffer) => chunks.push(chunk));
	request.on('end', () => {
		void work(parsedJson(Buffer.concat(chunks).toString('utf8')))
			.catch((error: unknown) => {
				log.error({ requestId: id, route, err: error }, 'unexpected error while responding');
				return {
					status: 500,
					body: { message: 'errors.generic', code: 'errors.generic', reference: id }
				};
			})
			.then((answer) => {
				const text = answer.status === 204 ? undefined : JSON.stringify(answer.body ?? {});
				response.statusCode = answer.status;
				response.setHeader('cache-control', 'no-store');
				response.setHeader('x-request-id', id);
				if (text !== undefined) response.setHeader('content-type', 'application/json');
				response.end(text);
				log.info(
					{
						requestId: id,
						method: request.method,
						route,
						lane: true,
						status: answer.status,
						ms: Math.round(performance.now() - started)
					},
					'request'
				);
			});
	});
}

function parsedJson(text: string): unknown {
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return undefined;
	}
}
