import { describe, expect, it } from 'vitest';
import { compareDocuments } from './compare.ts';
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

	it('reports added and removed activities', () => {
		const after = program();
		const removed = after.workshops[0]!.activities.pop()!;
		after.workshops[0]!.activities.push({ ...removed, id: 'activity-3' });
		const changes = compareDocuments(program(), after);
		expect(changes.some((change) => change.before === null)).toBe(true);
		expect(changes.some((change) => change.after === null)).toBe(true);
	});
});
