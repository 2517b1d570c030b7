// The cards print in the language chosen, which may not be the page's: its catalogue is loaded too.
import { loadCatalogue } from '#lib/i18n/catalogue.ts';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ data }) => {
	await Promise.all([loadCatalogue(data.lang), loadCatalogue(data.lang, 'staff')]);
	return data;
};
