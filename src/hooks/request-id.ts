// Gives each request an id, returns it as `x-request-id`, and writes one access-log line without URLs or bodies.
import { randomUUID } from 'node:crypto';
import type { Handle } from '@sveltejs/kit/hooks';
import { log } from '#lib/server/platform/log.ts';

export const requestId: Handle = async ({ event, resolve }) => {
	const id = randomUUID();
	event.locals.requestId = id;
	const started = performance.now();
	const response = await resolve(event);
	response.headers.set('x-request-id', id);
	// The route id (e.g. /setup/[token]) and never the path: paths can carry one-time tokens.
	log.info(
		{
			requestId: id,
			method: event.request.method,
			route: event.route.id ?? '(none)',
			status: response.status,
			ms: Math.round(performance.now() - started)
		},
		'request'
	);
	return response;
};
