// Co-creation processes: a co-design group of youth turns research findings into their own workshop, pilots it,
// and holds adults to their commitments. A process has phases (domain/cocreation/phases.ts): the current phase
// turns components on and grants their rights, so verbs ask the rights table with the phase's grants and never
// which phase it is. This first part: the process and its phases, and phase 1 — findings, each co-designer's
// private reaction, dot voting hidden until closed, and the key aspects the group decides.
import { and, asc, eq, inArray } from 'drizzle-orm';
import {
	PHASE_KINDS,
	PHASE_TEMPLATES,
	REACTIONS,
	type Component,
	type PhaseKind,
	type Reaction
} from '#lib/domain/cocreation/phases.ts';
import { isUuid } from '#lib/domain/ids.ts';
import { db } from '../db/client.ts';
import type { Actor, ParticipantActor } from '../platform/actor.ts';
import { recordAudit } from '../platform/audit.ts';
import { DomainError, notFoundOrNotAllowed } from '../platform/errors.ts';
import { allows, authorise } from '../platform/rights.ts';
import { adultsOf, groupPeople, listGroups, managedGroupContext } from '../identity/service.ts';
import {
	decidePost,
	postsIn,
	screenYouthText,
	submitPost,
	type PostDecision,
	type PostView
} from '../moderation/service.ts';
import type { FindingInput, KeyAspectInput, PhaseEditInput, ProcessInput } from './inputs.ts';
import { creditChoice, materialsOf, type MaterialSummary } from './materials.ts';
import { heardAndChanged, pilotGroups, pilotsOf, type PilotView } from './pilots.ts';
import {
	REACTIONS_SHOWN_FROM,
	isCoDesigner,
	nameOf,
	processFor,
	scopeOf,
	visibleProcess,
	type Context,
	type PhaseRow
} from './context.ts';
import {
	cocreationAlly,
	cocreationDot,
	cocreationFinding,
	cocreationKeyAspect,
	cocreationPhase,
	cocreationProcess,
	cocreationReaction
} from './schema.ts';

export { REACTIONS_SHOWN_FROM } from './context.ts';
export {
	boardView,
	commit,
	commentOnCommitment,
	followUp,
	propose,
	reactToCommitment,
	putOnBoard,
	setBoardOpen,
	startDialogueSession,
	support
} from './dialogue.ts';
export type { BoardView } from './dialogue.ts';
export {
	addPart,
	removePart,
	commentOnMaterial,
	createMaterial,
	decideSuggestion,
	materialView,
	setAdultsEditDirectly,
	setCredit,
	writeText
} from './materials.ts';
export type { MaterialView } from './materials.ts';
export { processReport, type ReportView } from './report.ts';
export { reportCsv } from './report-csv.ts';
export {
	feedbackForm,
	feedbackToGive,
	finaliseMaterial,
	giveFeedback,
	moderateFeedback,
	planPilot,
	setFeedbackOpen,
	startPilot
} from './pilots.ts';

// ---------------------------------------------------------------------------------------------------------
// The process and its phases

/**
 * What an adult may start a process with: the groups they run (coordinators: all of the organisation's) and the
 * adults who may be its allies. Empty for an adult who may only take part (a professional).
 */
export async function processChoices(
	actor: Actor,
	organisationId: string
): Promise<{
	canCreate: boolean;
	groups: { id: string; name: string }[];
	allies: AllyCandidate[];
}> {
	if (actor.kind !== 'user' || !allows(actor, 'cocreation.list', { organisationId }))
		throw notFoundOrNotAllowed();
	if (!allows(actor, 'identity.create_group', { organisationId }))
		return { canCreate: false, groups: [], allies: [] };
	const groups = await listGroups(actor, organisationId);
	return {
		canCreate: true,
		groups: groups.map((group) => ({ id: group.id, name: group.name })),
		allies: await allyCandidates(organisationId)
	};
}

export type AllyCandidate = { userId: string; name: string; role: 'facilitator' | 'professional' };

/** Who may be an ally of a process: the organisation's facilitators and professionals. */
async function allyCandidates(organisationId: string): Promise<AllyCandidate[]> {
	return (await adultsOf(organisationId, ['facilitator', 'professional'])) as AllyCandidate[];
}

