// The cards print in the language chosen, which may not be the page's: its catalogue is loaded too.
import { everyCataloguePart, loadCatalogue } from '#lib/i18n/catalogue.ts';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ data }) => {
	await loadCatalogue(data.lang, everyCataloguePart);
	return data;
};
