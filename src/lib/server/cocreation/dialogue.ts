// Phase 4 of a co-creation process, the dialogue with adults: proposals of what should change (their words are
// moderated posts of the process), support from youth and adults tallied apart, the adults' commitments answering
// them, and the accountability board where each commitment's status is followed with dated updates, youth react
// and comment, and late commitments show as late; and dialogue sessions, live sessions whose round of proposals
// the adults put on the board. Nothing on the board names a youth: a youth's proposal or comment shows as "a youth
// of the group"; adults are named (they are the ones accountable).
import { and, asc, eq, inArray } from 'drizzle-orm';
import {
	BOARD_REACTIONS,
	isOverdue,
	type BoardReaction,
	type CommitmentStatus,
	type WhoActs
} from '#lib/domain/cocreation/phases.ts';
import { isUuid } from '#lib/domain/ids.ts';
import { db } from '../db/client.ts';
import type { Actor } from '../platform/actor.ts';
import { recordAudit } from '../platform/audit.ts';
import { DomainError, notFoundOrNotAllowed } from '../platform/errors.ts';
import { allows } from '../platform/rights.ts';
import {
	isPublished,
	postsIn,
	submitPost,
	type PostStatus,
	type PostView
} from '../moderation/service.ts';
import {
	REACTIONS_SHOWN_FROM,
	contextOf,
	groupsRunBy,
	isCoDesigner,
	isProcessAdult,
	nameOf,
	processFor,
	scopeOf,
	type Context
} from './context.ts';
import type {
	CommitmentInput,
	DialogueInput,
	FollowUpInput,
	OnBoardInput,
	ProposalInput
} from './inputs.ts';
import { approvedAnswers, sessionClosed, startOneOffSession } from '../live/service.ts';
import { managedGroupContext } from '../identity/service.ts';
import { both, oneOffWorkshop } from './one-off.ts';
import {
	cocreationDialogue,
	cocreationBoardReaction,
	cocreationCommitment,
	cocreationCommitmentUpdate,
	cocreationProcess,
	cocreationProposal,
	cocreationSupport
} from './schema.ts';

/** Where the process's moderated posts go, for a text about `targetId`. */
function placeOf(context: Context, targetId: string, source: 'proposal' | 'board_comment') {
	return {
		organisationId: context.process.organisationId,
		groupId: context.process.groupId,
		scopeId: context.process.id,
		targetId,
		needsApproval: context.process.postsNeedApproval,
		source: `cocreation_${source}` as const
	};
}

/**
 * A proposal of what should change and who should act. A youth's words pass the moderation (refused with personal
 * information, held for the designated facilitator when they suggest danger) and wait for approval when the
 * process says so; an adult's appear at once.
 */
export async function propose(
	actor: Actor,
	processId: string,
	input: ProposalInput
): Promise<'published' | 'pending' | 'held'> {
	const context = await processFor(actor, processId, 'cocreation.propose');
	// processFor let in the process's co-designers and adults only.
	const fromYouth = actor.kind === 'participant';
	// The proposal is about the process itself: its target is the process.
	const { status, postId } = await submitPost(
		actor,
		placeOf(context, context.process.id, 'proposal'),
		input.proposal
	);
	if (postId)
		await db()
			.insert(cocreationProposal)
			.values({ postId, processId: context.process.id, whoActs: input.whoActs, fromYouth });
	return status;
}

/** A proposal of the process that everyone may read now (published): the only ones to support or answer. */
async function publishedProposal(context: Context, proposalId: string): Promise<void> {
	if (!isUuid(proposalId)) throw notFoundOrNotAllowed();
	const [row] = await db()
		.select({ postId: cocreationProposal.postId })
		.from(cocreationProposal)
		.where(
			and(
				eq(cocreationProposal.postId, proposalId),
				eq(cocreationProposal.processId, context.process.id)
			)
		);
	if (!row || !(await isPublished(context.process.id, proposalId))) throw notFoundOrNotAllowed();
}

/** Supports a proposal, or takes the support back; a youth's and an adult's are counted apart. */
export async function support(
	actor: Actor,
	processId: string,
	proposalId: string,
	supports: boolean
): Promise<void> {
	const context = await processFor(actor, processId, 'cocreation.support');
	await publishedProposal(context, proposalId);
	const youth = actor.kind === 'participant';
	const supporterId = youth ? actor.participantId : (actor as { userId: string }).userId;
	if (supports)
		await db()
			.insert(cocreationSupport)
			.values({ proposalId, supporterId, youth })
			.onConflictDoNothing();
	else
		await db()
			.delete(cocreationSupport)
			.where(
				and(
					eq(cocreationSupport.proposalId, proposalId),
					eq(cocreationSupport.supporterId, supporterId)
				)
			);
}

