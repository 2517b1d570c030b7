// A workshop as co-created material: what it is about, for whom, what participants take away and how long it lasts,
// then each activity (what the group reads, its questions or steps, how long, and the notes for whoever leads it:
// why, how, and what to do if someone confides something serious). Activities are added at the end, one kind at a
// time, among the kinds a group can write without a tool. Kept as a program of one workshop, so that once finalised
// it is offered like any program (its guide, live sessions); piloted as that workshop. An activity can also play
// one of the organisation's published tools (the group's own deck or story once finalised, or the library's).
import {
	emptyProgram,
	LIMITS,
	type Activity,
	type Localized,
	type ProgramDocument,
	type Workshop
} from '../../programs/document.ts';
import { activityKind } from '../../programs/activity-kinds.ts';
import { TOOL_REGISTRY } from '../../tools/registry.ts';
import type { MessageKey } from '#lib/i18n/catalogue.ts';
import {
	emptyParts,
	type Addition,
	type MaterialContext,
	type MaterialKindSpec,
	type Part,
	type Removal,
	type SlotChoice,
	type TextSlot
} from '../materials.ts';

/** The activity kinds a group writes on its own (the tools it makes are materials of their own). */
const KINDS = ['discussion', 'reflection', 'check-in', 'grounding', 'break'] as const;
type Kind = (typeof KINDS)[number];

/** Each kind's list of texts in its settings (prompts, steps), or its one text (a question). */
const SETTINGS: Record<Kind, { list?: 'prompts' | 'steps'; one?: 'prompt' | 'question' }> = {
	discussion: { list: 'prompts' },
	reflection: { one: 'prompt' },
	'check-in': { one: 'question' },
	grounding: { list: 'steps' },
	break: {}
};
const ITEM_FIELD = { prompts: 'prompt', steps: 'step' } as const;

/** The activities that play a tool, and the setting naming it ("card-game" → "deckId"). */
const TOOL_FIELD = new Map(TOOL_REGISTRY.map((tool) => [tool.activity.kind, tool.activity.field]));
const LONG = 2000;

const minutes = (values: number[]): SlotChoice[] =>
	values.map((value) => ({ value: String(value), label: 'material.minutes', number: value }));
const WORKSHOP_MINUTES = minutes([30, 45, 60, 90, 120]);
const ACTIVITY_MINUTES = minutes([5, 10, 15, 20, 30, 45]);

/** The program's one workshop. */
const workshopOf = (document: ProgramDocument): Workshop => document.workshops[0]!;

const put = (text: Localized, language: 'fr' | 'en', value: string): Localized => ({
	...text,
	[language]: value
});

function activitySlots(
	activity: Activity,
	index: number,
	language: 'fr' | 'en',
	context: MaterialContext | undefined
): TextSlot[] {
	const at = `activities.${activity.id}`;
	const part: Part = {
		kind: 'activity',
		id: activity.id,
		number: index + 1,
		tags: [activity.kind]
	};
	const text = (path: string, field: string, value: Localized, max: number, number?: number) => ({
		path: `${at}.${path}`,
		field,
		part,
		value: value[language],
		max,
		...(number === undefined ? {} : { number })
	});
	const slots: TextSlot[] = [
		text('title', 'title', activity.title, LIMITS.shortText),
		text('participantText', 'participant_text', activity.participantText, LONG)
	];
	const toolField = TOOL_FIELD.get(activity.kind);
	if (toolField)
		slots.push({
			path: `${at}.tool`,
			field: 'tool',
			part,
			value: String(activity.settings[toolField] ?? ''),
			max: 64,
			choices: (context?.tools ?? [])
				.filter((tool) => tool.activity === activity.kind)
				.map((tool) => ({ value: tool.id, label: 'material.tool_named', preview: tool.title }))
		});
	const settings = SETTINGS[activity.kind as Kind] ?? {};
	if (settings.one)
		slots.push(
			text(
				`settings.${settings.one}`,
				settings.one,
				activity.settings[settings.one] as Localized,
				settings.one === 'question' ? LIMITS.shortText : LONG
			)
		);
	if (settings.list)
		(activity.settings[settings.list] as Localized[]).forEach((item, position) =>
			slots.push(
				text(
					`settings.${settings.list}.${position}`,
					ITEM_FIELD[settings.list!],
					item,
					LONG,
					position + 1
				)
			)
		);
	slots.push(
		{
			path: `${at}.minutes`,
			field: 'minutes_of',
			part,
			value: String(activity.durationMinutes),
			max: 3,
			choices: ACTIVITY_MINUTES
		},
		text('facilitatorNotes.goals', 'goals', activity.facilitatorNotes.goals, LONG),
		text('facilitatorNotes.howTo', 'how_to', activity.facilitatorNotes.howTo, LONG),
		text('facilitatorNotes.disclosure', 'disclosure', activity.facilitatorNotes.disclosure, LONG)
	);
	return slots;
}

