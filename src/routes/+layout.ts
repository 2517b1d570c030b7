// Before any page renders, in the browser as on the server: the reader's catalogue (only that one is downloaded).
import { loadCatalogue } from '#lib/i18n/catalogue.ts';
import type { LayoutLoad } from './$types';

export const load: LayoutLoad = async ({ data }) => {
	await loadCatalogue(data.locale);
	return data;
};
