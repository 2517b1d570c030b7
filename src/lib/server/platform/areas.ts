// Who may open the pages of each area of the app: the staff area ((staff)/ routes) is for adults, the
// participant area ((participant)/) for anyone signed in. Read by the guard (src/hooks/areas.ts) and by loads.
import { redirect } from '@sveltejs/kit';
import type { Actor, UserActor } from './actor.ts';

export type Area = {
	/** The route group, as route ids start ("/(staff)"). */
	group: string;
	admits: (actor: Actor) => boolean;
	/** Where someone the area does not admit is sent. */
	elsewhere: (actor: Actor) => string;
};

const STAFF: Area = {
	group: '/(staff)',
	admits: (actor) => actor.kind === 'user',
	elsewhere: (actor) => (actor.kind === 'participant' ? '/' : '/sign-in')
};

const PARTICIPANT: Area = {
	group: '/(participant)',
	admits: (actor) => actor.kind !== 'anonymous',
	elsewhere: () => '/'
};

const AREAS: readonly Area[] = [STAFF, PARTICIPANT];

/** The area a route id belongs to, if any. */
export function areaOf(routeId: string): Area | undefined {
	return AREAS.find((area) => routeId === area.group || routeId.startsWith(`${area.group}/`));
}

/**
 * The adult on a staff page. The guard has sent everyone else away before a page's load runs; a form that
 * fails renders its page again, and someone whose session ended meanwhile is sent where the guard would send them.
 */
export function staffActor(actor: Actor): UserActor {
	if (actor.kind !== 'user') redirect(303, STAFF.elsewhere(actor));
	return actor;
}
