// The publishing rules of every versioned document (programs, workshop tools, and later training modules,
// questionnaires, findings) as data: which statuses exist, which step leads from which to which, and who may
// take it. The server enforces them; the publishing panel shows only the steps they allow.

export const CONTENT_STATUSES = ['draft', 'in_review', 'published', 'archived'] as const;
/** draft → in_review → published; any → archived. "published" means the draft is the last version. */
export type ContentStatus = (typeof CONTENT_STATUSES)[number];

export type PublishingStep = 'submit' | 'publish' | 'archive' | 'restore';

/** The organisation's choice: must a second coordinator approve (by publishing) what another submitted? */
export type PublishingPolicy = { secondApproval: boolean };

/** What the rules need to know of an item and of who acts on it. */
export type PublishingState = {
	status: ContentStatus;
	/** Whether a version was published before (restoring it makes it published again, not a draft). */
	hasVersion: boolean;
	/** Who sent it for review, if it is in review. */
	submittedBy: string | null;
};

type Rule = { from: readonly ContentStatus[]; to: (state: PublishingState) => ContentStatus };

/** Every step: the statuses it starts from and the one it leads to. Saving a draft always leads to "draft". */
export const STEPS: Record<PublishingStep, Rule> = {
	submit: { from: ['draft'], to: () => 'in_review' },
	publish: { from: ['draft', 'in_review'], to: () => 'published' },
	archive: { from: ['draft', 'in_review', 'published'], to: () => 'archived' },
	restore: { from: ['archived'], to: (state) => (state.hasVersion ? 'published' : 'draft') }
};

/** Why a step is refused, as a catalogue key. */
export type Refusal =
	'content.wrong_status' | 'content.needs_review' | 'content.needs_other_approver';

/**
 * Whether `actorId` may take `step` on an item in `state` under `policy`. With a second approval required,
 * only what is in review is published, and never by the coordinator who sent it for review: publishing it
 * is the approval.
 */
export function checkStep(
	state: PublishingState,
	step: PublishingStep,
	policy: PublishingPolicy,
	actorId: string | null
): { ok: true; to: ContentStatus } | { ok: false; refusal: Refusal } {
	const rule = STEPS[step];
	if (!rule.from.includes(state.status)) return { ok: false, refusal: 'content.wrong_status' };
	if (step === 'publish' && policy.secondApproval) {
		if (state.status !== 'in_review') return { ok: false, refusal: 'content.needs_review' };
		if (actorId !== null && state.submittedBy === actorId)
			return { ok: false, refusal: 'content.needs_other_approver' };
	}
	return { ok: true, to: rule.to(state) };
}

/** The steps the publishing panel offers this person now (editing aside, which any non-archived item allows). */
export function availableSteps(
	state: PublishingState,
	policy: PublishingPolicy,
	actorId: string | null
): PublishingStep[] {
	return (Object.keys(STEPS) as PublishingStep[]).filter(
		(step) => checkStep(state, step, policy, actorId).ok
	);
}
