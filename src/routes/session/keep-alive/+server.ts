// "Stay signed in": any authenticated request extends the idle time-out; this one answers how long is left.
import type { RequestHandler } from './$types';

export const POST: RequestHandler = ({ locals }) => {
	if (locals.actor.kind === 'anonymous' || locals.sessionDeadline === null) {
		return Response.json({ signedIn: false }, { status: 401 });
	}
	return Response.json(
		{
			signedIn: true,
			remainingMs: Math.max(0, locals.sessionDeadline - Date.now()),
			final: locals.sessionEndIsFinal
		},
		{ headers: { 'cache-control': 'no-store' } }
	);
};