function slots(
	document: ProgramDocument,
	language: 'fr' | 'en',
	context?: MaterialContext
): TextSlot[] {
	const workshop = workshopOf(document);
	const own = (path: string, field: string, value: Localized, max: number): TextSlot => ({
		path,
		field,
		part: null,
		value: value[language],
		max
	});
	return [
		own('title', 'title', document.title, LIMITS.shortText),
		own('summary', 'summary', document.summary, LONG),
		own('audience', 'audience', document.audience, LONG),
		own('objectives', 'objectives', workshop.objectives, LONG),
		own('contentWarning', 'content_warning', workshop.contentWarning, LONG),
		own('materials', 'materials_needed', workshop.materials, LONG),
		{
			path: 'minutes',
			field: 'duration',
			part: null,
			value: String(workshop.durationMinutes),
			max: 3,
			choices: WORKSHOP_MINUTES
		},
		...workshop.activities.flatMap((activity, index) =>
			activitySlots(activity, index, language, context)
		)
	];
}

/** A dotted path's value set in a Localized field of `target` ("facilitatorNotes.goals"). */
function setIn<T extends Record<string, unknown>>(
	target: T,
	path: string[],
	language: 'fr' | 'en',
	value: string
): T {
	const [head, ...rest] = path as [string, ...string[]];
	const inner = target[head];
	if (Array.isArray(inner)) {
		const index = Number(rest[0]);
		return {
			...target,
			[head]: inner.map((item, position) =>
				position === index ? put(item as Localized, language, value) : item
			)
		};
	}
	if (rest.length === 0) return { ...target, [head]: put(inner as Localized, language, value) };
	return { ...target, [head]: setIn(inner as Record<string, unknown>, rest, language, value) };
}

function set(
	document: ProgramDocument,
	language: 'fr' | 'en',
	slot: TextSlot,
	value: string
): ProgramDocument {
	const workshop = workshopOf(document);
	const withWorkshop = (changed: Workshop): ProgramDocument => ({
		...document,
		workshops: [changed]
	});
	const [head, activityId, ...rest] = slot.path.split('.') as [string, string, ...string[]];
	switch (head) {
		// The program is the workshop: one title for both.
		case 'title':
			return {
				...document,
				title: put(document.title, language, value),
				workshops: [{ ...workshop, title: put(workshop.title, language, value) }]
			};
		case 'summary':
		case 'audience':
			return { ...document, [head]: put(document[head], language, value) };
		case 'minutes':
			return withWorkshop({ ...workshop, durationMinutes: Number(value) });
		case 'activities':
			return withWorkshop({
				...workshop,
				activities: workshop.activities.map((activity) => {
					if (activity.id !== activityId) return activity;
					if (rest[0] === 'minutes') return { ...activity, durationMinutes: Number(value) };
					if (rest[0] === 'tool')
						return {
							...activity,
							settings: { ...activity.settings, [TOOL_FIELD.get(activity.kind)!]: value }
						};
					return setIn(activity, rest, language, value);
				})
			});
		default:
			return withWorkshop(setIn(workshop, [head], language, value));
	}
}

function additions(document: ProgramDocument, context?: MaterialContext): Addition[] {
	const workshop = workshopOf(document);
	const list: Addition[] = [];
	workshop.activities.forEach((activity, index) => {
		const settings = SETTINGS[activity.kind as Kind];
		if (settings?.list && (activity.settings[settings.list] as unknown[]).length < LIMITS.prompts)
			list.push({
				op: ITEM_FIELD[settings.list],
				at: activity.id,
				part: index + 1,
				label: `material.add_${ITEM_FIELD[settings.list]}` as MessageKey
			});
	});
	// The kinds a group writes itself, then those playing a tool the organisation has.
	const playable = [...TOOL_FIELD.keys()].filter((kind) =>
		context?.tools.some((tool) => tool.activity === kind)
	);
	if (workshop.activities.length < LIMITS.activities)
		for (const kind of [...KINDS, ...playable])
			list.push({
				op: `activity-${kind}`,
				at: null,
				part: null,
				label: `material.add_activity.${kind}` as MessageKey
			});
	return list;
}

