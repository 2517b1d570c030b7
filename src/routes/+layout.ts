// Before any page renders, in the browser as on the server: the reader's catalogue (only that language is
// downloaded), and the adults' part of it unless the page is one of the youth pages (or an adult is signed in).
import { loadCatalogue } from '#lib/i18n/catalogue.ts';
import type { LayoutLoad } from './$types';

/** The pages a teen uses: they need only the youth part of the catalogue. */
const YOUTH_PAGES = new Set<string>([
	'/(public)',
	'/(public)/join',
	'/(public)/sign-in/group',
	'/(public)/help',
	'/(public)/pause',
	'/(public)/quick-exit',
	'/(public)/signed-out',
	'/(participant)/play/[kind=tool]/[id]',
	'/(participant)/live/[sessionId]',
	'/(public)/screen',
	'/live/[sessionId]/screen'
]);

export const load: LayoutLoad = async ({ data, route }) => {
	const youthPage = route.id !== null && YOUTH_PAGES.has(route.id);
	await Promise.all([
		loadCatalogue(data.locale),
		youthPage && data.viewer.kind !== 'user' ? undefined : loadCatalogue(data.locale, 'staff')
	]);
	return data;
};
