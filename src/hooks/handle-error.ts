// Logs unexpected errors with the request id and shows people a safe message: never a stack trace.
import type { HandleServerError } from '@sveltejs/kit/hooks';
import { DomainError } from '#lib/server/platform/errors.ts';
import { log } from '#lib/server/platform/log.ts';

export const handleError: HandleServerError = ({ error, event, kind }) => {
	const reference = event.locals.requestId;
	if (error instanceof DomainError) {
		return { status: error.status, message: error.code, code: error.code, reference };
	}
	if (kind === 'unknown') {
		log.error(
			{ requestId: reference, route: event.route.id, err: error },
			'unexpected error while responding'
		);
		return { status: 500, message: 'errors.generic', code: 'errors.generic', reference };
	}
	return { reference };
};
