// Where a live session is and how the facilitator moves it: pure functions over the workshop plan and the
// published tools it uses. The server stores the state (live_session.state) and calls these; each activity
// kind's live behaviour (behaviour.ts, declared in its registry entry) says its steps, question and content.
import { z } from 'zod';
import { activityKind } from '../programs/activity-kinds.ts';
import type { Activity, Workshop } from '../programs/document.ts';
import type { Localized } from '../programs/localized.ts';
import {
	hasWords,
	ONE_STEP,
	PASS,
	type LiveBehaviour,
	type LiveContent,
	type LiveInput,
	type LiveQuestion
} from './behaviour.ts';

export const POLL_LIMITS = { question: 300, option: 120, minOptions: 2, maxOptions: 6 } as const;
export const BREAK_MINUTES_MAX = 60;

export const liveState = z
	.object({
		activity: z.number().int().min(0),
		step: z.number().int().min(0),
		path: z.array(z.number().int().min(0).max(5)).max(200),
		/** A content warning shows before the activity, on every view, until the facilitator goes on. */
		warning: z.boolean(),
		revealed: z.boolean(),
		breakMinutes: z.number().int().min(1).max(BREAK_MINUTES_MAX).nullable(),
		/** An ad-hoc poll the facilitator typed on the spot, shown over the activity while it is open. */
		poll: z
			.object({
				id: z.string().max(40),
				question: z.string().max(POLL_LIMITS.question),
				options: z.array(z.string().max(POLL_LIMITS.option)).max(POLL_LIMITS.maxOptions)
			})
			.nullable(),
		/** An approved anonymous question or answer on the presenter, by id. */
		shown: z.string().max(40).nullable(),
		/** What the room may answer now, so that a vote is checked without reading any document. */
		vote: z.object({ target: z.string().max(80), options: z.array(z.string().max(12)) }).nullable()
	})
	.strict();
export type LiveState = z.infer<typeof liveState>;

/** The workshop being run and the published tools its activities use, by id. */
export type LivePlan = { workshop: Workshop; tools: ReadonlyMap<string, unknown> };

export function behaviourOf(activity: Activity): LiveBehaviour {
	return (activityKind(activity.kind)?.live as LiveBehaviour | undefined) ?? ONE_STEP;
}

/** The tool an activity uses (its settings name one published item), if it is in the plan. */
export function toolOf(plan: LivePlan, activity: Activity): unknown {
	const ids = activityKind(activity.kind)?.references?.(activity.settings as never) ?? [];
	for (const { id } of ids) if (plan.tools.has(id)) return plan.tools.get(id);
	return null;
}

export function inputAt(plan: LivePlan, state: LiveState): LiveInput | null {
	const activity = plan.workshop.activities[state.activity];
	if (!activity) return null;
	return {
		activity: activity as LiveInput['activity'],
		tool: toolOf(plan, activity),
		at: { step: state.step, path: state.path }
	};
}

export function contentAt(plan: LivePlan, state: LiveState): LiveContent | null {
	const input = inputAt(plan, state);
	return input ? behaviourOf(input.activity).content(input) : null;
}

/** The content warning of the activity at its start: the workshop's (before the first), then its tool's. */
export function warningOf(plan: LivePlan, index: number): Localized | null {
	const activity = plan.workshop.activities[index];
	if (!activity) return null;
	const own = behaviourOf(activity).content({
		activity: activity as LiveInput['activity'],
		tool: toolOf(plan, activity),
		at: { step: 0, path: [] }
	}).warning;
	const workshop = index === 0 ? plan.workshop.contentWarning : undefined;
	const parts = [workshop, own].filter(hasWords);
	if (parts.length === 0) return null;
	return {
		fr: parts.map((part) => part.fr || part.en).join('\n\n'),
		en: parts.map((part) => part.en || part.fr).join('\n\n')
	};
}

