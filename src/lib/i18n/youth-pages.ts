// The pages a teen uses, by route id: they download only the youth part of the catalogue (the root layout,
// src/routes/+layout.ts); every other page loads every part. `youth-pages.test.ts` follows each one's files and
// imports and checks that every message they can show is in that part.
export const YOUTH_PAGES: ReadonlySet<string> = new Set([
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