/** Refuses user ids that are not the organisation's facilitators or professionals. */
async function checkAllies(organisationId: string, userIds: readonly string[]): Promise<void> {
	if (userIds.length === 0) return;
	const candidates = new Set((await allyCandidates(organisationId)).map((item) => item.userId));
	if (userIds.some((userId) => !candidates.has(userId))) throw notFoundOrNotAllowed();
}

/** The process's allies and who else may be one, for the adults who steer it. */
export async function alliesToEdit(
	actor: Actor,
	processId: string
): Promise<{ candidates: AllyCandidate[]; chosen: string[] }> {
	const context = await processFor(actor, processId, 'cocreation.manage');
	return {
		candidates: await allyCandidates(context.process.organisationId),
		chosen: context.allies
	};
}

/** Names the process's allies (replacing the list); audited. */
export async function setAllies(
	actor: Actor,
	processId: string,
	userIds: readonly string[]
): Promise<void> {
	const context = await processFor(actor, processId, 'cocreation.manage');
	const chosen = [...new Set(userIds)];
	await checkAllies(context.process.organisationId, chosen);
	await db().transaction(async (tx) => {
		await tx.delete(cocreationAlly).where(eq(cocreationAlly.processId, processId));
		if (chosen.length > 0)
			await tx.insert(cocreationAlly).values(chosen.map((userId) => ({ processId, userId })));
	});
	await recordAudit(actor, {
		action: 'cocreation.allies_changed',
		organisationId: context.process.organisationId,
		targetType: 'cocreation_process',
		targetId: processId,
		details: { allies: chosen.length }
	});
}

/** Creates a process with the default four phases, the first one current. */
export async function createProcess(
	actor: Actor,
	organisationId: string,
	input: ProcessInput
): Promise<string> {
	const group = await managedGroupContext(input.groupId);
	if (group.organisationId !== organisationId) throw notFoundOrNotAllowed();
	authorise(actor, 'cocreation.manage', { group });
	const allyIds = [...new Set(input.allyIds)];
	await checkAllies(organisationId, allyIds);
	const id = await db().transaction(async (tx) => {
		const [process] = await tx
			.insert(cocreationProcess)
			.values({
				organisationId,
				groupId: group.id,
				title: input.title,
				purpose: input.purpose,
				dotsPerPerson: input.dotsPerPerson,
				createdBy: nameOf(actor)
			})
			.returning({ id: cocreationProcess.id });
		const phases = await tx
			.insert(cocreationPhase)
			.values(PHASE_KINDS.map((kind, position) => ({ processId: process!.id, position, kind })))
			.returning({ id: cocreationPhase.id, position: cocreationPhase.position });
		const first = phases.find((phase) => phase.position === 0)!;
		await tx
			.update(cocreationProcess)
			.set({ currentPhaseId: first.id })
			.where(eq(cocreationProcess.id, process!.id));
		if (allyIds.length > 0)
			await tx
				.insert(cocreationAlly)
				.values(allyIds.map((userId) => ({ processId: process!.id, userId })));
		return process!.id;
	});
	await recordAudit(actor, {
		action: 'cocreation.process_created',
		organisationId,
		targetType: 'cocreation_process',
		targetId: id
	});
	return id;
}

export type ProcessSummary = { id: string; title: string; group: string; phase: PhaseKind | null };

