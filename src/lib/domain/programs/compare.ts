// Compares two program documents field by field, following workshops and activities by their ids so that a
// reordering is not reported as everything changing.
import type { Localized, ProgramDocument } from './document.ts';

export type Change = {
	/** Readable place: kinds of items and their titles in the newer version (or the older, if removed). */
	place: { workshop?: Localized; activity?: Localized; field: string };
	before: Localized | null;
	after: Localized | null;
};

type Flat = Map<string, { place: Change['place']; value: Localized }>;

function put(flat: Flat, key: string, place: Change['place'], value: unknown) {
	if (value && typeof value === 'object' && 'fr' in value && 'en' in value) {
		flat.set(key, { place, value: value as Localized });
	} else if (value !== undefined) {
		const text = typeof value === 'string' ? value : JSON.stringify(value);
		flat.set(key, { place, value: { fr: text, en: text } });
	}
}

function flatten(document: ProgramDocument): Flat {
	const flat: Flat = new Map();
	for (const field of ['title', 'summary', 'audience', 'ageMin', 'ageMax'] as const) {
		put(flat, field, { field }, document[field]);
	}
	for (const workshop of document.workshops) {
		for (const field of [
			'title',
			'objectives',
			'durationMinutes',
			'materials',
			'contentWarning'
		] as const) {
			put(flat, `w:${workshop.id}:${field}`, { workshop: workshop.title, field }, workshop[field]);
		}
		put(
			flat,
			`w:${workshop.id}:order`,
			{ workshop: workshop.title, field: 'order' },
			workshop.activities.map((activity) => activity.id).join(',')
		);
		for (const activity of workshop.activities) {
			const place = (field: string) => ({
				workshop: workshop.title,
				activity: activity.title,
				field
			});
			const key = (field: string) => `w:${workshop.id}:a:${activity.id}:${field}`;
			put(flat, key('kind'), place('kind'), activity.kind);
			put(flat, key('title'), place('title'), activity.title);
			put(flat, key('participantText'), place('participantText'), activity.participantText);
			put(flat, key('durationMinutes'), place('durationMinutes'), activity.durationMinutes);
			for (const [note, value] of Object.entries(activity.facilitatorNotes))
				put(flat, key(`facilitatorNotes.${note}`), place(`facilitatorNotes.${note}`), value);
			for (const [setting, value] of Object.entries(activity.adaptations))
				put(flat, key(`adaptations.${setting}`), place(`adaptations.${setting}`), value);
			put(flat, key('settings'), place('settings'), activity.settings);
		}
	}
	return flat;
}

const same = (a: Localized, b: Localized) => a.fr === b.fr && a.en === b.en;

/** Every field that differs between `before` and `after`, in the order of the newer document. */
export function compareDocuments(before: ProgramDocument, after: ProgramDocument): Change[] {
	const older = flatten(before);
	const newer = flatten(after);
	const changes: Change[] = [];
	for (const [key, entry] of newer) {
		const previous = older.get(key);
		if (!previous) changes.push({ place: entry.place, before: null, after: entry.value });
		else if (!same(previous.value, entry.value))
			changes.push({ place: entry.place, before: previous.value, after: entry.value });
	}
	for (const [key, entry] of older) {
		if (!newer.has(key)) changes.push({ place: entry.place, before: entry.value, after: null });
	}
	return changes;
}
