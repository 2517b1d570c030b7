// The registry of activity kinds. Each tool module plugs its kind in here (one line in KINDS) with the shape
// of its settings, what it needs before publishing, and its defaults; the editor and player components are
// registered the same way in src/lib/ui/programs/activity-editors.ts.
import { z } from 'zod';
import type { MessageKey } from '#lib/i18n/catalogue.ts';
import { uuid } from '../ids.ts';
import { TOOL_REGISTRY } from '../tools/registry.ts';
import type { AnyToolKind } from '../tools/tool-kind.ts';
import { hasWords, type LiveBehaviour } from '../live/behaviour.ts';
import { LIMITS, localized, type Localized } from './document.ts';

/** A problem found before publishing: a catalogue key and where it is. */
export type KindProblem = { key: MessageKey; field: string; locale?: 'fr' | 'en' };

export type ActivityKind<S = unknown> = {
	kind: string;
	label: MessageKey;
	/** What `settings` must look like for this kind. */
	settings: z.ZodType<S>;
	defaults: () => S;
	/** Problems that block publishing (e.g. an empty prompt, a missing translation). */
	check: (settings: S, languages: readonly ('fr' | 'en')[]) => KindProblem[];
	/** Ids of other content this activity refers to (a deck, a scenario…), checked by the caller. */
	references?: (settings: S) => { type: string; id: string }[];
	/** What it does in a live session (src/lib/domain/live/behaviour.ts). */
	live: LiveBehaviour<S>;
};

/** The activity's own participant text, then `more`, leaving out what is empty. */
const withIntro = (activity: { participantText: Localized }, ...more: (Localized | undefined)[]) =>
	[activity.participantText, ...more].filter(hasWords);

function missing(
	value: Localized,
	field: string,
	languages: readonly ('fr' | 'en')[]
): KindProblem[] {
	return languages
		.filter((locale) => value[locale].trim() === '')
		.map((locale) => ({ key: 'programs.problem_missing_text' as const, field, locale }));
}

const discussion: ActivityKind<{ prompts: Localized[] }> = {
	kind: 'discussion',
	label: 'programs.kind_discussion',
	settings: z.object({ prompts: z.array(localized(LIMITS.longText)).max(LIMITS.prompts) }).strict(),
	defaults: () => ({ prompts: [{ fr: '', en: '' }] }),
	check: (settings, languages) => [
		...(settings.prompts.length === 0
			? [{ key: 'programs.problem_no_prompt' as const, field: 'settings.prompts' }]
			: []),
		...settings.prompts.flatMap((prompt, index) =>
			missing(prompt, `settings.prompts.${index}`, languages)
		)
	],
	// Prompts one by one; phones may send answers, which wait for the facilitator's approval.
	live: {
		steps: ({ activity }) => Math.max(1, activity.settings.prompts.length),
		content: ({ activity, at }) => ({
			lines: withIntro(activity, activity.settings.prompts[at.step])
		}),
		writing: 'moderated'
	}
};

const reflection: ActivityKind<{ prompt: Localized }> = {
	kind: 'reflection',
	label: 'programs.kind_reflection',
	settings: z.object({ prompt: localized(LIMITS.longText) }).strict(),
	defaults: () => ({ prompt: { fr: '', en: '' } }),
	check: (settings, languages) => missing(settings.prompt, 'settings.prompt', languages),
	// The prompt; what a teen writes stays on her phone.
	live: {
		steps: () => 1,
		content: ({ activity }) => ({ lines: withIntro(activity, activity.settings.prompt) }),
		writing: 'private'
	}
};

const checkIn: ActivityKind<{ question: Localized; scale: number }> = {
	kind: 'check-in',
	label: 'programs.kind_check_in',
	settings: z.object({ question: localized(), scale: z.number().int().min(3).max(7) }).strict(),
	defaults: () => ({ question: { fr: '', en: '' }, scale: 5 }),
	check: (settings, languages) => missing(settings.question, 'settings.question', languages),
	// A mood scale answered anonymously; never shown with fewer than three answers.
	live: {
		steps: () => 1,
		content: ({ activity }) => ({ lines: withIntro(activity, activity.settings.question) }),
		question: ({ activity }) => ({
			options: Array.from({ length: activity.settings.scale }, (_, index) => ({
				key: String(index + 1),
				label: { text: { fr: String(index + 1), en: String(index + 1) } }
			})),
			minimumToShow: 3
		})
	}
};

const grounding: ActivityKind<{ steps: Localized[] }> = {
	kind: 'grounding',
	label: 'programs.kind_grounding',
	settings: z.object({ steps: z.array(localized(LIMITS.longText)).max(LIMITS.prompts) }).strict(),
	defaults: () => ({ steps: [] }),
	check: (settings, languages) =>
		settings.steps.flatMap((step, index) => missing(step, `settings.steps.${index}`, languages)),
	// Calm full-screen steps, one at a time.
	live: {
		steps: ({ activity }) => Math.max(1, activity.settings.steps.length),
		content: ({ activity, at }) => ({
			lines: activity.settings.steps[at.step]
				? [activity.settings.steps[at.step]!]
				: withIntro(activity),
			calm: true
		})
	}
};

const pause: ActivityKind<Record<string, never>> = {
	kind: 'break',
	label: 'programs.kind_break',
	settings: z.object({}).strict(),
	defaults: () => ({}),
	check: () => [],
	live: { steps: () => 1, content: ({ activity }) => ({ lines: withIntro(activity), calm: true }) }
};

/** The activity that uses one published tool of `tool`'s kind, chosen by id in its settings. */
function usesTool(tool: AnyToolKind): ActivityKind<Record<string, string>> {
	const { kind, label, field, missing, live } = tool.activity;
	return {
		kind,
		label,
		// Empty while the author has not chosen yet; otherwise a real id, or the document is refused.
		settings: z.object({ [field]: z.union([z.literal(''), uuid]) }).strict() as never,
		defaults: () => ({ [field]: '' }),
		check: (settings) =>
			settings[field] === '' ? [{ key: missing, field: `settings.${field}` }] : [],
		references: (settings) =>
			settings[field] === '' ? [] : [{ type: tool.type, id: settings[field]! }],
		live: live as unknown as LiveBehaviour<Record<string, string>>
	};
}

/** Every activity kind: those of programs themselves, then one per kind of tool in `tools`. */
export function activityKindsFor(tools: readonly AnyToolKind[]): readonly ActivityKind<never>[] {
	return [
		discussion,
		reflection,
		checkIn,
		grounding,
		pause,
		...tools.map(usesTool)
	] as unknown as ActivityKind<never>[];
}

/** Every kind the platform knows. The questionnaire joins with the evaluation module. */
export const KINDS = activityKindsFor(TOOL_REGISTRY);

export function activityKind(kind: string): ActivityKind<unknown> | undefined {
	return KINDS.find((entry) => entry.kind === kind) as ActivityKind<unknown> | undefined;
}