/** The processes an adult steers in the organisation, or a youth's processes (those of her groups). */
export async function listProcesses(
	actor: Actor,
	organisationId: string
): Promise<ProcessSummary[]> {
	if (actor.kind === 'participant' && actor.groups.length === 0) return [];
	const rows = await db()
		.select({ process: cocreationProcess, kind: cocreationPhase.kind })
		.from(cocreationProcess)
		.leftJoin(cocreationPhase, eq(cocreationPhase.id, cocreationProcess.currentPhaseId))
		.where(
			and(
				eq(cocreationProcess.organisationId, organisationId),
				// A youth's home asks on every visit: only her groups' processes are read.
				actor.kind === 'participant'
					? inArray(
							cocreationProcess.groupId,
							actor.groups.map((group) => group.id)
						)
					: undefined
			)
		)
		.orderBy(asc(cocreationProcess.createdAt));
	const summary = (row: (typeof rows)[number], group: string): ProcessSummary => ({
		id: row.process.id,
		title: row.process.title,
		group,
		phase: row.kind ?? null
	});
	// A youth: the query kept her groups' processes only, and she knows her groups' names.
	if (actor.kind === 'participant') {
		if (!allows(actor, 'cocreation.take_part', { organisationId })) return [];
		return rows.map((row) =>
			summary(row, actor.groups.find((group) => group.id === row.process.groupId)?.name ?? '')
		);
	}
	authorise(actor, 'cocreation.list', { organisationId });
	// An adult: the processes they steer or are an ally of; each group read once, however many processes it has.
	const allyOf =
		actor.kind === 'user'
			? await db()
					.select({ processId: cocreationAlly.processId })
					.from(cocreationAlly)
					.where(eq(cocreationAlly.userId, actor.userId))
			: [];
	const groups = new Map<string, Awaited<ReturnType<typeof managedGroupContext>>>();
	const visible: ProcessSummary[] = [];
	for (const row of rows) {
		const groupId = row.process.groupId;
		if (!groups.has(groupId)) groups.set(groupId, await managedGroupContext(groupId));
		const group = groups.get(groupId)!;
		const allies = allyOf.some((ally) => ally.processId === row.process.id)
			? [(actor as { userId: string }).userId]
			: [];
		if (allows(actor, 'cocreation.follow', { group, allies }))
			visible.push(summary(row, group.name));
	}
	return visible;
}

/** Makes another phase of the process the current one (forward or back); what it turns on follows. */
export async function moveToPhase(actor: Actor, processId: string, phaseId: string): Promise<void> {
	const context = await processFor(actor, processId, 'cocreation.manage');
	const phase = context.phases.find((item) => item.id === phaseId);
	if (!phase) throw notFoundOrNotAllowed();
	await db()
		.update(cocreationProcess)
		.set({ currentPhaseId: phase.id })
		.where(eq(cocreationProcess.id, processId));
	await recordAudit(actor, {
		action: 'cocreation.phase_moved',
		organisationId: context.process.organisationId,
		targetType: 'cocreation_process',
		targetId: processId,
		details: { phase: phase.kind, position: phase.position }
	});
}

/** The process's phases, for the adults who steer it. */
export async function phasesToEdit(
	actor: Actor,
	processId: string
): Promise<{ id: string; title: string; phases: PhaseView[] }> {
	const context = await processFor(actor, processId, 'cocreation.manage');
	const currentIndex = context.current ? context.phases.indexOf(context.current) : -1;
	return {
		id: context.process.id,
		title: context.process.title,
		phases: context.phases.map((phase, index) => phaseView(phase, index, currentIndex))
	};
}

function phaseView(phase: PhaseRow, index: number, currentIndex: number): PhaseView {
	return {
		id: phase.id,
		kind: phase.kind,
		title: phase.title,
		description: phase.description,
		startsOn: phase.startsOn,
		endsOn: phase.endsOn,
		state: index < currentIndex ? 'done' : index === currentIndex ? 'current' : 'next'
	};
}

/** A phase's own title, description and dates (empty words: the template's). */
export async function editPhase(
	actor: Actor,
	processId: string,
	input: PhaseEditInput
): Promise<void> {
	const context = await processFor(actor, processId, 'cocreation.manage');
	const phase = context.phases.find((item) => item.id === input.phaseId);
	if (!phase) throw notFoundOrNotAllowed();
	await db()
		.update(cocreationPhase)
		.set({
			title: input.title,
			description: input.description,
			startsOn: input.startsOn,
			endsOn: input.endsOn
		})
		.where(eq(cocreationPhase.id, phase.id));
	await phasesChanged(actor, context);
}