/** An adult's commitment answering a proposal: what, who acts, by when, what "done" means; audited. */
export async function commit(
	actor: Actor,
	processId: string,
	input: CommitmentInput
): Promise<string> {
	const context = await processFor(actor, processId, 'cocreation.commit');
	await publishedProposal(context, input.proposalId);
	const recordedBy = nameOf(actor);
	const id = await db().transaction(async (tx) => {
		const [row] = await tx
			.insert(cocreationCommitment)
			.values({
				processId: context.process.id,
				proposalId: input.proposalId,
				what: input.what,
				owner: input.owner,
				dueOn: input.dueOn,
				doneMeans: input.doneMeans,
				recordedBy,
				recordedById: actor.kind === 'user' ? actor.userId : null
			})
			.returning({ id: cocreationCommitment.id });
		// The history starts with the commitment itself.
		await tx
			.insert(cocreationCommitmentUpdate)
			.values({ commitmentId: row!.id, status: 'planned', note: '', recordedBy });
		return row!.id;
	});
	await recordAudit(actor, {
		action: 'cocreation.commitment_recorded',
		organisationId: context.process.organisationId,
		targetType: 'cocreation_commitment',
		targetId: id
	});
	return id;
}

/** Those who steer the process follow up every commitment; an ally, those she recorded. */
function mayFollowUp(
	actor: Actor,
	context: Context,
	commitment: { recordedById: string | null }
): boolean {
	if (!allows(actor, 'cocreation.follow_up', scopeOf(context))) return false;
	if (allows(actor, 'cocreation.manage', { group: context.group })) return true;
	return actor.kind === 'user' && commitment.recordedById === actor.userId;
}

async function commitmentOf(context: Context, commitmentId: string) {
	if (!isUuid(commitmentId)) throw notFoundOrNotAllowed();
	const [row] = await db()
		.select()
		.from(cocreationCommitment)
		.where(
			and(
				eq(cocreationCommitment.id, commitmentId),
				eq(cocreationCommitment.processId, context.process.id)
			)
		);
	if (!row) throw notFoundOrNotAllowed();
	return row;
}

/**
 * A dated update of a commitment: its status now and what happened (a reason is required to drop it). The
 * adults of the process follow their commitments up after the dialogue phase too; audited.
 */
export async function followUp(
	actor: Actor,
	processId: string,
	input: FollowUpInput
): Promise<void> {
	const context = await processFor(actor, processId, 'cocreation.follow_up');
	const commitment = await commitmentOf(context, input.commitmentId);
	if (!mayFollowUp(actor, context, commitment)) throw notFoundOrNotAllowed();
	if (input.status === 'dropped' && input.note.trim() === '')
		throw new DomainError('cocreation.reason_required', 400);
	await db().transaction(async (tx) => {
		await tx.insert(cocreationCommitmentUpdate).values({
			commitmentId: commitment.id,
			status: input.status,
			note: input.note,
			recordedBy: nameOf(actor)
		});
		await tx
			.update(cocreationCommitment)
			.set({ status: input.status })
			.where(eq(cocreationCommitment.id, commitment.id));
	});
	await recordAudit(actor, {
		action: 'cocreation.commitment_updated',
		organisationId: context.process.organisationId,
		targetType: 'cocreation_commitment',
		targetId: commitment.id,
		details: { status: input.status }
	});
}

/** A co-designer's reaction to a commitment: hers alone, changeable; counted from three. */
export async function reactToCommitment(
	actor: Actor,
	processId: string,
	commitmentId: string,
	reaction: BoardReaction
): Promise<void> {
	const context = await processFor(actor, processId, 'cocreation.board_react');
	if (!isCoDesigner(actor, context)) throw notFoundOrNotAllowed();
	const commitment = await commitmentOf(context, commitmentId);
	await db()
		.insert(cocreationBoardReaction)
		.values({ commitmentId: commitment.id, participantId: actor.participantId, reaction })
		.onConflictDoUpdate({
			target: [cocreationBoardReaction.commitmentId, cocreationBoardReaction.participantId],
			set: { reaction }
		});
}

