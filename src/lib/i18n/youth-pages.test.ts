// Youth pages download only the youth part of the catalogue (see youth-pages.ts): every message key their files,
// and the files those import, name must be in it, or a teen would read a raw key once the page has loaded.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogueParts } from './all.ts';
import { YOUTH_PAGES } from './youth-pages.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const routes = path.join(root, 'src/routes');

/** The files of a route: its own (+page…) and the layouts and error pages on its way from the root. */
function routeFiles(routeId: string): string[] {
	const segments = routeId.split('/').filter(Boolean);
	const files: string[] = [];
	for (let depth = 0; depth <= segments.length; depth++) {
		const folder = path.join(routes, ...segments.slice(0, depth));
		for (const name of fs.readdirSync(folder))
			if (
				(depth === segments.length ? /^\+/ : /^\+(layout|error)/).test(name) &&
				!name.includes('.test.')
			)
				files.push(path.join(folder, name));
	}
	return files;
}

/**
 * The components and browser modules a file imports, followed through (`#lib/ui` and relative imports, not
 * type-only ones): not the server's (what it sends is named on the page that shows it), nor `#lib/domain`, whose
 * rules and registries name the labels of every page, for the pages that show them.
 */
function importsOf(file: string): string[] {
	const text = fs.readFileSync(file, 'utf8');
	const found: string[] = [];
	const specifiers = [
		...[...text.matchAll(/\b(?:import|export)\s+(type\s)?[^'";]*?from\s*'([^']+)'/g)]
			.filter(([, typeOnly]) => !typeOnly)
			.map(([, , specifier]) => specifier!),
		...[...text.matchAll(/\bimport\s*\(?\s*'([^']+)'/g)].map(([, specifier]) => specifier!)
	];
	for (const specifier of specifiers) {
		let target: string;
		if (specifier.startsWith('#lib/ui/'))
			target = path.join(root, 'src/lib', specifier.slice('#lib/'.length));
		else if (specifier.startsWith('.')) target = path.resolve(path.dirname(file), specifier);
		else continue;
		if (!fs.existsSync(target) || fs.statSync(target).isDirectory()) continue;
		found.push(target);
	}
	// import.meta.glob('./kinds/*/Player.svelte'): each file it matches (a `*` stands for one folder or name).
	for (const [, pattern] of text.matchAll(/import\.meta\.glob\(\s*'([^']+)'/g))
		found.push(...expandGlob(path.dirname(file), pattern!.split('/')));
	return found;
}

function expandGlob(folder: string, segments: string[]): string[] {
	const [first, ...rest] = segments;
	if (first === undefined) return [folder];
	const names = first === '.' ? ['.'] : first.includes('*') ? fs.readdirSync(folder) : [first];
	const pattern = new RegExp(`^${first.replace(/[.]/g, '\\.').replace('*', '[^/]*')}$`);
	return names
		.filter((name) => name === '.' || pattern.test(name))
		.map((name) => path.join(folder, name))
		.filter((target) => fs.existsSync(target))
		.flatMap((target) => (rest.length === 0 ? [target] : expandGlob(target, rest)));
}

function reachedFrom(entries: string[]): Set<string> {
	const reached = new Set<string>();
	const waiting = [...entries];
	while (waiting.length > 0) {
		const file = waiting.pop()!;
		if (reached.has(file)) continue;
		reached.add(file);
		waiting.push(...importsOf(file));
	}
	return reached;
}

const partOf = new Map<string, string>();
for (const [part, messages] of Object.entries(catalogueParts.fr))
	for (const key of Object.keys(messages)) partOf.set(key, part);

/** Each message key a file names that is not in these parts, with the part it is in. */
function namedElsewhere(
	file: string,
	parts: readonly string[]
): { named: number; elsewhere: string[] } {
	const text = fs.readFileSync(file, 'utf8');
	const elsewhere: string[] = [];
	let named = 0;
	for (const [, key] of text.matchAll(/['"`]([a-z_]+\.[a-z0-9_.]+)['"`]/g)) {
		const part = partOf.get(key!);
		if (part && parts.includes(part)) named++;
		else if (part) elsewhere.push(`${path.relative(root, file)}: ${key} (${part})`);
	}
	// A key made on the spot (`cocreation.phase.${phase}`): every key it can become.
	for (const [, start] of text.matchAll(/`([a-z_]+\.[a-z0-9_.]*)\$\{/g))
		for (const [key, part] of partOf)
			if (key.startsWith(start!) && !parts.includes(part))
				elsewhere.push(`${path.relative(root, file)}: ${start}… ${key} (${part})`);
	return { named, elsewhere };
}

describe('youth pages', () => {
	it('reach their shell, forms, players and live screens through their imports', () => {
		const reached = [...YOUTH_PAGES.keys()]
			.flatMap((page) => [...reachedFrom(routeFiles(page))])
			.map((file) => path.relative(root, file));
		for (const expected of [
			'src/routes/+layout.svelte',
			'src/lib/ui/shell/QuickExit.svelte',
			'src/lib/ui/forms/TextArea.svelte',
			'src/lib/ui/live/Screen.svelte',
			'src/lib/ui/tools/kinds/decks/DeckPlayer.svelte'
		])
			expect(reached).toContain(expected);
	});

	for (const [page, parts] of YOUTH_PAGES)
		it(`name only messages of the parts they load: ${page} (${parts.join(', ')})`, () => {
			const found = [...reachedFrom(routeFiles(page))].map((file) => namedElsewhere(file, parts));
			expect(found.reduce((sum, each) => sum + each.named, 0)).toBeGreaterThan(20);
			expect(found.flatMap((each) => each.elsewhere)).toEqual([]);
		});
});