/** Moves a phase one place earlier or later in the process. */
export async function reorderPhase(
	actor: Actor,
	processId: string,
	phaseId: string,
	direction: 'up' | 'down'
): Promise<void> {
	const context = await processFor(actor, processId, 'cocreation.manage');
	const index = context.phases.findIndex((item) => item.id === phaseId);
	if (index === -1) throw notFoundOrNotAllowed();
	const other = context.phases[direction === 'up' ? index - 1 : index + 1];
	if (!other) return;
	const phase = context.phases[index]!;
	await db().transaction(async (tx) => {
		await tx
			.update(cocreationPhase)
			.set({ position: other.position })
			.where(eq(cocreationPhase.id, phase.id));
		await tx
			.update(cocreationPhase)
			.set({ position: phase.position })
			.where(eq(cocreationPhase.id, other.id));
	});
	await phasesChanged(actor, context);
}

/** Adds a phase of one of the template's kinds at the end (a second round of pilots, say). */
export async function addPhase(actor: Actor, processId: string, kind: PhaseKind): Promise<void> {
	const context = await processFor(actor, processId, 'cocreation.manage');
	if (context.phases.length >= MAX_PHASES) throw new DomainError('cocreation.too_many_phases', 409);
	const last = context.phases.at(-1)?.position ?? -1;
	await db()
		.insert(cocreationPhase)
		.values({ processId: context.process.id, position: last + 1, kind });
	await phasesChanged(actor, context);
}

/** A process has at most this many phases. */
export const MAX_PHASES = 12;

async function phasesChanged(actor: Actor, context: Context): Promise<void> {
	await recordAudit(actor, {
		action: 'cocreation.phases_changed',
		organisationId: context.process.organisationId,
		targetType: 'cocreation_process',
		targetId: context.process.id
	});
}

// ---------------------------------------------------------------------------------------------------------
// Phase 1: findings, reactions, dots, key aspects

export async function postFinding(
	actor: Actor,
	processId: string,
	input: FindingInput
): Promise<string> {
	const context = await processFor(actor, processId, 'cocreation.post_finding');
	const [finding] = await db()
		.insert(cocreationFinding)
		.values({ processId: context.process.id, ...input })
		.returning({ id: cocreationFinding.id });
	return finding!.id;
}

/** Refuses ids that are not findings of this process (one query for all of them). */
async function checkFindings(processId: string, findingIds: readonly string[]): Promise<void> {
	if (findingIds.length === 0) return;
	const known = await db()
		.select({ id: cocreationFinding.id })
		.from(cocreationFinding)
		.where(
			and(
				inArray(cocreationFinding.id, [...findingIds]),
				eq(cocreationFinding.processId, processId)
			)
		);
	if (known.length !== findingIds.length) throw notFoundOrNotAllowed();
}

async function findingOf(context: Context, findingId: string) {
	if (!isUuid(findingId)) throw notFoundOrNotAllowed();
	const [finding] = await db()
		.select()
		.from(cocreationFinding)
		.where(
			and(eq(cocreationFinding.id, findingId), eq(cocreationFinding.processId, context.process.id))
		);
	if (!finding) throw notFoundOrNotAllowed();
	return finding;
}

/** Her reaction to a finding: hers alone, changeable; the group sees counts once three have reacted. */
export async function react(
	actor: Actor,
	processId: string,
	findingId: string,
	reaction: Reaction
): Promise<void> {
	const context = await processFor(actor, processId, 'cocreation.react');
	const finding = await findingOf(context, findingId);
	const participantId = (actor as ParticipantActor).participantId;
	await db()
		.insert(cocreationReaction)
		.values({ findingId: finding.id, participantId, reaction })
		.onConflictDoUpdate({
			target: [cocreationReaction.findingId, cocreationReaction.participantId],
			set: { reaction }
		});
}