/** A comment on a commitment: moderated like every text youth write for others. */
export async function commentOnCommitment(
	actor: Actor,
	processId: string,
	commitmentId: string,
	text: string
): Promise<'published' | 'pending' | 'held'> {
	const context = await processFor(actor, processId, 'cocreation.board_comment');
	const commitment = await commitmentOf(context, commitmentId);
	const { status } = await submitPost(
		actor,
		placeOf(context, commitment.id, 'board_comment'),
		text
	);
	return status;
}

// ---------------------------------------------------------------------------------------------------------
// Dialogue sessions

/** The round of proposals is the session's second activity (after the agenda). */
const PROPOSALS_ROUND = 1;

/**
 * Starts a dialogue session: a live session with the co-design group (or another group the adult runs, to hear
 * more youth of the organisation) that goes through the agenda, item by item, with the question box open
 * throughout, and ends with a round of proposals written from phones and approved before the room sees them.
 */
export async function startDialogueSession(
	actor: Actor,
	processId: string,
	input: DialogueInput
): Promise<string> {
	const context = await processFor(actor, processId, 'cocreation.run_dialogue');
	const group = await managedGroupContext(input.groupId);
	if (group.organisationId !== context.process.organisationId) throw notFoundOrNotAllowed();
	const title = { fr: context.process.title, en: context.process.title };
	const sessionId = await startOneOffSession(actor, {
		groupId: group.id,
		source: { id: context.process.id, version: 0 },
		workshop: oneOffWorkshop('dialogue-session', title, [
			{
				kind: 'discussion',
				title: both('dialogue.agenda_title'),
				participantText: both('dialogue.agenda_text'),
				notes: { goals: both('dialogue.notes_goals'), howTo: both('dialogue.notes_agenda') },
				settings: { prompts: input.agenda.map((item) => ({ fr: item, en: item })) }
			},
			{
				kind: 'discussion',
				title: both('dialogue.round_title'),
				participantText: both('dialogue.round_text'),
				notes: { goals: both('dialogue.notes_goals'), howTo: both('dialogue.notes_round') },
				settings: { prompts: [both('dialogue.round_prompt')] }
			}
		])
	});
	await db().insert(cocreationDialogue).values({
		processId,
		sessionId,
		groupId: group.id,
		agenda: input.agenda
	});
	return sessionId;
}

/** The groups a dialogue session may be held with: those the adult runs, the co-design group first. */
async function dialogueGroups(
	actor: Actor,
	context: Context
): Promise<{ id: string; name: string }[]> {
	const own = (group: { id: string }) => Number(group.id === context.process.groupId);
	return (await groupsRunBy(actor, context)).sort((a, b) => own(b) - own(a));
}

/**
 * Puts an approved proposal of a dialogue session's round on the board, once, with who should act. It shows as
 * proposed during the session: nobody's name.
 */
export async function putOnBoard(
	actor: Actor,
	processId: string,
	input: OnBoardInput
): Promise<void> {
	const context = await processFor(actor, processId, 'cocreation.manage');
	const [dialogue] = await db()
		.select()
		.from(cocreationDialogue)
		.where(
			and(eq(cocreationDialogue.id, input.dialogueId), eq(cocreationDialogue.processId, processId))
		);
	if (!dialogue) throw notFoundOrNotAllowed();
	const answer = (await approvedAnswers(dialogue.sessionId, PROPOSALS_ROUND)).find(
		(item) => item.id === input.postId
	);
	if (!answer) throw notFoundOrNotAllowed();
	const [already] = await db()
		.select({ id: cocreationProposal.postId })
		.from(cocreationProposal)
		.where(eq(cocreationProposal.sessionPostId, answer.id));
	if (already) throw new DomainError('dialogue.already_on_board', 409);
	const { postId } = await submitPost(
		actor,
		placeOf(context, context.process.id, 'proposal'),
		answer.text
	);
	await db()
		.insert(cocreationProposal)
		.values({
			postId: postId!,
			processId,
			whoActs: input.whoActs,
			// Written from a youth's phone in the room.
			fromYouth: true,
			sessionPostId: answer.id
		})
		.onConflictDoNothing();
}

export type DialogueView = {
	id: string;
	sessionId: string;
	group: string;
	agenda: string[];
	open: boolean;
	/** The round's approved proposals not yet on the board (for the adults who steer the process). */
	proposals: { id: string; text: string }[];
	startedAt: Date;
};

