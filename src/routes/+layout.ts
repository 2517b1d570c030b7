// Before any page renders, in the browser as on the server: the reader's catalogue (only that language is
// downloaded), only its youth part on the youth pages (unless an adult is signed in), every part elsewhere.
import { everyCataloguePart, loadCatalogue } from '#lib/i18n/catalogue.ts';
import { YOUTH_PAGES } from '#lib/i18n/youth-pages.ts';
import type { LayoutLoad } from './$types';

export const load: LayoutLoad = async ({ data, route }) => {
	const youthPage = route.id !== null && YOUTH_PAGES.has(route.id);
	await loadCatalogue(
		data.locale,
		youthPage && data.viewer.kind !== 'user' ? ['youth'] : everyCataloguePart
	);
	return data;
};