/** Her dots, all at once (they replace what she placed before); no more than the process allows. */
export async function placeDots(
	actor: Actor,
	processId: string,
	placed: Record<string, number>
): Promise<void> {
	const context = await processFor(actor, processId, 'cocreation.dot_vote');
	if (context.process.dotVoteClosedAt) throw new DomainError('cocreation.vote_closed', 409);
	const total = Object.values(placed).reduce((sum, dots) => sum + dots, 0);
	if (total > context.process.dotsPerPerson)
		throw new DomainError('cocreation.too_many_dots', 400, {
			values: { max: context.process.dotsPerPerson }
		});
	const ids = Object.keys(placed);
	await checkFindings(processId, ids);
	const participantId = (actor as ParticipantActor).participantId;
	await db().transaction(async (tx) => {
		// One submission at a time per process (two tabs, a double tap), and never after the vote closed.
		const [locked] = await tx
			.select({ closedAt: cocreationProcess.dotVoteClosedAt })
			.from(cocreationProcess)
			.where(eq(cocreationProcess.id, processId))
			.for('update');
		if (!locked || locked.closedAt) throw new DomainError('cocreation.vote_closed', 409);
		await tx
			.delete(cocreationDot)
			.where(
				and(eq(cocreationDot.processId, processId), eq(cocreationDot.participantId, participantId))
			);
		if (ids.length > 0)
			await tx.insert(cocreationDot).values(
				ids.map((findingId) => ({
					findingId,
					participantId,
					processId,
					dots: placed[findingId]!
				}))
			);
	});
}

/** Closes the dot vote: the totals show to everyone from then on. */
export async function closeDotVote(actor: Actor, processId: string): Promise<void> {
	const context = await processFor(actor, processId, 'cocreation.manage');
	if (context.process.dotVoteClosedAt) return;
	await db()
		.update(cocreationProcess)
		.set({ dotVoteClosedAt: new Date() })
		.where(eq(cocreationProcess.id, processId));
	await recordAudit(actor, {
		action: 'cocreation.dot_vote_closed',
		organisationId: context.process.organisationId,
		targetType: 'cocreation_process',
		targetId: processId
	});
}

/**
 * Records a key aspect the group decided. A youth's words pass the moderation first: refused with personal
 * information; held for the designated facilitator (and not recorded) when they suggest she may be in danger.
 */
export async function recordKeyAspect(
	actor: Actor,
	processId: string,
	input: KeyAspectInput
): Promise<'recorded' | 'held'> {
	const context = await processFor(actor, processId, 'cocreation.decide');
	const findingIds: string[] = [...new Set(input.findingIds)];
	await checkFindings(processId, findingIds);
	if (actor.kind === 'participant') {
		const place = {
			organisationId: context.process.organisationId,
			groupId: context.process.groupId,
			source: 'cocreation_key_aspect' as const
		};
		// Each field on its own (the guard must not read a name across the two); held if either is.
		for (const text of [input.text, input.why].filter(Boolean))
			if ((await screenYouthText(actor, place, text)) === 'held') return 'held';
	}
	await db()
		.insert(cocreationKeyAspect)
		.values({
			processId,
			text: input.text,
			why: input.why,
			findingIds,
			recordedBy: nameOf(actor)
		});
	return 'recorded';
}

/**
 * A comment on a finding, within the group. A youth's passes the moderation and, when the process says so, waits
 * for a facilitator's approval ("pending"); held for the designated facilitator when it suggests danger ("held").
 */
export async function commentOnFinding(
	actor: Actor,
	processId: string,
	findingId: string,
	text: string
): Promise<'published' | 'pending' | 'held'> {
	const context = await processFor(actor, processId, 'cocreation.comment');
	const finding = await findingOf(context, findingId);
	const { status } = await submitPost(
		actor,
		{
			organisationId: context.process.organisationId,
			groupId: context.process.groupId,
			scopeId: context.process.id,
			targetId: finding.id,
			needsApproval: context.process.postsNeedApproval,
			source: 'cocreation_comment'
		},
		text
	);
	return status;
}

/** Approves, hides (with a reason its author sees) or restores a comment: the adults who steer the process. */
export async function moderateComment(
	actor: Actor,
	processId: string,
	postId: string,
	decision: PostDecision,
	reason = ''
): Promise<void> {
	const context = await processFor(actor, processId, 'cocreation.manage');
	await decidePost(actor, context.process.id, postId, decision, reason);
}

