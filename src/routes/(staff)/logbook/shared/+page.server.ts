// "Pages shared with me": what youth of this adult's groups share from their logbooks (each a copy sealed to
// the adult's key), and the requests to reopen a logbook whose escrow half they hold. Nothing else of any
// logbook, and nothing about a teen who shares nothing. The adult's browser opens it all with their password.
import { staffActor } from '#lib/server/platform/areas.ts';
import { myAdultKey, recoveriesToApprove, sharedWithMe } from '#lib/server/logbook/service.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, setHeaders }) => {
	setHeaders({ 'cache-control': 'no-store' });
	const actor = staffActor(locals.actor);
	const [key, shared, recoveries] = await Promise.all([
		myAdultKey(actor),
		sharedWithMe(actor),
		recoveriesToApprove(actor)
	]);
	return { me: actor.userId, key, shared, recoveries };
};
