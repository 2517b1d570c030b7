// Resolves the session cookie into `locals.actor`, and keeps accounts without a required second factor to enrolment.
import type { Handle } from '@sveltejs/kit/hooks';
import { building } from '$app/env';
import { ACTIVE_ORGANISATION_COOKIE } from '#lib/server/identity/cookies.ts';
import { resolveSession } from '#lib/server/identity/service.ts';
import { mustEnrolTwoFactor } from '#lib/server/platform/actor.ts';
import { log } from '#lib/server/platform/log.ts';

const PUBLIC_PROBES = new Set(['/healthz', '/readyz']);
const ALLOWED_BEFORE_ENROLMENT =
	/^\/(account\/two-factor|sign-out|exit|help|quick-exit|language|_app\/)/;

export const authentication: Handle = async ({ event, resolve }) => {
	event.locals.actor = { kind: 'anonymous' };
	event.locals.sessionDeadline = null;
	event.locals.sessionEndIsFinal = false;
	event.locals.safetyNoticeSeen = false;
	// Probes must answer even when the database is down, so they never touch the session store.
	if (building || PUBLIC_PROBES.has(event.url.pathname)) return resolve(event);
	try {
		const resolved = await resolveSession(
			event.request.headers,
			event.cookies.get(ACTIVE_ORGANISATION_COOKIE),
			Date.now(),
			// A live vote (the hot path) may reuse a teen's session resolved seconds ago on this instance.
			{ reuse: event.route.id === '/live/[sessionId]/vote' }
		);
		event.locals.actor = resolved.actor;
		event.locals.sessionDeadline = resolved.deadline;
		event.locals.sessionEndIsFinal = resolved.final;
		event.locals.safetyNoticeSeen = resolved.safetyNoticeSeen;
	} catch (error) {
		// The session store is unreachable: carry on as signed out, so that the page itself fails (and
		// shows the friendly error page with a reference) only if it needs the database.
		log.error({ requestId: event.locals.requestId, err: error }, 'session lookup failed');
	}
	// Until an account that needs a second factor has one, it can only enrol (or leave).
	if (
		mustEnrolTwoFactor(event.locals.actor) &&
		!ALLOWED_BEFORE_ENROLMENT.test(event.url.pathname)
	) {
		return new Response(null, { status: 303, headers: { location: '/account/two-factor' } });
	}
	// Better Auth's own HTTP endpoints (/api/auth/*) are not served: every sign-in, enrolment and reset
	// goes through our pages and services, which check input, permissions and rate limits themselves.
	return resolve(event);
};
