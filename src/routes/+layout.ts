// Before any page renders, in the browser as on the server: the reader's catalogue (only that language is
// downloaded), on a youth page only the parts it shows (unless an adult is signed in), every part elsewhere.
import { everyCataloguePart, loadCatalogue } from '#lib/i18n/catalogue.ts';
import { YOUTH_PAGES } from '#lib/i18n/youth-pages.ts';
import type { LayoutLoad } from './$types';

export const load: LayoutLoad = async ({ data, route }) => {
	const youthParts = route.id === null ? undefined : YOUTH_PAGES.get(route.id);
	await loadCatalogue(
		data.locale,
		youthParts && data.viewer.kind !== 'user' ? youthParts : everyCataloguePart
	);
	return data;
};