/** Whether what youth post waits for approval in this process; audited. */
export async function setPostsNeedApproval(
	actor: Actor,
	processId: string,
	postsNeedApproval: boolean
): Promise<void> {
	const context = await processFor(actor, processId, 'cocreation.manage');
	await db()
		.update(cocreationProcess)
		.set({ postsNeedApproval })
		.where(eq(cocreationProcess.id, processId));
	await recordAudit(actor, {
		action: 'cocreation.approval_changed',
		organisationId: context.process.organisationId,
		targetType: 'cocreation_process',
		targetId: processId,
		details: { postsNeedApproval }
	});
}

// ---------------------------------------------------------------------------------------------------------
// What a person sees

export type PhaseView = {
	id: string;
	kind: PhaseKind;
	/** The process's own title and description; empty: the page uses the template's words. */
	title: string;
	description: string;
	startsOn: string | null;
	endsOn: string | null;
	state: 'done' | 'current' | 'next';
};

export type FindingView = {
	id: string;
	theme: string;
	statement: string;
	explanation: string;
	source: string;
	/** Her own reaction (a co-designer's view). */
	mine: Reaction | null;
	/** Counts of each reaction, once at least three co-designers reacted; null before. */
	reactions: Record<Reaction, number> | null;
	/** Her dots on it. */
	myDots: number;
	/** Everyone's dots, once the vote is closed. */
	dots: number | null;
	/** The comments this reader may see (a moderator: all, with those waiting and hidden). */
	comments: PostView[];
};

export type ProcessView = {
	id: string;
	title: string;
	purpose: string;
	group: string;
	/** Who reads: a co-designer, an adult who steers the process, or one of its allies. */
	viewer: 'steers' | 'ally' | 'co-designer';
	phases: PhaseView[];
	components: readonly Component[];
	findings: FindingView[];
	dots: { perPerson: number; placed: number; closed: boolean; voters: number };
	keyAspects: {
		id: string;
		text: string;
		why: string;
		findings: string[];
		recordedBy: string;
		/** The material that addresses it (none yet: not covered). */
		coveredBy: { id: string; title: string }[];
	}[];
	/** What the group drafts (phase 2 and after). */
	materials: MaterialSummary[];
	/** Pilots with peers and their feedback (phase 3). */
	pilots: PilotView[];
	/** The groups a pilot may be planned with (for the adults who steer it, while pilots are on). */
	pilotGroups: { id: string; name: string }[];
	/** "We heard / we changed": the peers' feedback and the changes that answer it. */
	heard: Awaited<ReturnType<typeof heardAndChanged>>;
	/** A co-designer's choice to be credited by pseudonym (null: not asked yet, not credited). */
	credit: boolean | null;
	/** Whether adults' edits to what youth wrote apply at once (relaxed) rather than as suggestions. */
	adultsEditDirectly: boolean;
	/** What this person may do now (the rights table with the current phase's grants). */
	may: {
		steer: boolean;
		postFinding: boolean;
		react: boolean;
		dotVote: boolean;
		decide: boolean;
		comment: boolean;
		draft: boolean;
		runPilot: boolean;
		finalise: boolean;
	};
	coDesigners: number;
	/** Whether youth's posts wait for approval, and how many wait now (for the adults who steer it). */
	approval: { required: boolean; waiting: number };
};