/** What the room is asked now: the open poll first, then the activity's question; nothing during a warning. */
export function questionAt(plan: LivePlan, state: LiveState): LiveQuestion | null {
	if (state.warning) return null;
	if (state.poll)
		return {
			options: state.poll.options.map((option, index) => ({
				key: String(index),
				label: { text: { fr: option, en: option } }
			})),
			// Typed on the spot, a poll may ask something personal: as a check-in, never shown to fewer than 3.
			minimumToShow: 3
		};
	const input = inputAt(plan, state);
	if (!input) return null;
	return behaviourOf(input.activity).question?.(input) ?? null;
}

/** The key votes are kept under: the poll, or the activity, step and path they answer. */
export function targetOf(state: LiveState): string {
	if (state.poll) return `poll.${state.poll.id}`;
	return `a${state.activity}.${state.step}.${state.path.join('-')}`;
}

/** `state` with `vote` recomputed: the one place the question of the moment is written into the state. */
function settled(plan: LivePlan, state: LiveState): LiveState {
	const question = questionAt(plan, state);
	return {
		...state,
		vote: question
			? { target: targetOf(state), options: [...question.options.map((o) => o.key), PASS] }
			: null
	};
}

/** The state at the start of activity `index`. */
export function enter(plan: LivePlan, index: number): LiveState {
	const activity = Math.max(0, Math.min(index, plan.workshop.activities.length - 1));
	return settled(plan, {
		activity,
		step: 0,
		path: [],
		warning: warningOf(plan, activity) !== null,
		revealed: false,
		breakMinutes: null,
		poll: null,
		shown: null,
		vote: null
	});
}

export function stepsOf(plan: LivePlan, state: LiveState): number {
	const input = inputAt(plan, state);
	return input ? Math.max(1, behaviourOf(input.activity).steps(input)) : 1;
}

/** On: past the warning, to the next step, or to the next activity. At the very end, nothing changes. */
export function next(plan: LivePlan, state: LiveState): LiveState {
	if (state.warning) return settled(plan, { ...state, warning: false });
	if (state.step + 1 < stepsOf(plan, state))
		return settled(plan, { ...state, step: state.step + 1, revealed: false, shown: null });
	if (state.activity + 1 < plan.workshop.activities.length) return enter(plan, state.activity + 1);
	return state;
}

/** Back: one choice of the story, one step, or to the start of the previous activity. */
export function previous(plan: LivePlan, state: LiveState): LiveState {
	if (state.path.length > 0)
		return settled(plan, { ...state, path: state.path.slice(0, -1), revealed: false });
	if (state.step > 0 && !state.warning)
		return settled(plan, { ...state, step: state.step - 1, revealed: false, shown: null });
	if (state.activity > 0) return enter(plan, state.activity - 1);
	return state;
}

/** A scenario's story moves on by the choice at `position` (the majority's, or the facilitator's). */
export function choose(plan: LivePlan, state: LiveState, position: number): LiveState {
	const input = inputAt(plan, state);
	if (!input || state.warning || state.poll || !behaviourOf(input.activity).branches) return state;
	const question = behaviourOf(input.activity).question?.(input);
	if (!question || !question.options[position]) return state;
	return settled(plan, { ...state, path: [...state.path, position], revealed: false });
}

export function reveal(plan: LivePlan, state: LiveState, revealed: boolean): LiveState {
	return settled(plan, { ...state, revealed });
}

export function openPoll(
	plan: LivePlan,
	state: LiveState,
	poll: { id: string; question: string; options: string[] }
): LiveState {
	return settled(plan, { ...state, poll, revealed: false });
}

export function closePoll(plan: LivePlan, state: LiveState): LiveState {
	return settled(plan, { ...state, poll: null, revealed: false });
}

export function setBreak(plan: LivePlan, state: LiveState, minutes: number | null): LiveState {
	return settled(plan, { ...state, breakMinutes: minutes });
}

export function show(plan: LivePlan, state: LiveState, id: string | null): LiveState {
	return settled(plan, { ...state, shown: id });
}

/** The majority's choice among the counted options (ties go to the first), or null if no one chose. */
export function majority(counts: Readonly<Record<string, number>>, options: number): number | null {
	let best: number | null = null;
	for (let position = 0; position < options; position++) {
		const count = counts[String(position)] ?? 0;
		if (count > 0 && (best === null || count > (counts[String(best)] ?? 0))) best = position;
	}
	return best;
}
