// Youth pages download only the youth part of the catalogue (see src/routes/+layout.ts): every message key their
// files name must be in it, or a teen would read a raw key once the page has loaded.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { frStaff } from './fr-staff.ts';
import { fr } from './fr.ts';

const root = path.resolve(import.meta.dirname, '../../..');
/** The files youth pages are made of: their routes, the shell, forms, help, the players. */
const YOUTH_FILES = [
	'src/routes/+layout.svelte',
	'src/routes/+error.svelte',
	'src/routes/(public)/+page.svelte',
	'src/routes/(public)/join',
	'src/routes/(public)/sign-in/group',
	'src/routes/(public)/help',
	'src/routes/(public)/pause',
	'src/routes/(public)/quick-exit',
	'src/routes/(public)/signed-out',
	'src/routes/(participant)',
	'src/routes/(public)/screen',
	'src/routes/live/[sessionId]/screen',
	'src/lib/ui/live',
	'src/lib/ui/shell',
	'src/lib/ui/forms',
	'src/lib/ui/resources/HelpResourceList.svelte',
	'src/lib/ui/programs/LocalizedText.svelte',
	'src/lib/ui/tools/kinds/decks/Player.svelte',
	'src/lib/ui/tools/kinds/decks/DeckPlayer.svelte',
	'src/lib/ui/tools/kinds/scenarios/Player.svelte',
	'src/lib/ui/tools/kinds/scenarios/ScenarioPlayer.svelte',
	'src/lib/ui/tools/kinds/videos/Player.svelte',
	'src/lib/ui/tools/kinds/videos/VideoPlayer.svelte'
];

function filesUnder(relative: string): string[] {
	const full = path.join(root, relative);
	if (!fs.statSync(full).isDirectory()) return [full];
	return fs
		.readdirSync(full, { recursive: true, encoding: 'utf8' })
		.filter((name) => /\.(svelte|ts)$/.test(name) && !name.includes('.test.'))
		.map((name) => path.join(full, name));
}

describe('youth pages', () => {
	it('name only messages of the youth part of the catalogue', () => {
		const staffOnly: string[] = [];
		let named = 0;
		for (const file of YOUTH_FILES.flatMap(filesUnder)) {
			const text = fs.readFileSync(file, 'utf8');
			for (const [, key] of text.matchAll(/['"`]([a-z_]+\.[a-z0-9_.]+)['"`]/g)) {
				if (Object.hasOwn(fr, key!)) named++;
				if (Object.hasOwn(frStaff, key!)) staffOnly.push(`${path.relative(root, file)}: ${key}`);
			}
		}
		expect(named).toBeGreaterThan(50);
		expect(staffOnly).toEqual([]);
	});
});
