// Says where a publishing problem is, in words: "Atelier 2 · Activité 3 · Texte pour les jeunes (anglais)".
import type { MessageKey } from '#lib/i18n/catalogue.ts';
import type { Problem } from '#lib/domain/programs/validation.ts';
import { t, tm } from '#lib/ui/i18n.ts';

const FIELDS: Record<string, MessageKey> = {
	title: 'editor.title',
	summary: 'editor.summary',
	audience: 'editor.audience',
	ageMin: 'editor.age_min',
	workshops: 'editor.workshops',
	objectives: 'editor.objectives',
	durationMinutes: 'editor.duration',
	materials: 'editor.materials',
	activities: 'editor.activities',
	participantText: 'editor.participant_text',
	'facilitatorNotes.goals': 'editor.notes_goals',
	'facilitatorNotes.howTo': 'editor.notes_how_to',
	'facilitatorNotes.watchFor': 'editor.notes_watch_for',
	'facilitatorNotes.disclosure': 'editor.notes_disclosure',
	kind: 'editor.activity_kind',
	settings: 'editor.activity_kind',
	'settings.prompts': 'editor.prompts',
	'settings.prompt': 'editor.reflection_prompt',
	'settings.question': 'editor.check_in_question',
	'settings.steps': 'editor.steps',
	'settings.deckId': 'editor.choose_deck',
	'settings.scenarioId': 'editor.choose_scenario',
	'settings.videoId': 'editor.choose_video',
	description: 'tools.description',
	cards: 'tools.cards',
	statement: 'tools.statement',
	explanation: 'tools.explanation',
	source: 'tools.source',
	start: 'tools.start_passage',
	passages: 'tools.passages',
	text: 'tools.passage_text',
	choices: 'tools.choices',
	label: 'tools.choice_label',
	debrief: 'tools.debrief',
	'debrief.warningSigns': 'tools.warning_signs',
	'debrief.protectiveStrategies': 'tools.protective_strategies',
	'debrief.help': 'tools.where_help',
	transcript: 'tools.transcript',
	video: 'tools.video_file',
	captions: 'tools.captions'
};

/** The numbered parts of a path, outermost first, and how each is named. */
const ITEMS: Record<string, MessageKey> = {
	workshops: 'editor.workshop',
	activities: 'editor.activity_number',
	cards: 'tools.card',
	passages: 'tools.passage',
	choices: 'tools.choice'
};

/** The place of a problem, then what is wrong, as one line. */
export function describeProblem(problem: Problem): string {
	const parts: string[] = [];
	let rest = problem.path;
	for (
		let part = rest.match(/^(\w+)\.(\d+)\.?(.*)$/);
		part;
		part = rest.match(/^(\w+)\.(\d+)\.?(.*)$/)
	) {
		const item = ITEMS[part[1]!];
		if (!item) break;
		parts.push(t(item, { number: Number(part[2]) + 1 }));
		rest = part[3]!;
	}
	const item = rest.match(/^(settings\.(?:prompts|steps))\.(\d+)$/);
	if (item) {
		parts.push(
			t(item[1] === 'settings.prompts' ? 'editor.prompt' : 'editor.step', {
				number: Number(item[2]) + 1
			})
		);
	} else {
		const field = FIELDS[rest];
		if (field) parts.push(t(field));
	}
	const language = problem.locale
		? ` (${t(problem.locale === 'fr' ? 'editor.french' : 'editor.english').toLowerCase()})`
		: '';
	return `${parts.join(' · ')}${language} : ${tm({ key: problem.key, values: problem.values })}`;
}
