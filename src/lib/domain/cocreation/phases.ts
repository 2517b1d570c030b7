// The phases of a co-creation process, as data (after Decidim: a process has phases, and each phase turns on the
// components it needs and the rights that go with them). Nothing else in the code asks which phase it is: pages
// show a component when the current phase lists it, and services ask the rights table with the phase's grants.
import type { Right } from '../rights/rights.ts';

/** The four phases of the default template, in order. A process may rename, date, reorder or repeat them. */
export const PHASE_KINDS = ['findings', 'creation', 'pilot', 'dialogue'] as const;
export type PhaseKind = (typeof PHASE_KINDS)[number];

/** What a phase can turn on. */
export type Component =
	| 'findings'
	| 'reactions'
	| 'comments'
	| 'dot_vote'
	| 'key_aspects'
	| 'drafts'
	| 'suggestions'
	| 'pilots'
	| 'feedback'
	| 'proposals'
	| 'commitments';

export type PhaseTemplate = {
	/** Shown, in this order, while the phase is current. */
	components: readonly Component[];
	/** The rights this phase turns on (rules marked `byPhase` in the rights table). */
	grants: readonly Right[];
};

export const PHASE_TEMPLATES: Record<PhaseKind, PhaseTemplate> = {
	// Review the research's findings, react to each, prioritise with dots, decide the key aspects.
	findings: {
		components: ['findings', 'reactions', 'comments', 'dot_vote', 'key_aspects'],
		grants: [
			'cocreation.post_finding',
			'cocreation.react',
			'cocreation.comment',
			'cocreation.dot_vote',
			'cocreation.decide'
		]
	},
	// Create workshops, cards and scenarios that address the key aspects.
	creation: {
		components: ['key_aspects', 'drafts', 'suggestions'],
		grants: ['cocreation.draft', 'cocreation.accept']
	},
	// Pilot with peers, turn their feedback into changes, finalise.
	pilot: {
		components: ['pilots', 'feedback', 'drafts', 'suggestions'],
		grants: ['cocreation.run_pilot', 'cocreation.finalise', 'cocreation.draft', 'cocreation.accept']
	},
	// Dialogue with adults: proposals, support, commitments, the accountability board.
	dialogue: {
		components: ['proposals', 'commitments'],
		grants: [
			'cocreation.propose',
			'cocreation.support',
			'cocreation.commit',
			'cocreation.run_dialogue',
			'cocreation.board_react',
			'cocreation.board_comment'
		]
	}
};

/** Whether the phase turns the component on. */
export function shows(kind: PhaseKind, component: Component): boolean {
	return PHASE_TEMPLATES[kind].components.includes(component);
}

/** The scope the rights table needs for a right that the current phase may turn on. */
export function phaseScope(kind: PhaseKind | null): { grants: readonly Right[] } {
	return { grants: kind ? PHASE_TEMPLATES[kind].grants : [] };
}

/** A co-designer's private reaction to a finding. */
export const REACTIONS = ['resonates', 'does_not', 'not_sure', 'pass'] as const;
export type Reaction = (typeof REACTIONS)[number];

/** Dots each co-designer may place, per process. */
export const DOTS = { min: 1, max: 10, default: 3 } as const;

/** Who a proposal asks to act: a choice rather than free text (no names of people, nothing to guard). */
export const WHO_ACTS = ['direction', 'team', 'youth_and_adults', 'partners'] as const;
export type WhoActs = (typeof WHO_ACTS)[number];

/** Where a commitment stands on the accountability board. */
export const COMMITMENT_STATUSES = ['planned', 'in_progress', 'done', 'dropped'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

/** A youth's reaction to a commitment on the board (counts only, from three). */
export const BOARD_REACTIONS = ['glad', 'not_enough', 'not_sure'] as const;
export type BoardReaction = (typeof BOARD_REACTIONS)[number];

/** Whether a commitment is late: not done nor dropped, and its due day is past (days as "YYYY-MM-DD"). */
export function isOverdue(
	commitment: { status: CommitmentStatus; dueOn: string },
	today: string
): boolean {
	return (
		(commitment.status === 'planned' || commitment.status === 'in_progress') &&
		commitment.dueOn < today
	);
}

/** A peer's answer to "would you recommend it?" ("pass": she passes). */
export const RECOMMEND = ['yes', 'maybe', 'no', 'pass'] as const;
export type Recommend = (typeof RECOMMEND)[number];
