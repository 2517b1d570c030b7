// Data every page needs: the interface language, who is signed in (name and role only), and for an adult whether
// someone may need them.
import { config } from '#lib/server/platform/config.ts';
import type { Viewer } from '#lib/domain/shell/viewer.ts';
import { navigationFor } from '#lib/domain/shell/navigation.ts';
import { waitingHeldCount } from '#lib/server/moderation/service.ts';
import { log } from '#lib/server/platform/log.ts';
import type { LayoutServerLoad } from './$types';

/** The notice must never cost an adult their page (and its quick exit): a failure counts as nothing waiting. */
async function careWaitingFor(actor: Parameters<typeof waitingHeldCount>[0]): Promise<number> {
	try {
		return await waitingHeldCount(actor);
	} catch (err) {
		log.error({ err }, 'could not count the held texts for the notice');
		return 0;
	}
}

export const load: LayoutServerLoad = async ({ locals, url }) => {
	// Read so this runs again on every navigation: the time-out countdown restarts from fresh figures.
	void url.pathname;
	const actor = locals.actor;
	const viewer: Viewer =
		actor.kind === 'user'
			? {
					kind: 'user',
					name: actor.name,
					role: actor.role,
					organisationRole: actor.active?.role ?? null,
					organisationId: actor.active?.organisationId ?? null,
					organisationName: actor.active?.organisationName ?? null,
					organisationCount: actor.memberships.length
				}
			: actor.kind === 'participant'
				? {
						kind: 'participant',
						pseudonym: actor.pseudonym,
						groupNames: actor.groups.map((group) => group.name)
					}
				: { kind: 'anonymous' };
	return {
		locale: locals.locale,
		viewer,
		// Made here from the rights table, which stays on the server (pages download less).
		navigation: navigationFor(viewer),
		/** A throw-away demonstration (`npm run demo`): every page says so. */
		demo: config().demo,
		// Until the person says she understood it: remembered on the server once signed in, never in the browser.
		showSafetyNotice: url.searchParams.get('notice') !== 'seen' && !locals.safetyNoticeSeen,
		// Relative, so the browser's clock does not matter.
		sessionRemainingMs:
			locals.sessionDeadline === null ? null : Math.max(0, locals.sessionDeadline - Date.now()),
		sessionEndIsFinal: locals.sessionEndIsFinal,
		/** Texts held for this adult as a group's designated facilitator, not yet checked in: "someone may need you". */
		careWaiting: actor.kind === 'user' ? await careWaitingFor(actor) : 0
	};
};