async function dialoguesOf(processId: string, steers: boolean): Promise<DialogueView[]> {
	const rows = await db()
		.select()
		.from(cocreationDialogue)
		.where(eq(cocreationDialogue.processId, processId))
		.orderBy(asc(cocreationDialogue.createdAt));
	if (rows.length === 0) return [];
	const onBoard = new Set(
		(
			await db()
				.select({ id: cocreationProposal.sessionPostId })
				.from(cocreationProposal)
				.where(eq(cocreationProposal.processId, processId))
		).map((row) => row.id)
	);
	return Promise.all(
		rows.map(async (row) => ({
			id: row.id,
			sessionId: row.sessionId,
			group: (await managedGroupContext(row.groupId)).name,
			agenda: row.agenda,
			open: !(await sessionClosed(row.sessionId)),
			proposals: steers
				? (await approvedAnswers(row.sessionId, PROPOSALS_ROUND)).filter(
						(answer) => !onBoard.has(answer.id)
					)
				: [],
			startedAt: row.createdAt
		}))
	);
}

/** Whether every youth of the organisation may read the board; audited. */
export async function setBoardOpen(actor: Actor, processId: string, open: boolean): Promise<void> {
	const context = await processFor(actor, processId, 'cocreation.manage');
	await db()
		.update(cocreationProcess)
		.set({ boardOpenToOrganisation: open })
		.where(eq(cocreationProcess.id, processId));
	await recordAudit(actor, {
		action: 'cocreation.board_visibility_changed',
		organisationId: context.process.organisationId,
		targetType: 'cocreation_process',
		targetId: processId,
		details: { open }
	});
}

// ---------------------------------------------------------------------------------------------------------
// The board

/** A post on the board as its readers see it: a youth is never named. */
export type BoardPost = {
	id: string;
	/** An adult's name; null when a youth wrote it. */
	author: string | null;
	text: string;
	status: PostStatus;
	hiddenReason: string | null;
	mine: boolean;
};

export type CommitmentView = {
	id: string;
	what: string;
	owner: string;
	dueOn: string;
	doneMeans: string;
	status: CommitmentStatus;
	overdue: boolean;
	recordedBy: string;
	updates: { status: CommitmentStatus; note: string; by: string; on: Date }[];
	/** Counts of each reaction once three co-designers besides the reader reacted; null before. */
	reactions: Record<BoardReaction, number> | null;
	mine: BoardReaction | null;
	comments: BoardPost[];
	/** Whether this reader may give news of it (those who steer the process; an ally, hers). */
	mayFollowUp: boolean;
};

export type ProposalView = BoardPost & {
	whoActs: WhoActs;
	/** Put on the board from a dialogue session's round of proposals. */
	fromSession: boolean;
	support: { youth: number; adults: number };
	supportedByMe: boolean;
	commitments: CommitmentView[];
};

export type BoardView = {
	id: string;
	title: string;
	/** Who reads: a co-designer, an adult of the process, or a youth of the organisation (the board is open). */
	reader: 'co-designer' | 'adult' | 'organisation';
	proposals: ProposalView[];
	open: boolean;
	/** Dialogue sessions of the process, and the groups one may be held with (for those who run them). */
	dialogues: DialogueView[];
	dialogueGroups: { id: string; name: string }[];
	may: {
		steer: boolean;
		propose: boolean;
		support: boolean;
		commit: boolean;
		followUp: boolean;
		react: boolean;
		comment: boolean;
	};
	/** Youth posts waiting for a moderator (for those who steer the process). */
	waiting: number;
};

/** The board's reader, or "not found or not allowed". */
function readerOf(actor: Actor, context: Context): BoardView['reader'] {
	if (isCoDesigner(actor, context)) return 'co-designer';
	if (isProcessAdult(actor, context)) return 'adult';
	const youth = actor as Actor;
	if (
		context.process.boardOpenToOrganisation &&
		youth.kind === 'participant' &&
		allows(youth, 'cocreation.take_part', { organisationId: context.process.organisationId })
	)
		return 'organisation';
	throw notFoundOrNotAllowed();
}

function boardPost(post: PostView): BoardPost {
	return {
		id: post.id,
		author: post.byYouth ? null : post.author,
		text: post.text,
		status: post.status,
		hiddenReason: post.hiddenReason,
		mine: post.mine
	};
}