function add(
	document: ProgramDocument,
	_language: 'fr' | 'en',
	op: string,
	at: string | null,
	newId: () => string
): ProgramDocument {
	const workshop = workshopOf(document);
	const blank = (): Localized => ({ fr: '', en: '' });
	if (op.startsWith('activity-')) {
		const kind = op.slice('activity-'.length);
		const activity: Activity = {
			id: newId(),
			kind,
			title: blank(),
			participantText: blank(),
			facilitatorNotes: { goals: blank(), howTo: blank(), watchFor: blank(), disclosure: blank() },
			durationMinutes: kind === 'break' ? 5 : 10,
			adaptations: { rehabilitation: blank(), community: blank() },
			settings: activityKind(kind)!.defaults() as Record<string, unknown>
		};
		// A list of steps starts with one to write.
		const list = SETTINGS[kind as Kind]?.list;
		if (list && (activity.settings[list] as unknown[]).length === 0)
			activity.settings[list] = [blank()];
		return {
			...document,
			workshops: [{ ...workshop, activities: [...workshop.activities, activity] }]
		};
	}
	// One more prompt or step at the end of the activity's list.
	return {
		...document,
		workshops: [
			{
				...workshop,
				activities: workshop.activities.map((activity) => {
					if (activity.id !== at) return activity;
					const list = SETTINGS[activity.kind as Kind].list!;
					return {
						...activity,
						settings: {
							...activity.settings,
							[list]: [...(activity.settings[list] as Localized[]), blank()]
						}
					};
				})
			}
		]
	};
}

/** An activity nothing is written in can be taken out, and so can a question or step left empty at the end of its list. */
function removals(document: ProgramDocument, language: 'fr' | 'en'): Removal[] {
	const empty = emptyParts(slots(document, language));
	return workshopOf(document).activities.flatMap((activity, index) => {
		const at = `activities.${activity.id}`;
		const list = SETTINGS[activity.kind as Kind]?.list;
		const items = list ? (activity.settings[list] as Localized[]) : [];
		const last = items.at(-1);
		return [
			...(empty.has(index + 1)
				? [
						{
							at: activity.id,
							part: index + 1,
							label: 'material.remove_activity' as const,
							paths: [`${at}.`]
						}
					]
				: []),
			...(list && items.length > 1 && last![language].trim() === ''
				? [
						{
							at: `${activity.id}.${list}`,
							part: index + 1,
							label: `material.remove_${ITEM_FIELD[list]}` as MessageKey,
							paths: [`${at}.settings.${list}.${items.length - 1}`],
							item: { field: ITEM_FIELD[list], number: items.length }
						}
					]
				: [])
		];
	});
}

function remove(document: ProgramDocument, at: string): ProgramDocument {
	const workshop = workshopOf(document);
	const [activityId, list] = at.split('.') as [string, 'prompts' | 'steps' | undefined];
	const activities = list
		? workshop.activities.map((activity) =>
				activity.id === activityId
					? {
							...activity,
							settings: {
								...activity.settings,
								[list]: (activity.settings[list] as Localized[]).slice(0, -1)
							}
						}
					: activity
			)
		: workshop.activities.filter((activity) => activity.id !== activityId);
	return { ...document, workshops: [{ ...workshop, activities }] };
}

export const workshopMaterial: MaterialKindSpec<ProgramDocument> = {
	kind: 'workshop',
	store: 'programs',
	usesTools: true,
	label: 'material.kind.workshop',
	size: 'cocreation.material_activities',
	create: (title, language, newId) => {
		const words: Localized = {
			fr: language === 'fr' ? title : '',
			en: language === 'en' ? title : ''
		};
		return {
			...emptyProgram(),
			title: words,
			languages: [language],
			workshops: [
				{
					id: newId(),
					title: words,
					objectives: { fr: '', en: '' },
					durationMinutes: 60,
					materials: { fr: '', en: '' },
					contentWarning: { fr: '', en: '' },
					activities: []
				}
			]
		};
	},
	title: (document, language) => document.title[language],
	count: (document) => workshopOf(document).activities.length,
	slots,
	set,
	additions,
	add,
	removals,
	remove,
	partOf: (path) => {
		const match = /^workshops\.0\.activities\.(\d+)(\.|$)/.exec(path);
		return match ? Number(match[1]) + 1 : null;
	},
	pilot: (_itemId, document) => ({ workshop: workshopOf(document) })
};
