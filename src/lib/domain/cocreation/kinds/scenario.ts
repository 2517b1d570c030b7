// A branching scenario as co-created material: its title, summary and content warning, then each passage (who
// speaks, what happens), its choices and where each leads, or, at an ending, the debrief. The story grows one choice
// at a time: adding a choice to a passage adds the new passage it leads to; a passage without choices can be made an
// ending. Piloted as the scenario activity (the group votes on each choice).
import type { Localized } from '../../programs/document.ts';
import { scenarioKind } from '../../scenarios/kind.ts';
import {
	emptyScenario,
	newPassage,
	type Passage,
	type ScenarioDocument
} from '../../scenarios/scenario.ts';
import {
	emptyParts,
	partInList,
	type MaterialKindSpec,
	type Part,
	type Removal,
	type TextSlot
} from '../materials.ts';

const MOST_CHOICES = 6;
const MOST_PASSAGES = 200;
const TOP = { title: 200, summary: 2000, contentWarning: 1000 } as const;
const TOP_FIELDS = {
	title: 'title',
	summary: 'summary',
	contentWarning: 'content_warning'
} as const;
const DEBRIEF = {
	warningSigns: 'warning_signs',
	protectiveStrategies: 'protective_strategies',
	help: 'help'
} as const;

function partOf(document: ScenarioDocument, passage: Passage, index: number): Part {
	const tags = [
		...(passage.id === document.start ? ['start'] : []),
		...(passage.ending ? ['ending'] : [])
	];
	return { kind: 'passage', id: passage.id, number: index + 1, tags };
}

/** The first words of a passage, to recognise it among the places a choice can lead. */
function previewOf(text: string): string {
	const words = text.trim().replace(/\s+/g, ' ');
	return words.length <= 60 ? words : `${words.slice(0, 59).trimEnd()}…`;
}

function slots(document: ScenarioDocument, language: 'fr' | 'en'): TextSlot[] {
	const list: TextSlot[] = (Object.keys(TOP) as (keyof typeof TOP)[]).map((key) => ({
		path: key,
		field: TOP_FIELDS[key],
		part: null,
		value: document[key][language],
		max: TOP[key]
	}));
	document.passages.forEach((passage, index) => {
		const at = `passages.${passage.id}`;
		const part = partOf(document, passage, index);
		list.push(
			{ path: `${at}.speaker`, field: 'speaker', part, value: passage.speaker[language], max: 100 },
			{ path: `${at}.text`, field: 'text', part, value: passage.text[language], max: 4000 }
		);
		// A story starts somewhere and ends elsewhere: the start is never an ending.
		if (passage.choices.length === 0 && passage.id !== document.start)
			list.push({
				path: `${at}.ending`,
				field: 'ending',
				part,
				value: passage.ending ? 'yes' : 'no',
				max: 3,
				choices: [
					{ value: 'no', label: 'material.ending.no' },
					{ value: 'yes', label: 'material.ending.yes' }
				]
			});
		if (passage.ending) {
			for (const [key, field] of Object.entries(DEBRIEF) as [keyof typeof DEBRIEF, string][])
				list.push({
					path: `${at}.debrief.${key}`,
					field,
					part,
					value: passage.debrief[key][language],
					max: 3000
				});
			return;
		}
		passage.choices.forEach((choice, position) => {
			const here = `${at}.choices.${choice.id}`;
			list.push(
				{
					path: `${here}.label`,
					field: 'choice',
					number: position + 1,
					part,
					value: choice.label[language],
					max: 300
				},
				{
					path: `${here}.to`,
					field: 'leads_to',
					number: position + 1,
					part,
					value: choice.to,
					max: 64,
					choices: document.passages
						.map((other, otherIndex) => {
							const preview = previewOf(other.text[language]);
							return {
								value: other.id,
								number: otherIndex + 1,
								...(preview
									? { label: 'material.passage_preview' as const, preview }
									: { label: 'material.passage_number' as const })
							};
						})
						.filter((option) => option.value !== passage.id)
				}
			);
		});
	});
	return list;
}