/** The accountability board: proposals, their support, the commitments answering them and their history. */
export async function boardView(
	actor: Actor,
	processId: string,
	today = new Date().toISOString().slice(0, 10)
): Promise<BoardView> {
	const context = await contextOf(processId);
	const reader = readerOf(actor, context);
	const { process } = context;
	const scope = scopeOf(context);
	const steers = allows(actor, 'cocreation.manage', { group: context.group });
	const participantId = actor.kind === 'participant' ? actor.participantId : null;
	const userId = actor.kind === 'user' ? actor.userId : null;
	const [posts, proposals, commitments] = await Promise.all([
		postsIn(process.id, { participantId, userId, moderator: steers }),
		db()
			.select()
			.from(cocreationProposal)
			.where(eq(cocreationProposal.processId, process.id))
			.orderBy(asc(cocreationProposal.createdAt)),
		db()
			.select()
			.from(cocreationCommitment)
			.where(eq(cocreationCommitment.processId, process.id))
			.orderBy(asc(cocreationCommitment.createdAt))
	]);
	const proposalIds = proposals.map((proposal) => proposal.postId);
	const commitmentIds = commitments.map((commitment) => commitment.id);
	const [supports, updates, reactions] = await Promise.all([
		proposalIds.length === 0
			? []
			: db()
					.select()
					.from(cocreationSupport)
					.where(inArray(cocreationSupport.proposalId, proposalIds)),
		commitmentIds.length === 0
			? []
			: db()
					.select()
					.from(cocreationCommitmentUpdate)
					.where(inArray(cocreationCommitmentUpdate.commitmentId, commitmentIds))
					.orderBy(asc(cocreationCommitmentUpdate.createdAt)),
		commitmentIds.length === 0
			? []
			: db()
					.select()
					.from(cocreationBoardReaction)
					.where(inArray(cocreationBoardReaction.commitmentId, commitmentIds))
	]);
	const postById = new Map(posts.map((post) => [post.id, post]));
	const me = participantId ?? userId;
	const commitmentView = (row: (typeof commitments)[number]): CommitmentView => {
		const here = reactions.filter((item) => item.commitmentId === row.id);
		const others = here.filter((item) => item.participantId !== participantId);
		return {
			id: row.id,
			what: row.what,
			owner: row.owner,
			dueOn: row.dueOn,
			doneMeans: row.doneMeans,
			status: row.status,
			overdue: isOverdue(row, today),
			recordedBy: row.recordedBy,
			updates: updates
				.filter((update) => update.commitmentId === row.id)
				.map((update) => ({
					status: update.status,
					note: update.note,
					by: update.recordedBy,
					on: update.createdAt
				})),
			reactions:
				others.length >= REACTIONS_SHOWN_FROM
					? (Object.fromEntries(
							BOARD_REACTIONS.map((reaction) => [
								reaction,
								here.filter((item) => item.reaction === reaction).length
							])
						) as Record<BoardReaction, number>)
					: null,
			mine: here.find((item) => item.participantId === participantId)?.reaction ?? null,
			comments: posts.filter((post) => post.targetId === row.id).map(boardPost),
			mayFollowUp: mayFollowUp(actor, context, row)
		};
	};
	const visible: ProposalView[] = [];
	for (const proposal of proposals) {
		const post = postById.get(proposal.postId);
		if (!post) continue;
		const supportHere = supports.filter((item) => item.proposalId === proposal.postId);
		visible.push({
			...boardPost(post),
			// From a dialogue session: the room's words, nobody's name (the adult only put them on the board).
			...(proposal.sessionPostId ? { author: null } : {}),
			fromSession: proposal.sessionPostId !== null,
			whoActs: proposal.whoActs,
			support: {
				youth: supportHere.filter((item) => item.youth).length,
				adults: supportHere.filter((item) => !item.youth).length
			},
			supportedByMe: supportHere.some((item) => item.supporterId === me),
			commitments: commitments
				.filter((commitment) => commitment.proposalId === proposal.postId)
				.map(commitmentView)
		});
	}
	const takesPart = reader !== 'organisation';
	return {
		id: process.id,
		title: process.title,
		reader,
		proposals: visible,
		open: process.boardOpenToOrganisation,
		dialogues: takesPart ? await dialoguesOf(process.id, steers) : [],
		dialogueGroups: allows(actor, 'cocreation.run_dialogue', scope)
			? await dialogueGroups(actor, context)
			: [],
		may: {
			steer: steers,
			propose: takesPart && allows(actor, 'cocreation.propose', scope),
			support: takesPart && allows(actor, 'cocreation.support', scope),
			commit: allows(actor, 'cocreation.commit', scope),
			followUp: allows(actor, 'cocreation.follow_up', scope),
			react: reader === 'co-designer' && allows(actor, 'cocreation.board_react', scope),
			comment: takesPart && allows(actor, 'cocreation.board_comment', scope)
		},
		waiting: steers ? posts.filter((post) => post.status === 'pending').length : 0
	};
}
