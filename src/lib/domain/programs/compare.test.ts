import { describe, expect, it } from 'vitest';
import { compareDocuments as compareWith, type Naming } from './compare.ts';
import { emptyProgram, type ProgramDocument } from './document.ts';

function program(): ProgramDocument {
	const base = emptyProgram();
	const activity = (id: string, title: string) => ({
		id,
		kind: 'break',
		title: { fr: title, en: title },
		participantText: { fr: 'p', en: 'p' },
		facilitatorNotes: {
			goals: { fr: 'g', en: 'g' },
			howTo: { fr: 'h', en: 'h' },
			watchFor: { fr: '', en: '' },
			disclosure: { fr: 'd', en: 'd' }
		},
		durationMinutes: 10,
		adaptations: { rehabilitation: { fr: '', en: '' }, community: { fr: '', en: '' } },
		settings: {}
	});
	return {
		...base,
		title: { fr: 'Programme', en: 'Program' },
		workshops: [
			{
				id: 'workshop-1',
				title: { fr: 'Atelier', en: 'Workshop' },
				objectives: { fr: 'o', en: 'o' },
				durationMinutes: 60,
				materials: { fr: '', en: '' },
				contentWarning: { fr: '', en: '' },
				activities: [activity('activity-1', 'Un'), activity('activity-2', 'Deux')]
			}
		]
	};
}

const TOOLS: Record<string, string> = {
	'0b7a1c3e-7d54-4d0a-9a57-3f1c9d2e8b10': 'Mythes et réalités'
};
const naming: Naming = {
	kind: (kind) => ({ fr: `genre ${kind}`, en: `kind ${kind}` }),
	tool: (id) => (TOOLS[id] ? { fr: TOOLS[id], en: TOOLS[id] } : null),
	noTool: { fr: '(aucun outil)', en: '(no tool)' },
	minutes: (minutes) => ({ fr: `${minutes} min`, en: `${minutes} min` })
};
const compareDocuments = (before: ProgramDocument, after: ProgramDocument) =>
	compareWith(before, after, naming);

describe('comparing two versions', () => {
	it('finds nothing between identical documents', () => {
		expect(compareDocuments(program(), program())).toEqual([]);
	});

	it('reports a changed text with both values, and where it is', () => {
		const after = program();
		after.workshops[0]!.activities[1]!.participantText.en = 'changed';
		const [change] = compareDocuments(program(), after);
		expect(change).toMatchObject({
			place: { field: 'participantText', activity: { fr: 'Deux', en: 'Deux' } },
			before: { fr: 'p', en: 'p' },
			after: { fr: 'p', en: 'changed' }
		});
	});

	it('reports a reordering as an order change, not as every activity changing', () => {
		const after = program();
		after.workshops[0]!.activities.reverse();
		const changes = compareDocuments(program(), after);
		expect(changes.map((change) => change.place.field)).toEqual(['order']);
	});

	it('says an order by the activities’ titles, never by their ids', () => {
		const after = program();
		after.workshops[0]!.activities.reverse();
		const [change] = compareDocuments(program(), after);
		expect(change!.before).toEqual({ fr: '1. Un\n2. Deux', en: '1. Un\n2. Deux' });
		expect(change!.after).toEqual({ fr: '1. Deux\n2. Un', en: '1. Deux\n2. Un' });
	});

	it('says kinds, durations, prompts and tools in words, never raw data', () => {
		const after = program();
		const activity = after.workshops[0]!.activities[0]!;
		activity.kind = 'card-game';
		activity.durationMinutes = 25;
		activity.settings = { deckId: '0b7a1c3e-7d54-4d0a-9a57-3f1c9d2e8b10' };
		const second = after.workshops[0]!.activities[1]!;
		second.kind = 'discussion';
		second.settings = {
			prompts: [
				{ fr: 'Pourquoi ?', en: 'Why?' },
				{ fr: 'Et après ?', en: 'Then?' }
			]
		};
		const changes = compareDocuments(program(), after);
		const said = changes.map((change) => [
			change.place.field,
			change.before?.fr ?? null,
			change.after?.fr ?? null
		]);
		expect(said).toEqual(
			expect.arrayContaining([
				['kind', 'genre break', 'genre card-game'],
				['durationMinutes', '10 min', '25 min'],
				['settings.deckId', null, 'Mythes et réalités'],
				['settings.prompts', null, '1. Pourquoi ?\n2. Et après ?']
			])
		);
		const shown = changes.flatMap((change) => [change.before, change.after]);
		const words = shown.flatMap((value) => (value ? [value.fr, value.en] : [])).join('\n');
		expect(words).not.toMatch(/0b7a1c3e|[{}[\]"]|activity-\d/);
	});

	it('reports added and removed activities', () => {
		const after = program();
		const removed = after.workshops[0]!.activities.pop()!;
		after.workshops[0]!.activities.push({ ...removed, id: 'activity-3' });
		const changes = compareDocuments(program(), after);
		expect(changes.some((change) => change.before === null)).toBe(true);
		expect(changes.some((change) => change.after === null)).toBe(true);
	});
});