const put = (text: Localized, language: 'fr' | 'en', value: string): Localized => ({
	...text,
	[language]: value
});

function set(
	document: ScenarioDocument,
	language: 'fr' | 'en',
	slot: TextSlot,
	value: string
): ScenarioDocument {
	const [head, passageId, what, choiceId, choiceField] = slot.path.split('.');
	if (head !== 'passages') {
		const key = head as keyof typeof TOP;
		return { ...document, [key]: put(document[key], language, value) };
	}
	return {
		...document,
		passages: document.passages.map((passage) => {
			if (passage.id !== passageId) return passage;
			if (what === 'speaker' || what === 'text')
				return { ...passage, [what]: put(passage[what], language, value) };
			if (what === 'ending') return { ...passage, ending: value === 'yes' };
			if (what === 'debrief') {
				const key = choiceId as keyof typeof DEBRIEF;
				return {
					...passage,
					debrief: { ...passage.debrief, [key]: put(passage.debrief[key], language, value) }
				};
			}
			return {
				...passage,
				choices: passage.choices.map((choice) => {
					if (choice.id !== choiceId) return choice;
					return choiceField === 'to'
						? { ...choice, to: value }
						: { ...choice, label: put(choice.label, language, value) };
				})
			};
		})
	};
}

/**
 * A passage nothing is written in, with no choice of its own, can be taken out with the choices leading to it,
 * as long as those choices are not written either; never the start.
 */
function removals(document: ScenarioDocument, language: 'fr' | 'en'): Removal[] {
	const empty = emptyParts(slots(document, language));
	return document.passages.flatMap((passage, index) => {
		if (passage.id === document.start || passage.choices.length > 0 || !empty.has(index + 1))
			return [];
		const leading = document.passages.flatMap((from) =>
			from.choices.filter((choice) => choice.to === passage.id).map((choice) => ({ from, choice }))
		);
		if (leading.some(({ choice }) => choice.label[language].trim() !== '')) return [];
		return [
			{
				at: passage.id,
				part: index + 1,
				label: 'material.remove_passage' as const,
				paths: [
					`passages.${passage.id}.`,
					...leading.map(({ from, choice }) => `passages.${from.id}.choices.${choice.id}.`)
				]
			}
		];
	});
}

export const scenarioMaterial: MaterialKindSpec<ScenarioDocument> = {
	kind: 'scenario',
	store: scenarioKind.segment,
	label: 'material.kind.scenario',
	size: 'cocreation.material_passages',
	create: (title, language) => ({
		...emptyScenario({ fr: language === 'fr' ? title : '', en: language === 'en' ? title : '' }),
		languages: [language]
	}),
	title: (document, language) => document.title[language],
	count: (document) => document.passages.length,
	slots,
	set,
	additions: (document) =>
		document.passages.length >= MOST_PASSAGES
			? []
			: document.passages.flatMap((passage, index) =>
					passage.ending || passage.choices.length >= MOST_CHOICES
						? []
						: [
								{
									op: 'choice',
									at: passage.id,
									part: index + 1,
									label: 'material.add_choice' as const
								}
							]
				),
	// A choice, and the new passage it leads to, written next.
	add: (document, _language, _op, at, newId) => {
		const passageId = newId();
		const choiceId = newId();
		return {
			...document,
			passages: [
				...document.passages.map((passage) =>
					passage.id === at
						? {
								...passage,
								choices: [
									...passage.choices,
									{ id: choiceId, label: { fr: '', en: '' }, to: passageId }
								]
							}
						: passage
				),
				newPassage(passageId)
			]
		};
	},
	removals,
	remove: (document, at) => ({
		...document,
		passages: document.passages
			.filter((passage) => passage.id !== at)
			.map((passage) => ({
				...passage,
				choices: passage.choices.filter((choice) => choice.to !== at)
			}))
	}),
	partOf: (path) => partInList('passages', path),
	pilot: (itemId) => ({
		activity: {
			kind: scenarioKind.activity.kind,
			settings: { [scenarioKind.activity.field]: itemId }
		}
	})
};