export async function processView(actor: Actor, processId: string): Promise<ProcessView> {
	const context = await visibleProcess(actor, processId);
	const { process, phases, current } = context;
	const scope = scopeOf(context);
	const coDesigner = isCoDesigner(actor, context);
	const participantId = coDesigner ? actor.participantId : null;
	const findings = await db()
		.select()
		.from(cocreationFinding)
		.where(eq(cocreationFinding.processId, process.id))
		.orderBy(asc(cocreationFinding.createdAt));
	const ids = findings.map((finding) => finding.id);
	const reactions =
		ids.length === 0
			? []
			: await db()
					.select()
					.from(cocreationReaction)
					.where(inArray(cocreationReaction.findingId, ids));
	const dots = await db()
		.select()
		.from(cocreationDot)
		.where(eq(cocreationDot.processId, process.id));
	const aspects = await db()
		.select()
		.from(cocreationKeyAspect)
		.where(
			and(eq(cocreationKeyAspect.processId, process.id), eq(cocreationKeyAspect.archived, false))
		)
		.orderBy(asc(cocreationKeyAspect.createdAt));
	const closed = process.dotVoteClosedAt !== null;
	const steers = allows(actor, 'cocreation.manage', { group: context.group });
	const comments = await postsIn(process.id, {
		participantId,
		userId: actor.kind === 'user' ? actor.userId : null,
		moderator: steers
	});
	const currentIndex = current ? phases.indexOf(current) : -1;
	const materials = await materialsOf(process.id);
	const runPilot = allows(actor, 'cocreation.run_pilot', scope);
	const pilots = await pilotsOf(process.id, steers);
	return {
		id: process.id,
		title: process.title,
		purpose: process.purpose,
		group: context.group.name,
		viewer: coDesigner ? 'co-designer' : steers ? 'steers' : 'ally',
		phases: phases.map((phase, index) => phaseView(phase, index, currentIndex)),
		components: current ? PHASE_TEMPLATES[current.kind].components : [],
		findings: findings.map((finding) => {
			const mineHere = reactions.filter((row) => row.findingId === finding.id);
			const counts = Object.fromEntries(
				REACTIONS.map((reaction) => [
					reaction,
					mineHere.filter((row) => row.reaction === reaction).length
				])
			) as Record<Reaction, number>;
			return {
				id: finding.id,
				theme: finding.theme,
				statement: finding.statement,
				explanation: finding.explanation,
				source: finding.source,
				mine: mineHere.find((row) => row.participantId === participantId)?.reaction ?? null,
				// From three people besides the reader, so that she cannot work out the others' reactions.
				reactions:
					mineHere.filter((row) => row.participantId !== participantId).length >=
					REACTIONS_SHOWN_FROM
						? counts
						: null,
				myDots:
					dots.find((row) => row.findingId === finding.id && row.participantId === participantId)
						?.dots ?? 0,
				dots: closed
					? dots
							.filter((row) => row.findingId === finding.id)
							.reduce((sum, row) => sum + row.dots, 0)
					: null,
				comments: comments.filter((comment) => comment.targetId === finding.id)
			};
		}),
		dots: {
			perPerson: process.dotsPerPerson,
			placed: dots
				.filter((row) => row.participantId === participantId)
				.reduce((sum, row) => sum + row.dots, 0),
			closed,
			voters: new Set(dots.map((row) => row.participantId)).size
		},
		keyAspects: aspects.map((aspect) => ({
			id: aspect.id,
			text: aspect.text,
			why: aspect.why,
			findings: aspect.findingIds
				.map((id) => findings.find((finding) => finding.id === id)?.statement)
				.filter((statement): statement is string => Boolean(statement)),
			recordedBy: aspect.recordedBy,
			coveredBy: materials
				.filter((material) => material.keyAspectIds.includes(aspect.id))
				.map((material) => ({ id: material.id, title: material.title }))
		})),
		materials,
		pilots,
		pilotGroups: runPilot ? await pilotGroups(actor, context) : [],
		heard: await heardAndChanged(process.id, pilots),
		credit: coDesigner ? await creditChoice(process.id, actor.participantId) : null,
		adultsEditDirectly: process.adultsEditDirectly,
		may: {
			steer: steers,
			postFinding: allows(actor, 'cocreation.post_finding', scope),
			react: coDesigner && allows(actor, 'cocreation.react', scope),
			dotVote: coDesigner && !closed && allows(actor, 'cocreation.dot_vote', scope),
			decide: allows(actor, 'cocreation.decide', scope) && (coDesigner || actor.kind === 'user'),
			comment: allows(actor, 'cocreation.comment', scope) && (coDesigner || actor.kind === 'user'),
			draft: allows(actor, 'cocreation.draft', scope),
			runPilot,
			finalise: allows(actor, 'cocreation.finalise', scope)
		},
		approval: {
			required: process.postsNeedApproval,
			waiting: steers ? comments.filter((comment) => comment.status === 'pending').length : 0
		},
		coDesigners: (await groupPeople(process.groupId)).length
	};
}
