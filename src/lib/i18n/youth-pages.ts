// The pages a teen uses, by route id, with the parts of the catalogue each shows besides the youth part (the
// shell's): the root layout (src/routes/+layout.ts) loads only those there, and every part on any other page.
// `youth-pages.test.ts` follows each page's files and imports and checks that every message they name is in them.
import type { CataloguePart } from './catalogue.ts';

export const YOUTH_PAGES: ReadonlyMap<string, readonly CataloguePart[]> = new Map<
	string,
	CataloguePart[]
>([
	['/(public)', ['youth', 'welcome']],
	['/(public)/join', ['youth', 'welcome']],
	['/(public)/sign-in/group', ['youth', 'welcome']],
	['/(public)/help', ['youth', 'welcome']],
	['/(public)/pause', ['youth', 'welcome']],
	['/(public)/quick-exit', ['youth', 'welcome']],
	['/(public)/signed-out', ['youth', 'welcome']],
	['/(participant)/play/[kind=tool]/[id]', ['youth', 'play']],
	['/(participant)/live/[sessionId]', ['youth', 'live']],
	['/(public)/screen', ['youth', 'live']],
	['/live/[sessionId]/screen', ['youth', 'live']]
]);
