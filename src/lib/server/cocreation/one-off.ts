// Workshops written for one live session of a process (a pilot of the group's material, a dialogue session),
// in the shape the live module runs: what each activity is, the words the room and the facilitator read.
import type { Localized } from '#lib/domain/programs/localized.ts';
import type { Workshop } from '#lib/domain/programs/document.ts';
import { translate, type MessageKey } from '#lib/i18n/catalogue.ts';

/** A catalogue message in both languages, for a workshop's words. */
export const both = (key: MessageKey): Localized => ({
	fr: translate('fr', key),
	en: translate('en', key)
});

const empty = (): Localized => ({ fr: '', en: '' });

export function oneOffWorkshop(
	id: string,
	title: Localized,
	activities: {
		kind: string;
		title: Localized;
		participantText: Localized;
		notes: { goals: Localized; howTo: Localized };
		settings: Record<string, unknown>;
	}[]
): Workshop {
	return {
		id,
		title,
		objectives: empty(),
		durationMinutes: 45,
		materials: empty(),
		contentWarning: empty(),
		activities: activities.map((activity, index) => ({
			id: `${id}-${index + 1}`,
			kind: activity.kind,
			title: activity.title,
			participantText: activity.participantText,
			facilitatorNotes: { ...activity.notes, watchFor: empty(), disclosure: empty() },
			durationMinutes: Math.round(45 / activities.length),
			adaptations: { rehabilitation: empty(), community: empty() },
			settings: activity.settings
		}))
	};
}
