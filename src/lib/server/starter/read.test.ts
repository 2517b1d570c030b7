// Reading the content folder: documents checked by the same schemas as everything else, shared texts put in,
// and every problem given as file:line for the reviewer to open.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CONTENT_FILES } from './files.ts';
import { formatProblems, readContent, starterToolId, type ContentFiles } from './read.ts';

/** The real content with some files replaced (or removed, when given undefined). */
function withFiles(changes: Record<string, string | undefined>): ContentFiles {
	const files: ContentFiles = { ...CONTENT_FILES };
	for (const [file, text] of Object.entries(changes)) {
		if (text === undefined) delete files[file];
		else files[file] = text;
	}
	return files;
}

function problemsOf(files: ContentFiles): string {
	const read = readContent(files);
	expect(read.ok).toBe(false);
	return read.ok ? '' : formatProblems(read.problems);
}

const DECK = 'content/decks/myths-and-realities.yaml';
const W1 = 'content/program/w1-self-esteem.yaml';

describe('the content folder', () => {
	it('reads the starter program, deck and scenarios with their shared texts put in', () => {
		const read = readContent(CONTENT_FILES);
		if (!read.ok) throw new Error(formatProblems(read.problems));
		expect(read.content.program.workshops.map((workshop) => workshop.id)).toHaveLength(6);
		expect(read.content.tools.map((tool) => tool.file)).toEqual([
			DECK,
			'content/scenarios/lea.yaml',
			'content/scenarios/maya.yaml'
		]);
		const closing = read.content.program.workshops[0]!.activities.at(-2)!;
		expect(JSON.stringify(closing)).toContain('1 800 263-2266');
		expect(JSON.stringify(read.content.program)).not.toContain('{{');
		// The help lines are written once, in shared.yaml, and put into every closing activity.
		expect(CONTENT_FILES[W1]).not.toContain('1 800 263-2266');
		expect(CONTENT_FILES['content/shared.yaml']).toContain('1 800 263-2266');
	});

	it('gives every starter tool an id from its file that a content package accepts', () => {
		// Packages name their tools by UUID (src/lib/domain/programs/package.ts).
		expect(z.uuid().safeParse(starterToolId(DECK)).success).toBe(true);
		expect(starterToolId(DECK)).not.toBe(starterToolId('content/scenarios/lea.yaml'));
		expect(starterToolId(DECK)).toMatch(
			/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
		);
	});

	it('names the file and line of a YAML syntax error', () => {
		const broken = CONTENT_FILES[DECK]!.replace('cards:\n', 'cards:\n  - id: [unclosed\n');
		expect(problemsOf(withFiles({ [DECK]: broken }))).toMatch(
			/^content\/decks\/myths-and-realities\.yaml:\d+: /
		);
	});

	it('names the file, line and field of a document the schema refuses', () => {
		const lines = CONTENT_FILES[DECK]!.split('\n');
		const answer = lines.findIndex((line) => line.includes('answer: myth'));
		lines[answer] = lines[answer]!.replace('answer: myth', 'answer: maybe');
		expect(problemsOf(withFiles({ [DECK]: lines.join('\n') }))).toContain(
			`${DECK}:${answer + 1}: cards.0.answer:`
		);
	});

	it('names a workshop’s own file and line when its activity is wrong', () => {
		const lines = CONTENT_FILES[W1]!.split('\n');
		const kind = lines.findIndex((line) => line.includes('kind: discussion'));
		lines[kind] = lines[kind]!.replace('kind: discussion', 'kind: 12');
		expect(problemsOf(withFiles({ [W1]: lines.join('\n') }))).toContain(
			`${W1}:${kind + 1}: activities.0.kind:`
		);
	});

	it('refuses a shared text that does not exist, at its line', () => {
		const lines = CONTENT_FILES[W1]!.split('\n');
		const at = lines.findIndex((line) => line.includes('{{disclosure-guidance}}'));
		lines[at] = lines[at]!.replace('{{disclosure-guidance}}', '{{disclosure-guide}}');
		expect(problemsOf(withFiles({ [W1]: lines.join('\n') }))).toMatch(
			new RegExp(`^${W1}:\\d+: .*no shared text named “disclosure-guide”`, 'm')
		);
	});

	it('refuses a tool file that does not exist, or of another kind, at the line that names it', () => {
		const W5 = 'content/program/w5-recruitment.yaml';
		const lines = CONTENT_FILES[W5]!.split('\n');
		const at = lines.findIndex((line) => line.includes('deckId: decks/myths-and-realities.yaml'));
		const missing = CONTENT_FILES[W5]!.replace(
			'deckId: decks/myths-and-realities.yaml',
			'deckId: decks/gone.yaml'
		);
		expect(problemsOf(withFiles({ [W5]: missing }))).toContain(
			`${W5}:${at + 1}: workshops.4.activities.2.settings.deckId: no tool file content/decks/gone.yaml`
		);
		const wrongKind = CONTENT_FILES[W5]!.replace(
			'deckId: decks/myths-and-realities.yaml',
			'deckId: scenarios/lea.yaml'
		);
		expect(problemsOf(withFiles({ [W5]: wrongKind }))).toContain(
			`${W5}:${at + 1}: workshops.4.activities.2.settings.deckId: expected a file of content/decks/`
		);
	});

	it('refuses a workshop listed in program.yaml that has no file, and a file nobody uses', () => {
		const problems = problemsOf(
			withFiles({ [W1]: undefined, 'content/program/w7-extra.yaml': 'id: w7-extra\n' })
		);
		expect(problems).toMatch(
			/^content\/program\/program\.yaml:\d+: workshops\.0: no workshop file content\/program\/w1-self-esteem\.yaml$/m
		);
		expect(problems).toMatch(/^content\/program\/w7-extra\.yaml:1: not used/m);
	});

	it('refuses a missing field at the line of the object that lacks it', () => {
		const without = CONTENT_FILES['content/scenarios/lea.yaml']!.replace(/^start: .*\n/m, '');
		expect(problemsOf(withFiles({ 'content/scenarios/lea.yaml': without }))).toMatch(
			/^content\/scenarios\/lea\.yaml:\d+: start: /m
		);
	});
});
