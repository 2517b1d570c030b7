// Who may open the pages of each area: the staff area ((staff)/) is for adults, the participant area
// ((participant)/) for anyone signed in. One guard here instead of the same redirect in every load: it guards
// page requests (GET and HEAD, data requests included). Form actions and endpoints (+server.ts) answer for
// themselves: every verb asks the rights table through its service.
import { redirect } from '@sveltejs/kit';
import type { Handle } from '@sveltejs/kit/hooks';
import { areaOf } from '#lib/server/platform/areas.ts';

/** Route ids of endpoints (+server.ts) in the areas: they answer for themselves, in JSON. */
const ENDPOINTS = new Set(
	Object.keys(import.meta.glob('/src/routes/**/+server.ts')).map((file) =>
		file.replace(/^\/src\/routes/, '').replace(/\/\+server\.ts$/, '')
	)
);

export const areas: Handle = ({ event, resolve }) => {
	const route = event.route.id;
	const method = event.request.method;
	if (route && (method === 'GET' || method === 'HEAD') && !ENDPOINTS.has(route)) {
		const area = areaOf(route);
		if (area && !area.admits(event.locals.actor)) redirect(303, area.elsewhere(event.locals.actor));
	}
	return resolve(event);
};
