// Zod shapes of what the co-creation pages accept; messages are catalogue keys.
import { z } from 'zod';
import {
	BOARD_REACTIONS,
	COMMITMENT_STATUSES,
	DOTS,
	PHASE_KINDS,
	REACTIONS,
	RECOMMEND,
	WHO_ACTS
} from '#lib/domain/cocreation/phases.ts';
import { MATERIAL_KINDS } from '#lib/domain/cocreation/material-kinds.ts';
import { uuid } from '#lib/domain/ids.ts';
import { requiredText, wholeNumber, writtenText } from '../platform/form-inputs.ts';

const required = requiredText;
const optional = (max: number) => writtenText(max).default('');
const whole = wholeNumber;

/** The ids of the checkboxes named "<prefix><id>" that are ticked. */
function ticked(raw: Record<string, string>, prefix: string): string[] {
	return Object.keys(raw)
		.filter((name) => name.startsWith(prefix))
		.map((name) => name.slice(prefix.length));
}

/** The adult allies chosen: "ally.<user id>" checkboxes. */
const allyIds = z.array(z.string().min(1).max(100)).max(100);

export const processInput = z
	.record(z.string(), z.string())
	.transform((raw) => ({ ...raw, allyIds: ticked(raw, 'ally.') }))
	.pipe(
		z.object({
			title: required(120),
			purpose: optional(2000),
			groupId: uuid.catch(() => '').pipe(z.uuid({ error: 'cocreation.choose_group' })),
			dotsPerPerson: whole(DOTS.min, DOTS.max),
			allyIds
		})
	);
export type ProcessInput = z.infer<typeof processInput>;

export const findingInput = z.object({
	theme: optional(80),
	statement: required(500),
	explanation: optional(2000),
	source: required(500)
});
export type FindingInput = z.infer<typeof findingInput>;

export const reactionInput = z.object({
	findingId: uuid,
	reaction: z.enum(REACTIONS, { error: 'validation.invalid' })
});

/** The dots a co-designer places: one field per finding, "dots.<finding id>", each a whole number. */
export const dotsInput = z.record(z.string(), z.string()).transform((raw, context) => {
	const placed: Record<string, number> = {};
	for (const [name, value] of Object.entries(raw)) {
		if (!name.startsWith('dots.')) continue;
		const findingId = name.slice('dots.'.length);
		const count = whole(0, DOTS.max).safeParse(value === '' ? '0' : value);
		if (!uuid.safeParse(findingId).success || !count.success) {
			context.addIssue({ code: 'custom', message: 'validation.invalid', path: [name] });
			return z.NEVER;
		}
		if (count.data > 0) placed[findingId] = count.data;
	}
	return placed;
});

/** A key aspect: the decision, why, and the findings it comes from ("finding.<id>" checkboxes). */
export const keyAspectInput = z
	.record(z.string(), z.string())
	.transform((raw) => ({
		text: raw.text ?? '',
		why: raw.why ?? '',
		findingIds: ticked(raw, 'finding.')
	}))
	.pipe(
		z.object({
			text: required(300),
			why: writtenText(1000),
			findingIds: z.array(uuid).max(50)
		})
	);
export type KeyAspectInput = z.infer<typeof keyAspectInput>;

export const phaseMoveInput = z.object({ phaseId: uuid });

/** A date typed in a date field, or nothing. */
const day = z
	.string()
	.trim()
	.refine((value) => value === '' || z.iso.date().safeParse(value).success, {
		error: 'validation.invalid'
	})
	.transform((value) => (value === '' ? null : value));

/** A phase's own words and dates; empty words fall back on the template's. */
export const phaseEditInput = z
	.object({
		phaseId: uuid,
		title: optional(80),
		description: optional(600),
		startsOn: day.default(null as never),
		endsOn: day.default(null as never)
	})
	.refine((phase) => !phase.startsOn || !phase.endsOn || phase.startsOn <= phase.endsOn, {
		error: 'cocreation.dates_order',
		path: ['endsOn']
	});
