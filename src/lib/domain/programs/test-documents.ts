// Test helper: small but complete program documents (every required text filled in both languages).
import type { Activity, ProgramDocument } from './document.ts';

const both = (text: string) => ({ fr: `${text} (fr)`, en: `${text} (en)` });
const none = () => ({ fr: '', en: '' });

export function completeActivity(id: string, kind = 'discussion', minutes = 15): Activity {
	const settings: Record<string, unknown> =
		kind === 'discussion'
			? { prompts: [both('Question')] }
			: kind === 'reflection'
				? { prompt: both('Pour ton journal') }
				: kind === 'check-in'
					? { question: both('Comment ça va ?'), scale: 5 }
					: kind === 'grounding'
						? { steps: [both('Respire')] }
						: {};
	return {
		id,
		kind,
		title: both(`Activité ${id}`),
		participantText: both('Tu peux passer ton tour.'),
		facilitatorNotes: {
			goals: both('Objectif'),
			howTo: both('Déroulement'),
			watchFor: none(),
			disclosure: both('Écouter, croire, remercier.')
		},
		durationMinutes: minutes,
		adaptations: { rehabilitation: none(), community: none() },
		settings
	};
}

export function completeProgram(): ProgramDocument {
	return {
		schemaVersion: 1,
		title: both('Programme'),
		summary: both('Résumé'),
		audience: both('Public'),
		ageMin: 12,
		ageMax: 17,
		languages: ['fr', 'en'],
		workshops: [
			{
				id: 'workshop-one',
				title: both('Atelier un'),
				objectives: both('Objectifs'),
				durationMinutes: 60,
				materials: none(),
				contentWarning: none(),
				activities: [
					completeActivity('activity-one', 'check-in', 10),
					completeActivity('activity-two', 'discussion', 20),
					completeActivity('activity-three', 'reflection', 10),
					completeActivity('activity-four', 'grounding', 10),
					completeActivity('activity-five', 'break', 5)
				]
			}
		]
	};
}
