// The player of this kind only, loaded with the page (in the browser as on the server).
import { loadToolPlayer } from '#lib/ui/tools/tool-players.ts';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ data }) => ({
	...data,
	Player: await loadToolPlayer(data.kind)
});