export type PhaseEditInput = z.infer<typeof phaseEditInput>;

export const phaseOrderInput = z.object({ phaseId: uuid, direction: z.enum(['up', 'down']) });

export const phaseAddInput = z.object({
	kind: z.enum(PHASE_KINDS, { error: 'validation.invalid' })
});

export const commentInput = z.object({ findingId: uuid, comment: required(1000) });

export const moderateInput = z
	.object({
		postId: uuid,
		decision: z.enum(['approve', 'hide', 'restore'], { error: 'validation.invalid' }),
		reason: optional(300)
	})
	.refine((input) => input.decision !== 'hide' || input.reason !== '', {
		error: 'moderation.reason_required',
		path: ['reason']
	});

/** The process's setting: whether youth's posts wait for approval (a checkbox: present means yes). */
export const approvalInput = z
	.object({ postsNeedApproval: z.literal('on', { error: 'validation.invalid' }).optional() })
	.transform((input) => ({ postsNeedApproval: input.postsNeedApproval === 'on' }));

/** The process's adult allies, all at once. */
export const alliesInput = z
	.record(z.string(), z.string())
	.transform((raw) => ({ allyIds: ticked(raw, 'ally.') }))
	.pipe(z.object({ allyIds }));

// Phase 4: proposals, support, commitments and their follow-up on the board.

export const proposalInput = z.object({
	proposal: required(600),
	whoActs: z.enum(WHO_ACTS, { error: 'cocreation.choose_who_acts' })
});
export type ProposalInput = z.infer<typeof proposalInput>;

export const supportInput = z.object({
	proposalId: uuid,
	support: z.enum(['yes', 'no'], { error: 'validation.invalid' })
});

/** A due day: required, a real date. */
const dueDay = z
	.string({ error: 'validation.required' })
	.trim()
	.min(1, { error: 'validation.required' })
	.pipe(z.iso.date({ error: 'validation.invalid' }));

export const commitmentInput = z.object({
	proposalId: uuid,
	what: required(300),
	owner: required(120),
	dueOn: dueDay,
	doneMeans: required(500)
});
export type CommitmentInput = z.infer<typeof commitmentInput>;

/** A dated update of a commitment: its status now and what happened (a reason, when it is dropped). */
export const followUpInput = z
	.object({
		commitmentId: uuid,
		status: z.enum(COMMITMENT_STATUSES, { error: 'validation.invalid' }),
		note: optional(500)
	})
	.refine((input) => input.status !== 'dropped' || input.note !== '', {
		error: 'cocreation.reason_required',
		path: ['note']
	});
export type FollowUpInput = z.infer<typeof followUpInput>;

export const boardReactionInput = z.object({
	commitmentId: uuid,
	reaction: z.enum(BOARD_REACTIONS, { error: 'validation.invalid' })
});

export const boardCommentInput = z.object({ commitmentId: uuid, comment: required(1000) });

/** Whether every youth of the organisation may read the board (a checkbox: present means yes). */
export const boardOpenInput = z
	.object({ open: z.literal('on', { error: 'validation.invalid' }).optional() })
	.transform((input) => ({ open: input.open === 'on' }));

// Phase 2: the material the group drafts, one text at a time.

export const materialInput = z
	.record(z.string(), z.string())
	.transform((raw) => ({ ...raw, keyAspectIds: ticked(raw, 'aspect.') }))
	.pipe(
		z.object({
			title: required(200),
			kind: z.enum(MATERIAL_KINDS, { error: 'validation.invalid' }).default('deck'),
			language: z.enum(['fr', 'en'], { error: 'validation.invalid' }).default('fr'),
			keyAspectIds: z.array(uuid).max(50)
		})
	);
export type MaterialInput = z.infer<typeof materialInput>;

/** A part to add to a material: what (a card, a choice) and where (a passage's id), as the page offers it. */
export const additionInput = z.object({
	op: z.string().regex(/^[a-z][a-z-]{0,40}$/, { error: 'validation.invalid' }),
	at: z
		.string()
		.regex(/^[A-Za-z0-9_-]{0,64}$/, { error: 'validation.invalid' })
		.optional()
});
export type AdditionInput = z.infer<typeof additionInput>;

