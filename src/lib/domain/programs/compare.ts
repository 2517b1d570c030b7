// Compares two program documents field by field, following workshops and activities by their ids so that a
// reordering is not reported as everything changing. Every value is said in words, in both languages: titles in
// order, kinds of activity and tools by their names, durations in minutes; never an internal id or raw data.
import type { Localized, ProgramDocument } from './document.ts';

export type Change = {
	/** Readable place: kinds of items and their titles in the newer version (or the older, if removed). */
	place: { workshop?: Localized; activity?: Localized; field: string };
	before: Localized | null;
	after: Localized | null;
};

/** How values are said, in both languages (the server gives the catalogue's words and the tools' titles). */
export type Naming = {
	/** An activity kind's name ("Discussion"). */
	kind(kind: string): Localized;
	/** A tool's title, or null when the organisation has no such tool (any more). */
	tool(id: string): Localized | null;
	/** A tool no longer there, or none chosen. */
	noTool: Localized;
	minutes(minutes: number): Localized;
};

/** A value and where it is; an order also keeps the ids it lists, which is what is compared. */
type Entry = { place: Change['place']; value: Localized; ids?: string };
type Flat = Map<string, Entry>;

const both = (text: string): Localized => ({ fr: text, en: text });

const isLocalized = (value: unknown): value is Localized =>
	typeof value === 'object' && value !== null && 'fr' in value && 'en' in value;

/** Texts one per line, numbered: "1. …". */
function numbered(items: readonly Localized[]): Localized {
	const line = (locale: 'fr' | 'en') =>
		items.map((item, index) => `${index + 1}. ${item[locale]}`).join('\n');
	return { fr: line('fr'), en: line('en') };
}

/** An activity setting in words: a text, texts in order, a number, or a tool by its title. */
function settingInWords(value: unknown, naming: Naming): Localized | undefined {
	if (isLocalized(value)) return value;
	if (Array.isArray(value)) return numbered(value.filter(isLocalized));
	if (typeof value === 'number') return both(String(value));
	if (typeof value === 'string')
		return value === '' ? naming.noTool : (naming.tool(value) ?? naming.noTool);
	return undefined;
}

function flatten(document: ProgramDocument, naming: Naming): Flat {
	const flat: Flat = new Map();
	const put = (key: string, place: Change['place'], value: Localized | undefined) => {
		if (value) flat.set(key, { place, value });
	};
	put('title', { field: 'title' }, document.title);
	put('summary', { field: 'summary' }, document.summary);
	put('audience', { field: 'audience' }, document.audience);
	put('ageMin', { field: 'ageMin' }, both(String(document.ageMin)));
	put('ageMax', { field: 'ageMax' }, both(String(document.ageMax)));
	for (const workshop of document.workshops) {
		const at = (field: string) => ({ workshop: workshop.title, field });
		put(`w:${workshop.id}:title`, at('title'), workshop.title);
		put(`w:${workshop.id}:objectives`, at('objectives'), workshop.objectives);
		put(
			`w:${workshop.id}:durationMinutes`,
			at('durationMinutes'),
			naming.minutes(workshop.durationMinutes)
		);
		put(`w:${workshop.id}:materials`, at('materials'), workshop.materials);
		put(`w:${workshop.id}:contentWarning`, at('contentWarning'), workshop.contentWarning);
		// The order of its activities, by their titles (compared by ids, so a retitling is not a reordering).
		flat.set(`w:${workshop.id}:order`, {
			place: at('order'),
			value: numbered(workshop.activities.map((activity) => activity.title)),
			ids: workshop.activities.map((activity) => activity.id).join(',')
		});
		for (const activity of workshop.activities) {
			const place = (field: string) => ({
				workshop: workshop.title,
				activity: activity.title,
				field
			});
			const key = (field: string) => `w:${workshop.id}:a:${activity.id}:${field}`;
			put(key('kind'), place('kind'), naming.kind(activity.kind));
			put(key('title'), place('title'), activity.title);
			put(key('participantText'), place('participantText'), activity.participantText);
			put(
				key('durationMinutes'),
				place('durationMinutes'),
				naming.minutes(activity.durationMinutes)
			);
			for (const [note, value] of Object.entries(activity.facilitatorNotes))
				put(key(`facilitatorNotes.${note}`), place(`facilitatorNotes.${note}`), value);
			for (const [setting, value] of Object.entries(activity.adaptations))
				put(key(`adaptations.${setting}`), place(`adaptations.${setting}`), value);
			for (const [setting, value] of Object.entries(activity.settings))
				put(
					key(`settings.${setting}`),
					place(`settings.${setting}`),
					settingInWords(value, naming)
				);
		}
	}
	return flat;
}

const same = (a: Localized, b: Localized) => a.fr === b.fr && a.en === b.en;

/** Whether two entries differ: an order by the ids it lists, anything else by its words. */
function differs(before: Entry, after: Entry): boolean {
	if (before.ids !== undefined || after.ids !== undefined) return before.ids !== after.ids;
	return !same(before.value, after.value);
}

/** Every field that differs between `before` and `after`, in the order of the newer document. */
export function compareDocuments(
	before: ProgramDocument,
	after: ProgramDocument,
	naming: Naming
): Change[] {
	const older = flatten(before, naming);
	const newer = flatten(after, naming);
	const changes: Change[] = [];
	for (const [key, entry] of newer) {
		const previous = older.get(key);
		if (!previous) changes.push({ place: entry.place, before: null, after: entry.value });
		else if (differs(previous, entry))
			changes.push({ place: entry.place, before: previous.value, after: entry.value });
	}
	for (const [key, entry] of older) {
		if (!newer.has(key)) changes.push({ place: entry.place, before: entry.value, after: null });
	}
	return changes;
}