/** An empty part to take out: a card's, a passage's or an activity's id, or "<activity id>.prompts" (its last). */
export const removalInput = z.object({
	at: z.string().regex(/^[A-Za-z0-9_-]{1,64}(\.(prompts|steps))?$/, { error: 'validation.invalid' })
});

export const suggestionInput = z.object({
	suggestionId: uuid,
	decision: z.enum(['accept', 'decline'], { error: 'validation.invalid' })
});

export const creditInput = z.object({
	credit: z.enum(['yes', 'no'], { error: 'validation.invalid' })
});

/** The process's setting: adults' edits apply at once instead of waiting as suggestions (a checkbox). */
export const penRuleInput = z
	.object({ adultsEditDirectly: z.literal('on', { error: 'validation.invalid' }).optional() })
	.transform((input) => ({ adultsEditDirectly: input.adultsEditDirectly === 'on' }));

export const materialCommentInput = z.object({ comment: required(1000) });

/** A text written, with the feedback it answers ("answer.<feedback id>" checkboxes). */
export const answeredTextInput = z
	.record(z.string(), z.string())
	.transform((raw) => ({ path: raw.path, text: raw.text ?? '', answers: ticked(raw, 'answer.') }))
	.pipe(
		z.object({
			path: z
				.string({ error: 'validation.invalid' })
				.max(100)
				.regex(/^[A-Za-z0-9_.-]+$/, { error: 'validation.invalid' }),
			text: writtenText(2000),
			answers: z.array(uuid).max(50)
		})
	);

// Phase 3: pilots with peers and their feedback.

export const pilotInput = z.object({
	materialId: uuid,
	groupId: uuid.catch(() => '').pipe(z.uuid({ error: 'cocreation.choose_group' })),
	plannedOn: day.default(null as never)
});
export type PilotInput = z.infer<typeof pilotInput>;

export const pilotIdInput = z.object({ pilotId: uuid });

export const feedbackOpenInput = z.object({
	pilotId: uuid,
	open: z.enum(['yes', 'no'], { error: 'validation.invalid' })
});

export const feedbackInput = z.object({
	worked: optional(1000),
	didNot: optional(1000),
	// No question is mandatory: a girl who skips it passes.
	recommend: z.enum(RECOMMEND, { error: 'validation.invalid' }).default('pass'),
	suggestions: optional(1000)
});
export type FeedbackInput = z.infer<typeof feedbackInput>;

export const feedbackModerationInput = z
	.object({
		feedbackId: uuid,
		decision: z.enum(['approve', 'hide', 'restore'], { error: 'validation.invalid' }),
		reason: optional(300)
	})
	.refine((input) => input.decision !== 'hide' || input.reason !== '', {
		error: 'moderation.reason_required',
		path: ['reason']
	});

export const materialIdInput = z.object({ materialId: uuid });

// Phase 4: a dialogue session and the proposals of its round put on the board.

/** The agenda: one item per line, 1 to 8 items. */
export const dialogueInput = z.object({
	groupId: uuid.catch(() => '').pipe(z.uuid({ error: 'cocreation.choose_group' })),
	agenda: required(2000)
		.transform((text) =>
			text
				.split(/\r?\n/)
				.map((line) => line.trim())
				.filter(Boolean)
		)
		.pipe(
			z
				.array(z.string().max(300, { error: 'validation.too_long' }))
				.min(1, { error: 'validation.required' })
				.max(8, { error: 'dialogue.too_many_items' })
		)
});
export type DialogueInput = z.infer<typeof dialogueInput>;

export const onBoardInput = z.object({
	dialogueId: uuid,
	postId: uuid,
	whoActs: z.enum(WHO_ACTS, { error: 'cocreation.choose_who_acts' })
});
export type OnBoardInput = z.infer<typeof onBoardInput>;
