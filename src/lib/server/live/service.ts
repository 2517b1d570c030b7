// Live sessions: a facilitator runs a published workshop with a group; the state lives in the database (so a
// closed laptop, a restart or a second instance loses nothing) and every change is announced as a typed event
// that the streams of every instance hear (hub.ts). Votes are counted in batches (votes.ts).
import { createHash, randomBytes, randomInt } from 'node:crypto';
import { and, asc, count, desc, eq, gt, inArray, isNull, ne, or, sql } from 'drizzle-orm';
import {
	choose,
	closePoll,
	enter,
	majority,
	next,
	openPoll,
	previous,
	questionAt,
	reveal,
	setBreak,
	show,
	stepsOf,
	type LivePlan,
	type LiveState
} from '#lib/domain/live/session.ts';
import {
	completeFidelity,
	deliveredAsWritten,
	recordLocked,
	type Fidelity
} from '#lib/domain/live/record.ts';
import type {
	ControlView,
	LiveScreen,
	LivePerson,
	LivePost,
	LiveTally,
	ParticipantScreen
} from '#lib/domain/live/views.ts';
import {
	programDocument,
	workshop as workshopSchema,
	type ProgramDocument,
	type Workshop
} from '#lib/domain/programs/document.ts';
import { videoFiles, type VideoDocument } from '#lib/domain/media/video.ts';
import { activityKind } from '#lib/domain/programs/activity-kinds.ts';
import { renderMarkdown } from '#lib/domain/programs/markdown.ts';
import { isUuid } from '#lib/domain/ids.ts';
import type { Locale } from '#lib/i18n/catalogue.ts';
import { translate } from '#lib/i18n/catalogue.ts';
import { db, type Executor } from '../db/client.ts';
import type { Actor, ParticipantActor } from '../platform/actor.ts';
import { recordAudit } from '../platform/audit.ts';
import { DomainError, notFoundOrNotAllowed } from '../platform/errors.ts';
import { events } from '../platform/events.ts';
import { withAttemptLimit } from '../platform/rate-limit.ts';
import { allows, authorise } from '../platform/rights.ts';
import { publishedDocuments, versionDocument } from '../platform/content-store.ts';
import { servablePublishedMedia } from '../media/service.ts';
import { screenYouthText } from '../moderation/service.ts';
import { listPrograms, programVersionView } from '../programs/service.ts';
import { groupPeople, listGroups, managedGroupContext } from '../identity/service.ts';
import {
	liveAttendance,
	livePost,
	livePresenter,
	liveSession,
	liveSignal,
	liveTally,
	liveVote
} from './schema.ts';
import { inLocale, screenOf, type SessionSnapshot } from './views.ts';
import { castBallot } from './votes.ts';
import type { LiveMove, PostInput, RecordInput, StartInput } from './inputs.ts';

type SessionRow = typeof liveSession.$inferSelect;

/** A phone whose page spoke within this long is "connected". */
const CONNECTED_MS = 45_000;
const PAIRING_MS = 10 * 60 * 1000;

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

// ---------------------------------------------------------------------------------------------------------
// Loading, with permissions

async function sessionRow(sessionId: string, database: Executor = db()): Promise<SessionRow> {
	if (!isUuid(sessionId)) throw notFoundOrNotAllowed();
	const [row] = await database.select().from(liveSession).where(eq(liveSession.id, sessionId));
	if (!row) throw notFoundOrNotAllowed();
	return row;
}

/** The session, for one of its group's facilitators or a coordinator of its organisation. */
async function runnableSession(actor: Actor, sessionId: string): Promise<SessionRow> {
	const row = await sessionRow(sessionId);
	const group = await managedGroupContext(row.groupId);
	authorise(actor, 'live.run', { group });
	return row;
}

/** The session, for a participant of its group. */
async function joinableSession(
	actor: Actor,
	sessionId: string
): Promise<SessionRow & { actor: ParticipantActor }> {
	const row = await sessionRow(sessionId);
	authorise(actor, 'live.join', { organisationId: row.organisationId });
	if (actor.kind !== 'participant' || !actor.groups.some((group) => group.id === row.groupId))
		throw notFoundOrNotAllowed();
	return { ...row, actor };
}

// ---------------------------------------------------------------------------------------------------------
// The plan (the workshop and its tools), cached per instance: published versions never change.

const plans = new Map<string, { plan: LivePlan; at: number }>();
const PLAN_TTL_MS = 60_000;

async function planOf(
	row: Pick<SessionRow, 'organisationId' | 'programId' | 'programVersion' | 'workshopId' | 'pilot'>
): Promise<LivePlan> {
	// A workshop written for one session is the session's own: never shared through the cache.
	if (row.pilot)
		return { workshop: row.pilot, tools: await toolsOf(row.organisationId, row.pilot) };
	const key = `${row.programId}:${row.programVersion}:${row.workshopId}`;
	const cached = plans.get(key);
	if (cached && Date.now() - cached.at < PLAN_TTL_MS) return cached.plan;
	const workshop = await programWorkshop(row);
	const plan = { workshop, tools: await toolsOf(row.organisationId, workshop) };
	if (plans.size > 500) plans.clear();
	plans.set(key, { plan, at: Date.now() });
	return plan;
}

async function programWorkshop(
	row: Pick<SessionRow, 'organisationId' | 'programId' | 'programVersion' | 'workshopId'>
): Promise<Workshop> {
	const document = programDocument.parse(
		await versionDocument(row.organisationId, row.programId, row.programVersion)
	);
	const workshop = document.workshops.find((item) => item.id === row.workshopId);
	if (!workshop) throw notFoundOrNotAllowed();
	return workshop;
}

async function toolsOf(organisationId: string, workshop: Workshop): Promise<Map<string, unknown>> {
	const ids = workshop.activities.flatMap(
		(activity) =>
			activityKind(activity.kind)
				?.references?.(activity.settings as never)
				.map((reference) => reference.id) ?? []
	);
	const documents = await publishedDocuments(organisationId, ids);
	return new Map(documents.map((item) => [item.id, item.document]));
}

// ---------------------------------------------------------------------------------------------------------
// Starting

export type StartChoices = {
	groups: { id: string; name: string }[];
	programs: {
		id: string;
		version: number;
		title: Localized;
		workshops: { id: string; title: Localized }[];
	}[];
};

/**
 * What a facilitator may start: the groups they run, and each published program's latest version with its
 * workshops (an earlier version stays possible through its guide's address).
 */
export async function startChoices(actor: Actor, organisationId: string): Promise<StartChoices> {
	const groups = (await listGroups(actor, organisationId)).map((group) => ({
		id: group.id,
		name: group.name
	}));
	const published = (await listPrograms(actor, organisationId)).filter(
		(program) => program.latestVersion !== null && program.status !== 'archived'
	);
	const programs = await Promise.all(
		published.map(async (program) => {
			const version = await programVersionView(actor, program.id, program.latestVersion!);
			const document = version.document as ProgramDocument;
			return {
				id: program.id,
				version: version.number,
				title: document.title,
				workshops: document.workshops
					.filter((workshop) => workshop.activities.length > 0)
					.map((workshop) => ({ id: workshop.id, title: workshop.title }))
			};
		})
	);
	return { groups, programs: programs.filter((program) => program.workshops.length > 0) };
}

/** Starts a live session of a published workshop with a group: one open session per group. */
export async function startSession(actor: Actor, input: StartInput): Promise<string> {
	const group = await managedGroupContext(input.groupId);
	authorise(actor, 'live.run', { group });
	const version = await programVersionView(actor, input.programId, input.version);
	if (version.organisationId !== group.organisationId) throw notFoundOrNotAllowed();
	const document = version.document as ProgramDocument;
	const workshop = document.workshops.find((item) => item.id === input.workshopId);
	if (!workshop) throw new DomainError('live.no_such_workshop', 400);
	if (workshop.activities.length === 0) throw new DomainError('live.empty_workshop', 400);
	const plan: LivePlan = { workshop, tools: await toolsOf(group.organisationId, workshop) };
	const open = await db()
		.select({ id: liveSession.id })
		.from(liveSession)
		.where(and(eq(liveSession.groupId, group.id), ne(liveSession.status, 'closed')));
	if (open.length > 0) throw new DomainError('live.already_open', 409);
	const [created] = await db()
		.insert(liveSession)
		.values({
			organisationId: group.organisationId,
			groupId: group.id,
			programId: input.programId,
			programVersion: input.version,
			workshopId: workshop.id,
			state: enter(plan, 0),
			startedBy: actor.kind === 'user' ? actor.userId : null
		})
		.onConflictDoNothing()
		.returning({ id: liveSession.id });
	if (!created) throw new DomainError('live.already_open', 409);
	await recordAudit(actor, {
		action: 'live.started',
		organisationId: group.organisationId,
		targetType: 'live_session',
		targetId: created.id
	});
	return created.id;
}

/**
 * Starts a session of a workshop written for it rather than taken from a program (a co-design group's pilot, a
 * dialogue session): `source` names what it comes from (a tool's published version, a process). Another module
 * calls it once it has checked its own rules; the adult must run the group here too. One open session per group.
 */
export async function startOneOffSession(
	actor: Actor,
	input: { groupId: string; source: { id: string; version: number }; workshop: Workshop }
): Promise<string> {
	const group = await managedGroupContext(input.groupId);
	authorise(actor, 'live.run', { group });
	const workshop = workshopSchema.parse(input.workshop);
	const plan: LivePlan = { workshop, tools: await toolsOf(group.organisationId, workshop) };
	const [created] = await db()
		.insert(liveSession)
		.values({
			organisationId: group.organisationId,
			groupId: group.id,
			programId: input.source.id,
			programVersion: input.source.version,
			workshopId: workshop.id,
			pilot: workshop,
			state: enter(plan, 0),
			startedBy: actor.kind === 'user' ? actor.userId : null
		})
		.onConflictDoNothing()
		.returning({ id: liveSession.id });
	if (!created) throw new DomainError('live.already_open', 409);
	await recordAudit(actor, {
		action: 'live.started',
		organisationId: group.organisationId,
		targetType: 'live_session',
		targetId: created.id,
		details: { oneOff: 1 }
	});
	return created.id;
}

/**
 * The answers approved during one activity of a session (a dialogue's round of proposals), without their authors.
 * WARNING: no permission check — the calling module checks the session is one of its own first.
 */
export async function approvedAnswers(
	sessionId: string,
	activityIndex: number
): Promise<{ id: string; text: string }[]> {
	const rows = await db()
		.select({ id: livePost.id, text: livePost.text, target: livePost.target })
		.from(livePost)
		.where(
			and(
				eq(livePost.sessionId, sessionId),
				eq(livePost.kind, 'answer'),
				inArray(livePost.status, ['approved', 'answered'])
			)
		)
		.orderBy(asc(livePost.createdAt));
	return rows
		.filter((row) => row.target.startsWith(`a${activityIndex}.`))
		.map((row) => ({ id: row.id, text: row.text }));
}

/**
 * The sessions among these that the participant was at (joined from her phone or ticked present by the
 * facilitator): a pilot's feedback is for the peers who took part. WARNING: no permission check.
 */
export async function sessionsAttended(
	participantId: string,
	sessionIds: readonly string[]
): Promise<Set<string>> {
	if (sessionIds.length === 0) return new Set();
	const rows = await db()
		.select({ sessionId: liveAttendance.sessionId })
		.from(liveAttendance)
		.where(
			and(
				eq(liveAttendance.participantId, participantId),
				inArray(liveAttendance.sessionId, [...sessionIds]),
				or(eq(liveAttendance.joined, true), eq(liveAttendance.ticked, true))
			)
		);
	return new Set(rows.map((row) => row.sessionId));
}

/** Whether a live session has ended (a dialogue session's list says so). WARNING: no permission check. */
export async function sessionClosed(sessionId: string): Promise<boolean> {
	const [row] = await db()
		.select({ status: liveSession.status })
		.from(liveSession)
		.where(eq(liveSession.id, sessionId));
	return row?.status === 'closed';
}

// ---------------------------------------------------------------------------------------------------------
// Moving the room (the control view)

async function announce(
	sessionId: string,
	seq: number,
	what: 'state' | 'posts' | 'signals' | 'people',
	actor: Actor,
	database: Executor = db()
): Promise<void> {
	await events().publish('live.changed', { sessionId, seq, what }, database, actor);
}

/** Bumps the sequence number and announces `what` changed. */
async function touch(
	actor: Actor,
	sessionId: string,
	what: 'state' | 'posts' | 'signals' | 'people'
): Promise<void> {
	const [row] = await db()
		.update(liveSession)
		.set({ seq: sql`${liveSession.seq} + 1` })
		.where(eq(liveSession.id, sessionId))
		.returning({ seq: liveSession.seq });
	if (row) await announce(sessionId, row.seq, what, actor);
}

/** The new state after `move`, or null when the move changes nothing of the state. */
async function moved(
	actor: Actor,
	row: SessionRow,
	plan: LivePlan,
	move: LiveMove
): Promise<LiveState | null> {
	const state = row.state;
	switch (move.action) {
		case 'next':
			return next(plan, state);
		case 'previous':
			return previous(plan, state);
		case 'jump':
			return enter(plan, move.activity);
		case 'reveal':
			return reveal(plan, state, true);
		case 'hide':
			return reveal(plan, state, false);
		case 'reset':
			// The question's answers are cleared with the move itself (moveSession's transaction).
			return reveal(plan, state, false);
		case 'choose':
			return choose(plan, state, move.position);
		case 'follow': {
			const question = questionAt(plan, state);
			if (!question || !state.vote) return state;
			const tally = await tallyOf(row.id, state.vote.target);
			const position = majority(tally?.counts ?? {}, question.options.length);
			if (position === null) throw new DomainError('live.no_majority', 409);
			return choose(plan, state, position);
		}
		case 'poll':
			return openPoll(plan, state, {
				id: randomBytes(6).toString('hex'),
				question: move.question,
				options: move.options
			});
		case 'closePoll':
			return closePoll(plan, state);
		case 'break':
			return setBreak(plan, state, move.minutes);
		case 'show':
			return show(plan, state, move.postId);
	}
}

/** Moves the room: next, previous, jump, reveal, reset, choose, a poll, a break length, a post on the screen. */
export async function moveSession(actor: Actor, sessionId: string, move: LiveMove): Promise<void> {
	const row = await runnableSession(actor, sessionId);
	if (row.status !== 'running') throw new DomainError('live.not_running', 409);
	const plan = await planOf(row);
	if (move.action === 'jump' && move.activity >= plan.workshop.activities.length)
		throw new DomainError('live.no_such_activity', 400);
	if (move.action === 'show' && move.postId !== null) {
		const [post] = await db()
			.select({ status: livePost.status })
			.from(livePost)
			.where(and(eq(livePost.id, move.postId), eq(livePost.sessionId, row.id)));
		if (!post || post.status !== 'approved') throw notFoundOrNotAllowed();
	}
	const state = await moved(actor, row, plan, move);
	if (state === null) return;
	const now = new Date();
	const changedActivity = state.activity !== row.state.activity;
	const seconds = changedActivity ? withTimeSpent(row, plan, now) : row.seconds;
	await db().transaction(async (tx) => {
		const [updated] = await tx
			.update(liveSession)
			.set({
				state,
				seq: sql`${liveSession.seq} + 1`,
				seconds,
				...(changedActivity ? { activitySince: now } : {})
			})
			.where(and(eq(liveSession.id, row.id), eq(liveSession.seq, row.seq)))
			.returning({ seq: liveSession.seq });
		// Another move landed first (two facilitators, a double click): this one is dropped, not mixed in.
		if (!updated) throw new DomainError('live.moved_meanwhile', 409);
		const cleared = move.action === 'reset' ? row.state.vote?.target : undefined;
		if (cleared) await clearAnswers(tx, row.id, cleared);
		await announce(row.id, updated.seq, 'state', actor, tx);
	});
}

function withTimeSpent(row: SessionRow, plan: LivePlan, now: Date): Record<string, number> {
	const activity = plan.workshop.activities[row.state.activity];
	if (!activity || row.status !== 'running') return row.seconds;
	// An activity the room was on counts at least a second: it was run, however briefly.
	const spent = Math.max(1, Math.round((now.getTime() - row.activitySince.getTime()) / 1000));
	return { ...row.seconds, [activity.id]: (row.seconds[activity.id] ?? 0) + spent };
}

/** Pauses, resumes (the same day) or ends the session. Ending reduces the votes to their counts. */
export async function setSessionStatus(
	actor: Actor,
	sessionId: string,
	status: 'running' | 'paused' | 'closed',
	now = new Date()
): Promise<void> {
	const row = await runnableSession(actor, sessionId);
	if (row.status === 'closed') throw new DomainError('live.not_running', 409);
	if (status === 'running' && row.status === 'paused' && !sameDay(row.startedAt, now))
		throw new DomainError('live.resume_same_day', 409);
	if (status === row.status) return;
	const plan = await planOf(row);
	await db().transaction(async (tx) => {
		const [updated] = await tx
			.update(liveSession)
			.set({
				status,
				seq: sql`${liveSession.seq} + 1`,
				// Time paused is not time spent; time before a pause or the end is.
				seconds: row.status === 'running' ? withTimeSpent(row, plan, now) : row.seconds,
				activitySince: now,
				...(status === 'closed' ? { closedAt: now, pairingCodeHash: null } : {})
			})
			.where(eq(liveSession.id, row.id))
			.returning({ seq: liveSession.seq });
		if (status === 'closed') {
			// Individual votes go; their counts stay. Who wrote what goes too, and the paired screens.
			await tx.delete(liveVote).where(eq(liveVote.sessionId, row.id));
			await tx.update(livePost).set({ authorId: null }).where(eq(livePost.sessionId, row.id));
			await tx.delete(livePresenter).where(eq(livePresenter.sessionId, row.id));
		}
		await recordAudit(
			actor,
			{
				action: `live.${status === 'running' ? 'resumed' : status}`,
				organisationId: row.organisationId,
				targetType: 'live_session',
				targetId: row.id
			},
			tx
		);
		await announce(row.id, updated!.seq, 'state', actor, tx);
	});
}

function sameDay(a: Date, b: Date): boolean {
	return a.toDateString() === b.toDateString();
}

// ---------------------------------------------------------------------------------------------------------
// Votes

function tallyFrom(
	target: string,
	counts: Record<string, number>,
	version: number,
	byHands = false
): LiveTally {
	return {
		target,
		version,
		counts,
		total: Object.values(counts).reduce((sum, count) => sum + count, 0),
		byHands
	};
}

/**
 * Her vote on the question of the moment: idempotent (a retry or a double tap counts once; another answer
 * before the reveal replaces hers). Refused once revealed, or if the question has moved on.
 */
export async function castVote(
	actor: Actor,
	sessionId: string,
	target: string,
	choice: string
): Promise<void> {
	authorise(
		actor,
		'live.join',
		actor.kind === 'participant' ? { organisationId: actor.organisationId } : {}
	);
	if (actor.kind !== 'participant' || !isUuid(sessionId)) throw notFoundOrNotAllowed();
	await vote(
		actor,
		sessionId,
		actor.groups.map((group) => group.id),
		target,
		actor.participantId,
		choice
	);
}

async function vote(
	actor: Actor,
	sessionId: string,
	groups: string[],
	target: string,
	voter: string,
	choice: string
): Promise<void> {
	const counted = await castBallot(actor, { session: sessionId, groups, target, voter, choice });
	if ('refused' in counted)
		throw counted.refused === 'closed'
			? new DomainError('live.vote_closed', 409)
			: notFoundOrNotAllowed();
}

/** A team's answer on the shared tablet ("pass the tablet"): each answer has its own id, so a retry counts once. */
export async function tabletVote(
	actor: Actor,
	sessionId: string,
	target: string,
	choice: string,
	answerId: string
): Promise<void> {
	const row = await runnableSession(actor, sessionId);
	await vote(actor, row.id, [row.groupId], target, `tablet:${answerId}`, choice);
}

/** Forgets a question's votes and counts (the facilitator starts it again, or counts hands instead). */
async function clearAnswers(database: Executor, sessionId: string, target: string): Promise<void> {
	await database
		.delete(liveVote)
		.where(and(eq(liveVote.sessionId, sessionId), eq(liveVote.target, target)));
	await database
		.delete(liveTally)
		.where(and(eq(liveTally.sessionId, sessionId), eq(liveTally.target, target)));
}

/** Counts from a show of hands, recorded on the control view: they replace the question's counts. */
export async function recordHands(
	actor: Actor,
	sessionId: string,
	target: string,
	counts: Record<string, number>
): Promise<LiveTally> {
	const row = await runnableSession(actor, sessionId);
	const vote = row.state.vote;
	if (row.status !== 'running' || !vote || vote.target !== target)
		throw new DomainError('live.vote_closed', 409);
	const clean = Object.fromEntries(vote.options.map((key) => [key, counts[key] ?? 0]));
	const tally = await db().transaction(async (tx) => {
		const before = (await shardsOf(row.id, target, tx)).reduce(
			(sum, item) => sum + item.version,
			0
		);
		await clearAnswers(tx, row.id, target);
		// The count replaces every shard: one shard holds it, with a version above all before.
		const version = before + 1;
		await tx
			.insert(liveTally)
			.values({ sessionId: row.id, target, shard: 0, counts: clean, version, byHands: true });
		await events().publish(
			'live.tally',
			{ sessionId: row.id, target, shard: 0, version, counts: clean, byHands: true },
			tx,
			actor
		);
		return tallyFrom(target, clean, version, true);
	});
	// A count by hands may land after the reveal: the screens show it at once.
	await touch(actor, row.id, 'state');
	return tally;
}

export type TallyShard = {
	shard: number;
	version: number;
	counts: Record<string, number>;
	byHands: boolean;
};

async function shardsOf(
	sessionId: string,
	target: string,
	database: Executor = db()
): Promise<TallyShard[]> {
	return database
		.select({
			shard: liveTally.shard,
			version: liveTally.version,
			counts: liveTally.counts,
			byHands: liveTally.byHands
		})
		.from(liveTally)
		.where(and(eq(liveTally.sessionId, sessionId), eq(liveTally.target, target)));
}

/** A question's counts: the sum of its shards (its version, the sum of theirs), or null before any answer. */
export function summed(target: string, shards: readonly TallyShard[]): LiveTally | null {
	if (shards.length === 0) return null;
	const counts: Record<string, number> = {};
	for (const shard of shards)
		for (const [key, count] of Object.entries(shard.counts))
			counts[key] = (counts[key] ?? 0) + count;
	return tallyFrom(
		target,
		counts,
		shards.reduce((sum, shard) => sum + shard.version, 0),
		shards.some((shard) => shard.byHands)
	);
}

async function tallyOf(sessionId: string, target: string): Promise<LiveTally | null> {
	return summed(target, await shardsOf(sessionId, target));
}

// ---------------------------------------------------------------------------------------------------------
// Joining, posts and signals (the participant's page)

/** She joins (one tap from her home): counted present, and her page is connected. */
export async function joinSession(
	actor: Actor,
	sessionId: string,
	now = new Date()
): Promise<void> {
	const row = await joinableSession(actor, sessionId);
	if (row.status === 'closed') throw notFoundOrNotAllowed();
	await markJoined(row, now);
}

/**
 * She is here: her attendance row says joined, and the control view's "who is here" hears of it. Once only: her
 * "join" and the page it leads to, or a reload, write and announce nothing more (her stream says she is connected).
 */
async function markJoined(row: SessionRow & { actor: ParticipantActor }, now: Date): Promise<void> {
	const changed = await db()
		.insert(liveAttendance)
		.values({
			sessionId: row.id,
			participantId: row.actor.participantId,
			joined: true,
			seenAt: now
		})
		.onConflictDoUpdate({
			target: [liveAttendance.sessionId, liveAttendance.participantId],
			set: { joined: true, seenAt: now },
			setWhere: eq(liveAttendance.joined, false)
		})
		.returning({ participantId: liveAttendance.participantId });
	if (changed.length > 0) await touch(row.actor, row.id, 'people');
}

/** Their pages are still open (their streams say so now and then): one statement for a room. */
export async function markSeen(
	sessionId: string,
	participantIds: readonly string[],
	now = new Date()
): Promise<void> {
	await db()
		.update(liveAttendance)
		.set({ seenAt: now })
		.where(
			and(
				eq(liveAttendance.sessionId, sessionId),
				inArray(liveAttendance.participantId, [...participantIds])
			)
		);
}

/**
 * Her page's stream opened or closed: "connected" on the control view follows. The stream was authorised
 * when it opened (`openStream`); an attendance row exists once she joined.
 */
export async function streamPresence(
	access: StreamAccess,
	sessionId: string,
	connected: boolean
): Promise<void> {
	if (access.view !== 'participant') return;
	await db()
		.update(liveAttendance)
		.set({ seenAt: connected ? new Date() : null })
		.where(
			and(
				eq(liveAttendance.sessionId, sessionId),
				eq(liveAttendance.participantId, access.participantId)
			)
		);
	await touch(access.actor, sessionId, 'people');
}

/**
 * A written discussion answer or an anonymous question: screened first (`moderation`): refused if it holds
 * personal information (nothing is kept), held for the group's designated facilitator if it suggests she may be in
 * danger (never shown to the room: "held"); otherwise it waits for the facilitator's approval ("sent").
 */
export async function sendPost(
	actor: Actor,
	sessionId: string,
	input: PostInput
): Promise<'sent' | 'held'> {
	const row = await joinableSession(actor, sessionId);
	if (row.status !== 'running') throw new DomainError('live.not_running', 409);
	const plan = await planOf(row);
	if (input.kind === 'answer') {
		const activity = plan.workshop.activities[row.state.activity];
		const writing = activity && activityKind(activity.kind)?.live.writing;
		if (writing !== 'moderated' || row.state.warning || row.state.poll)
			throw new DomainError('live.not_now', 409);
	}
	const screened = await screenYouthText(
		row.actor,
		{
			organisationId: row.organisationId,
			groupId: row.groupId,
			source: input.kind === 'answer' ? 'live_answer' : 'live_question'
		},
		input.text
	);
	if (screened === 'held') return 'held';
	await db()
		.insert(livePost)
		.values({
			sessionId: row.id,
			kind: input.kind,
			target: input.kind === 'answer' ? `a${row.state.activity}.${row.state.step}` : '',
			text: input.text,
			authorId: row.actor.participantId
		});
	await touch(actor, row.id, 'posts');
	return 'sent';
}

/** Approves, declines or marks answered a post; nothing shows on the screen before it is approved. */
export async function moderatePost(
	actor: Actor,
	sessionId: string,
	postId: string,
	status: 'approved' | 'declined' | 'answered'
): Promise<void> {
	const row = await runnableSession(actor, sessionId);
	if (!isUuid(postId)) throw notFoundOrNotAllowed();
	const [updated] = await db()
		.update(livePost)
		.set({ status })
		.where(and(eq(livePost.id, postId), eq(livePost.sessionId, row.id)))
		.returning({ id: livePost.id });
	if (!updated) throw notFoundOrNotAllowed();
	// A post taken off the screen's list leaves the screen too.
	if (status !== 'approved' && row.state.shown === postId)
		await moveSession(actor, sessionId, { action: 'show', postId: null });
	else await touch(actor, row.id, 'posts');
}

/** "I need a break": for the facilitator's control view only. */
export async function signalBreak(actor: Actor, sessionId: string): Promise<void> {
	const row = await joinableSession(actor, sessionId);
	if (row.status === 'closed') throw notFoundOrNotAllowed();
	await db()
		.insert(liveSignal)
		.values({ sessionId: row.id, participantId: row.actor.participantId });
	await touch(actor, row.id, 'signals');
}

export async function seeSignal(actor: Actor, sessionId: string, signalId: string): Promise<void> {
	const row = await runnableSession(actor, sessionId);
	if (!isUuid(signalId)) throw notFoundOrNotAllowed();
	const [seen] = await db()
		.update(liveSignal)
		.set({ seenAt: new Date() })
		.where(and(eq(liveSignal.id, signalId), eq(liveSignal.sessionId, row.id)))
		.returning({ id: liveSignal.id });
	if (!seen) throw notFoundOrNotAllowed();
	await touch(actor, row.id, 'signals');
}

/** The facilitator ticks (or unticks) a teen who is here without a phone. */
export async function tickPresent(
	actor: Actor,
	sessionId: string,
	participantId: string,
	present: boolean
): Promise<void> {
	const row = await runnableSession(actor, sessionId);
	const people = await groupPeople(row.groupId);
	if (!people.some((person) => person.id === participantId)) throw notFoundOrNotAllowed();
	await writeTicks(row.id, [{ participantId, ticked: present }]);
	await touch(actor, row.id, 'people');
}

/** Who is ticked present without a phone (her other attendance, joined or seen, stays as it is). */
async function writeTicks(
	sessionId: string,
	ticks: readonly { participantId: string; ticked: boolean }[]
): Promise<void> {
	if (ticks.length === 0) return;
	await db()
		.insert(liveAttendance)
		.values(ticks.map((tick) => ({ sessionId, ...tick })))
		.onConflictDoUpdate({
			target: [liveAttendance.sessionId, liveAttendance.participantId],
			set: { ticked: sql`excluded.ticked` }
		});
}

// ---------------------------------------------------------------------------------------------------------
// The presenter screen: paired to the session, never by a public address

/** A token for a screen in this browser (the control view's "open the screen"). */
export async function presenterToken(actor: Actor, sessionId: string): Promise<string> {
	const row = await runnableSession(actor, sessionId);
	if (row.status === 'closed') throw notFoundOrNotAllowed();
	const token = randomBytes(32).toString('base64url');
	await db()
		.insert(livePresenter)
		.values({ tokenHash: hash(token), sessionId: row.id });
	return token;
}

/** A one-time code to pair a second device (valid ten minutes). */
export async function pairingCode(
	actor: Actor,
	sessionId: string,
	now = new Date()
): Promise<string> {
	const row = await runnableSession(actor, sessionId);
	if (row.status === 'closed') throw notFoundOrNotAllowed();
	const code = String(randomInt(0, 100_000_000)).padStart(8, '0');
	await db()
		.update(liveSession)
		.set({ pairingCodeHash: hash(code), pairingExpiresAt: new Date(now.getTime() + PAIRING_MS) })
		.where(eq(liveSession.id, row.id));
	return code;
}

/** The second device's code, once: a screen token for the session it pairs, or a refusal. */
export async function claimPairing(
	code: string,
	address: string,
	now = new Date()
): Promise<{ sessionId: string; token: string }> {
	return withAttemptLimit({ kind: 'pairing', address }, () => claim(code, now));
}

async function claim(code: string, now: Date): Promise<{ sessionId: string; token: string }> {
	const token = randomBytes(32).toString('base64url');
	const claimed = await db().transaction(async (tx) => {
		const [row] = await tx
			.update(liveSession)
			.set({ pairingCodeHash: null, pairingExpiresAt: null })
			.where(
				and(
					eq(liveSession.pairingCodeHash, hash(code)),
					gt(liveSession.pairingExpiresAt, now),
					ne(liveSession.status, 'closed')
				)
			)
			.returning({ id: liveSession.id });
		if (!row) return null;
		await tx.insert(livePresenter).values({ tokenHash: hash(token), sessionId: row.id });
		return row.id;
	});
	if (!claimed) throw new DomainError('live.pairing_refused', 400);
	return { sessionId: claimed, token };
}

/**
 * The organisation whose published video file a live screen may play: for the session's paired screen, or for
 * those who run it, and only a file of a video the session's workshop uses.
 */
export async function sessionMediaOwner(
	actor: Actor,
	sessionId: string,
	fileId: string,
	presenterCookie: string | undefined
): Promise<string> {
	const row = (await presenterAllowed(sessionId, presenterCookie))
		? await sessionRow(sessionId)
		: await runnableSession(actor, sessionId);
	const plan = await planOf(row);
	const used = plan.workshop.activities.some((activity) =>
		(activityKind(activity.kind)?.references?.(activity.settings as never) ?? []).some(
			(reference) => {
				const video = reference.type === 'video' ? plan.tools.get(reference.id) : undefined;
				return (
					video !== undefined &&
					videoFiles(video as VideoDocument).some((file) => file.id === fileId)
				);
			}
		)
	);
	if (!used) throw notFoundOrNotAllowed();
	return row.organisationId;
}

/** A file of one of the workshop's videos, for the session's paired screen or those who run it. */
export async function liveMediaFile(
	actor: Actor,
	sessionId: string,
	fileId: string,
	presenterCookie: string | undefined
): ReturnType<typeof servablePublishedMedia> {
	const organisationId = await sessionMediaOwner(actor, sessionId, fileId, presenterCookie);
	return servablePublishedMedia(organisationId, fileId);
}

/** Whether `token` is a screen paired to this open session. */
export async function presenterAllowed(
	sessionId: string,
	token: string | undefined
): Promise<boolean> {
	if (!token || !isUuid(sessionId)) return false;
	const [row] = await db()
		.select({ id: livePresenter.sessionId })
		.from(livePresenter)
		.innerJoin(liveSession, eq(liveSession.id, livePresenter.sessionId))
		.where(
			and(
				eq(livePresenter.tokenHash, hash(token)),
				eq(livePresenter.sessionId, sessionId),
				ne(liveSession.status, 'closed')
			)
		);
	return row !== undefined;
}

// ---------------------------------------------------------------------------------------------------------
// Views

/** A room as every view of it needs it: the session, its plan, the counts and the post on the screen. */
export type RoomSnapshot = {
	row: SessionRow;
	plan: LivePlan;
	tally: LiveTally | null;
	/** The question of the moment's shards, for the streams to add later counts to. */
	shards: TallyShard[];
	shown: string | null;
};

async function snapshotFrom(row: SessionRow): Promise<RoomSnapshot> {
	const target = row.state.vote?.target;
	const [plan, shards, shown] = await Promise.all([
		planOf(row),
		target ? shardsOf(row.id, target) : [],
		row.state.shown ? postText(row.id, row.state.shown) : null
	]);
	return { row, plan, tally: target ? summed(target, shards) : null, shards, shown };
}

/**
 * The room now, read once for every stream of it on this instance (hub.ts).
 * WARNING: no permission check — each stream was authorised when it opened (`openStream`).
 */
export async function roomSnapshot(sessionId: string): Promise<RoomSnapshot> {
	return snapshotFrom(await sessionRow(sessionId));
}

/** What the room sees, in `locale`. */
export function screenIn(snapshot: RoomSnapshot, locale: Locale): LiveScreen {
	const { row, plan, tally, shown } = snapshot;
	const session: SessionSnapshot = {
		id: row.id,
		status: row.status,
		seq: row.seq,
		state: row.state
	};
	return screenOf(plan, session, tally, locale, shown);
}

/**
 * Each participant's own part of her page: her answer to the question of the moment and how many of her
 * posts wait. Two queries for any number of them.
 * WARNING: no permission check — for her own page and for streams authorised when they opened.
 */
export async function participantExtras(
	snapshot: RoomSnapshot,
	participantIds: readonly string[]
): Promise<Map<string, { mine: string | null; waiting: number }>> {
	const { row } = snapshot;
	const extras = new Map(
		participantIds.map((id) => [id, { mine: null as string | null, waiting: 0 }])
	);
	if (participantIds.length === 0) return extras;
	const [votes, waiting] = await Promise.all([
		row.state.vote
			? db()
					.select({ voter: liveVote.voter, choice: liveVote.choice })
					.from(liveVote)
					.where(
						and(
							eq(liveVote.sessionId, row.id),
							eq(liveVote.target, row.state.vote.target),
							inArray(liveVote.voter, [...participantIds])
						)
					)
			: [],
		db()
			.select({ author: livePost.authorId, count: count() })
			.from(livePost)
			.where(
				and(
					eq(livePost.sessionId, row.id),
					eq(livePost.status, 'waiting'),
					inArray(livePost.authorId, [...participantIds])
				)
			)
			.groupBy(livePost.authorId)
	]);
	for (const vote of votes) extras.get(vote.voter)!.mine = vote.choice;
	for (const post of waiting) if (post.author) extras.get(post.author)!.waiting = post.count;
	return extras;
}

async function postText(sessionId: string, postId: string): Promise<string | null> {
	const [post] = await db()
		.select({ text: livePost.text })
		.from(livePost)
		.where(
			and(
				eq(livePost.id, postId),
				eq(livePost.sessionId, sessionId),
				eq(livePost.status, 'approved')
			)
		);
	return post?.text ?? null;
}

/** What the projector shows. WARNING: no actor — the caller checked `presenterAllowed`. */
export async function presenterScreen(sessionId: string, locale: Locale): Promise<LiveScreen> {
	return screenIn(await roomSnapshot(sessionId), locale);
}

/** What her phone shows, with her own answer of the moment (her page never has the counts before the reveal). */
export async function participantScreen(
	actor: Actor,
	sessionId: string,
	locale: Locale
): Promise<ParticipantScreen> {
	const row = await joinableSession(actor, sessionId);
	// Opening the page of a session under way (from a link, not her home's "join") is being there too.
	if (row.status !== 'closed') await markJoined(row, new Date());
	const snapshot = await snapshotFrom(row);
	const extras = await participantExtras(snapshot, [row.actor.participantId]);
	return { ...screenIn(snapshot, locale), ...extras.get(row.actor.participantId)! };
}

export type StreamAccess =
	| { view: 'control'; actor: Actor }
	| { view: 'presenter' }
	| { view: 'participant'; actor: Actor; participantId: string };

/**
 * Who may open a stream of the session, as which view: the presenter by its paired screen's token, the
 * control view for those who run it, the participant view for the group's participants.
 */
export async function openStream(
	actor: Actor,
	sessionId: string,
	view: 'control' | 'presenter' | 'participant',
	presenterCookie: string | undefined
): Promise<StreamAccess> {
	if (view === 'presenter') {
		if (!(await presenterAllowed(sessionId, presenterCookie))) throw notFoundOrNotAllowed();
		return { view };
	}
	if (view === 'control') {
		await runnableSession(actor, sessionId);
		return { view, actor };
	}
	const row = await joinableSession(actor, sessionId);
	return { view, actor, participantId: row.actor.participantId };
}

/** Everything the facilitator's control view shows. */
export async function controlView(
	actor: Actor,
	sessionId: string,
	locale: Locale,
	now = new Date(),
	/** The page's load (not each update of its stream): reading the list of who is here is recorded. */
	options: { audited?: boolean } = {}
): Promise<ControlView> {
	const row = await runnableSession(actor, sessionId);
	if (options.audited) await recordPeopleRead(actor, row);
	return controlViewOf(await snapshotFrom(row), locale, now);
}

/**
 * The control view of a room already read (the hub reads it once for every stream of the room).
 * WARNING: no permission check — for `controlView` and for control streams authorised when they opened.
 */
export async function controlViewOf(
	snapshot: RoomSnapshot,
	locale: Locale,
	now = new Date()
): Promise<ControlView> {
	const { row, plan, tally } = snapshot;
	const screen = screenIn(snapshot, locale);
	const activity = plan.workshop.activities[row.state.activity];
	const question = questionAt(plan, row.state);
	const liveSeconds = row.status === 'running' ? withTimeSpent(row, plan, now) : row.seconds;
	const notes = activity
		? (
				[
					['guide.goals', activity.facilitatorNotes.goals],
					['guide.how_to', activity.facilitatorNotes.howTo],
					['guide.watch_for', activity.facilitatorNotes.watchFor],
					['guide.disclosure', activity.facilitatorNotes.disclosure],
					['guide.rehabilitation', activity.adaptations.rehabilitation],
					['guide.community', activity.adaptations.community]
				] as const
			)
				.map(([key, text]) => ({ label: translate(locale, key), text: inLocale(text, locale) }))
				.filter((note) => note.text.trim() !== '')
				// Written in markdown, as in the printed guide (rendered safely: no HTML, no images).
				.map((note) => ({ label: note.label, html: renderMarkdown(note.text) }))
		: [];
	return {
		sessionId: row.id,
		groupId: row.groupId,
		screen,
		plan: plan.workshop.activities.map((item, index) => ({
			index,
			title: inLocale(item.title, locale),
			kind: item.kind,
			minutes: item.durationMinutes,
			seconds: liveSeconds[item.id] ?? 0
		})),
		current: row.state.activity,
		workshop: {
			title: inLocale(plan.workshop.title, locale),
			minutes: plan.workshop.durationMinutes
		},
		notes,
		startedAt: row.startedAt.toISOString(),
		activitySince: row.activitySince.toISOString(),
		serverNow: now.toISOString(),
		...(await peopleAndSignals(row, now)),
		posts: await postsOf(row.id),
		tally,
		minimumToShow: question?.minimumToShow ?? 1,
		branches: activity ? activityKind(activity.kind)?.live.branches === true : false,
		atEnd:
			row.state.activity === plan.workshop.activities.length - 1 &&
			row.state.step + 1 >= stepsOf(plan, row.state) &&
			!row.state.warning,
		atStart: previous(plan, row.state) === row.state
	};
}

/** The pseudonyms of a group are personal data: opening a page that lists them is recorded. */
async function recordPeopleRead(actor: Actor, row: SessionRow): Promise<void> {
	await recordAudit(actor, {
		action: 'live.people_read',
		organisationId: row.organisationId,
		targetType: 'live_session',
		targetId: row.id
	});
}

/** Who is here and the break requests, from one read of the group's pseudonyms. */
async function peopleAndSignals(
	row: SessionRow,
	now: Date
): Promise<Pick<ControlView, 'people' | 'signals'>> {
	const [people, here, signals] = await Promise.all([
		groupPeople(row.groupId),
		db().select().from(liveAttendance).where(eq(liveAttendance.sessionId, row.id)),
		db()
			.select()
			.from(liveSignal)
			.where(eq(liveSignal.sessionId, row.id))
			.orderBy(desc(liveSignal.createdAt))
			.limit(50)
	]);
	const byId = new Map(here.map((item) => [item.participantId, item]));
	const pseudonyms = new Map(people.map((person) => [person.id, person.pseudonym]));
	return {
		people: people.map((person): LivePerson => {
			const seen = byId.get(person.id);
			return {
				id: person.id,
				pseudonym: person.pseudonym,
				joined: seen?.joined ?? false,
				ticked: seen?.ticked ?? false,
				connected: seen?.seenAt ? now.getTime() - seen.seenAt.getTime() < CONNECTED_MS : false
			};
		}),
		signals: signals.map((signal) => ({
			id: signal.id,
			pseudonym: pseudonyms.get(signal.participantId) ?? '',
			at: signal.createdAt.toISOString(),
			seen: signal.seenAt !== null
		}))
	};
}

async function postsOf(sessionId: string): Promise<LivePost[]> {
	return db()
		.select({ id: livePost.id, kind: livePost.kind, text: livePost.text, status: livePost.status })
		.from(livePost)
		.where(and(eq(livePost.sessionId, sessionId), ne(livePost.status, 'declined')))
		.orderBy(asc(livePost.createdAt));
}

// ---------------------------------------------------------------------------------------------------------
// Where a group is, and the record

/** The open session of one of her groups, for her home page's "a workshop is on". */
export async function openSessionFor(
	actor: Actor
): Promise<{ id: string; title: Localized } | null> {
	if (actor.kind !== 'participant' || actor.groups.length === 0) return null;
	const [row] = await db()
		.select()
		.from(liveSession)
		.where(
			and(
				inArray(
					liveSession.groupId,
					actor.groups.map((group) => group.id)
				),
				eq(liveSession.status, 'running')
			)
		)
		.limit(1);
	if (!row) return null;
	const plan = await planOf(row);
	return { id: row.id, title: plan.workshop.title };
}

type Localized = { fr: string; en: string };

export type GroupProgress = {
	open: { id: string; status: 'running' | 'paused' } | null;
	program: { id: string; version: number; title: Localized } | null;
	workshops: { id: string; title: Localized; done: boolean }[];
	next: { id: string; title: Localized } | null;
	records: {
		id: string;
		workshop: Localized;
		startedAt: Date;
		closedAt: Date | null;
		asWritten: number | null;
	}[];
};

/** A group's path through its program version: the workshops done (from the records) and the next one. */
export async function groupProgress(actor: Actor, groupId: string): Promise<GroupProgress> {
	const group = await managedGroupContext(groupId);
	authorise(actor, 'live.run', { group });
	return progressOf(group.id, group.organisationId);
}

async function progressOf(groupId: string, organisationId: string): Promise<GroupProgress> {
	// Pilots of a co-design group's material are not workshops of the group's program.
	const rows = await db()
		.select()
		.from(liveSession)
		.where(and(eq(liveSession.groupId, groupId), isNull(liveSession.pilot)))
		.orderBy(desc(liveSession.startedAt))
		.limit(100);
	const open = rows.find((row) => row.status !== 'closed');
	const latest = rows[0];
	if (!latest) return { open: null, program: null, workshops: [], next: null, records: [] };
	const document = programDocument.safeParse(
		await versionDocument(organisationId, latest.programId, latest.programVersion)
	);
	if (!document.success)
		return { open: null, program: null, workshops: [], next: null, records: [] };
	const followed = rows.filter(
		(row) => row.programId === latest.programId && row.programVersion === latest.programVersion
	);
	const done = new Set(
		followed.filter((row) => row.status === 'closed').map((row) => row.workshopId)
	);
	const workshops = document.data.workshops.map((workshop) => ({
		id: workshop.id,
		title: workshop.title,
		done: done.has(workshop.id)
	}));
	const titles = new Map(workshops.map((workshop) => [workshop.id, workshop.title]));
	return {
		open: open ? { id: open.id, status: open.status as 'running' | 'paused' } : null,
		program: { id: latest.programId, version: latest.programVersion, title: document.data.title },
		workshops,
		next: workshops.find((workshop) => !workshop.done) ?? null,
		records: rows
			.filter((row) => row.status === 'closed')
			.map((row) => {
				const planned =
					document.data.workshops
						.find((workshop) => workshop.id === row.workshopId)
						?.activities.map((activity) => activity.id) ?? [];
				return {
					id: row.id,
					workshop: titles.get(row.workshopId) ?? { fr: '', en: '' },
					startedAt: row.startedAt,
					closedAt: row.closedAt,
					asWritten: deliveredAsWritten(
						planned,
						completeFidelity(planned, row.seconds, row.fidelity)
					)
				};
			})
	};
}

/** Whether the actor may start live sessions in the organisation (the guide shows the way to). */
export function mayStartSessions(actor: Actor, organisationId: string): boolean {
	return allows(actor, 'identity.create_group', { organisationId });
}

/** Whether the actor sees every group's records (the guide shows the way to). */
export function mayOverseeRecords(actor: Actor, organisationId: string): boolean {
	return allows(actor, 'live.oversee', { organisationId });
}

export type VersionRecords = {
	programId: string;
	version: number;
	title: Localized;
	records: {
		id: string;
		group: string;
		workshop: Localized;
		startedAt: Date;
		asWritten: number | null;
	}[];
	/** The share of planned activities delivered as written, over every record (null without any). */
	asWritten: number | null;
};

/** Every group's records of one published version, with the fidelity summary: for coordinators. */
export async function versionRecords(
	actor: Actor,
	programId: string,
	version: number
): Promise<VersionRecords> {
	const view = await programVersionView(actor, programId, version);
	authorise(actor, 'live.oversee', { organisationId: view.organisationId });
	const document = view.document as ProgramDocument;
	const groups = new Map(
		(await listGroups(actor, view.organisationId)).map((group) => [group.id, group.name])
	);
	const rows = await db()
		.select()
		.from(liveSession)
		.where(
			and(
				eq(liveSession.organisationId, view.organisationId),
				eq(liveSession.programId, programId),
				eq(liveSession.programVersion, version),
				eq(liveSession.status, 'closed')
			)
		)
		.orderBy(desc(liveSession.startedAt))
		.limit(500);
	let planned = 0;
	let written = 0;
	const records = rows.map((row) => {
		const workshop = document.workshops.find((item) => item.id === row.workshopId);
		const ids = workshop?.activities.map((activity) => activity.id) ?? [];
		const checklist = completeFidelity(ids, row.seconds, row.fidelity);
		planned += ids.length;
		written += ids.filter((id) => checklist[id]?.delivery === 'as_written').length;
		return {
			id: row.id,
			group: groups.get(row.groupId) ?? '',
			workshop: workshop?.title ?? { fr: '', en: '' },
			startedAt: row.startedAt,
			asWritten: deliveredAsWritten(ids, checklist)
		};
	});
	return {
		programId,
		version,
		title: document.title,
		records,
		asWritten: planned === 0 ? null : written / planned
	};
}

export type RecordsOverview = {
	versions: { programId: string; version: number; title: Localized; records: number; last: Date }[];
};

/** The organisation's program versions that have session records, newest first: where a coordinator starts. */
export async function recordsOverview(
	actor: Actor,
	organisationId: string
): Promise<RecordsOverview> {
	authorise(actor, 'live.oversee', { organisationId });
	const rows = await db()
		.select({
			programId: liveSession.programId,
			version: liveSession.programVersion,
			records: count(),
			last: sql<Date>`max(${liveSession.startedAt})`.mapWith(liveSession.startedAt)
		})
		.from(liveSession)
		.where(
			and(
				eq(liveSession.organisationId, organisationId),
				eq(liveSession.status, 'closed'),
				isNull(liveSession.pilot)
			)
		)
		.groupBy(liveSession.programId, liveSession.programVersion)
		.orderBy(desc(sql`max(${liveSession.startedAt})`))
		.limit(100);
	const versions = [];
	for (const row of rows) {
		// A version no longer readable here (its program removed) is left out rather than failing the list.
		const view = await programVersionView(actor, row.programId, row.version).catch(
			(failure: unknown) => {
				if (failure instanceof DomainError) return null;
				throw failure;
			}
		);
		if (!view) continue;
		versions.push({
			programId: row.programId,
			version: row.version,
			title: (view.document as ProgramDocument).title,
			records: row.records,
			last: row.last
		});
	}
	return { versions };
}

/** Her group's path, in her words on her home page: what was done and what comes next. */
export async function myProgress(actor: Actor): Promise<GroupProgress | null> {
	if (actor.kind !== 'participant' || actor.groups.length === 0) return null;
	authorise(actor, 'live.join', { organisationId: actor.organisationId });
	return progressOf(actor.groups[0]!.id, actor.organisationId);
}

export type RecordView = {
	id: string;
	groupId: string;
	workshop: Localized;
	status: 'running' | 'paused' | 'closed';
	startedAt: Date;
	closedAt: Date | null;
	locked: boolean;
	mayUnlock: boolean;
	activities: {
		id: string;
		title: Localized;
		minutes: number;
		seconds: number;
		delivery: string;
		why: string;
	}[];
	present: { pseudonym: string; how: 'joined' | 'ticked' | 'both' }[];
	/** The group's people, for the attendance tick-list: joined from a phone, ticked present, both or neither. */
	roster: { id: string; pseudonym: string; joined: boolean; ticked: boolean }[];
	adaptations: string;
	notes: string;
	asWritten: number | null;
	counts: { target: string; counts: Record<string, number>; byHands: boolean }[];
};

/** The session record: who was present, activities and time, the fidelity checklist, the notes. */
export async function sessionRecord(
	actor: Actor,
	sessionId: string,
	now = new Date()
): Promise<RecordView> {
	const row = await runnableSession(actor, sessionId);
	await recordPeopleRead(actor, row);
	const plan = await planOf(row);
	const planned = plan.workshop.activities.map((activity) => activity.id);
	const checklist = completeFidelity(planned, row.seconds, row.fidelity);
	const attendance = await db()
		.select()
		.from(liveAttendance)
		.where(eq(liveAttendance.sessionId, row.id));
	const seen = new Map(attendance.map((item) => [item.participantId, item]));
	const roster = (await groupPeople(row.groupId))
		.map((person) => ({
			...person,
			joined: seen.get(person.id)?.joined ?? false,
			ticked: seen.get(person.id)?.ticked ?? false
		}))
		.sort((a, b) => a.pseudonym.localeCompare(b.pseudonym));
	const tallies = await db().select().from(liveTally).where(eq(liveTally.sessionId, row.id));
	return {
		id: row.id,
		groupId: row.groupId,
		workshop: plan.workshop.title,
		status: row.status,
		startedAt: row.startedAt,
		closedAt: row.closedAt,
		locked: recordLocked(row.closedAt, row.unlockedAt, now),
		mayUnlock: allows(actor, 'live.oversee', { organisationId: row.organisationId }),
		activities: plan.workshop.activities.map((activity) => ({
			id: activity.id,
			title: activity.title,
			minutes: activity.durationMinutes,
			seconds: row.seconds[activity.id] ?? 0,
			delivery: checklist[activity.id]!.delivery,
			why: checklist[activity.id]!.why
		})),
		present: roster
			.filter((person) => person.joined || person.ticked)
			.map((person) => ({
				pseudonym: person.pseudonym,
				how:
					person.joined && person.ticked
						? ('both' as const)
						: person.joined
							? ('joined' as const)
							: ('ticked' as const)
			})),
		roster,
		adaptations: row.adaptations,
		notes: row.notes,
		asWritten: deliveredAsWritten(planned, checklist),
		counts: [...Map.groupBy(tallies, (tally) => tally.target)].map(([target, shards]) => ({
			target,
			counts: summed(target, shards)!.counts,
			byHands: shards.some((shard) => shard.byHands)
		}))
	};
}

/** Saves the fidelity checklist, adaptations and notes; refused once the record is locked. */
export async function saveRecord(
	actor: Actor,
	sessionId: string,
	input: RecordInput,
	now = new Date()
): Promise<void> {
	const row = await runnableSession(actor, sessionId);
	if (recordLocked(row.closedAt, row.unlockedAt, now))
		throw new DomainError('live.record_locked', 409);
	const plan = await planOf(row);
	const planned = new Set(plan.workshop.activities.map((activity) => activity.id));
	const fidelity: Fidelity = Object.fromEntries(
		Object.entries(input.fidelity).filter(([id]) => planned.has(id))
	) as Fidelity;
	await db()
		.update(liveSession)
		.set({ fidelity, adaptations: input.adaptations, notes: input.notes })
		.where(eq(liveSession.id, row.id));
	if (input.present) await saveTicks(row, input.present);
	await recordAudit(actor, {
		action: 'live.record_saved',
		organisationId: row.organisationId,
		targetType: 'live_session',
		targetId: row.id
	});
}

/**
 * The record's tick-list: the group's people ticked present are, the others are not (those who joined from
 * their phone stay present: that was seen). Ids of anyone outside the group are ignored.
 */
async function saveTicks(row: SessionRow, present: readonly string[]): Promise<void> {
	const ticked = new Set(present);
	await writeTicks(
		row.id,
		(await groupPeople(row.groupId)).map((person) => ({
			participantId: person.id,
			ticked: ticked.has(person.id)
		}))
	);
}

/** A coordinator opens a locked record again for seven days, with a reason (audited). */
export async function unlockRecord(
	actor: Actor,
	sessionId: string,
	reason: string,
	now = new Date()
): Promise<void> {
	const row = await sessionRow(sessionId);
	authorise(actor, 'live.oversee', { organisationId: row.organisationId });
	if (!recordLocked(row.closedAt, row.unlockedAt, now))
		throw new DomainError('live.record_not_locked', 409);
	await db().transaction(async (tx) => {
		await tx.update(liveSession).set({ unlockedAt: now }).where(eq(liveSession.id, row.id));
		await recordAudit(
			actor,
			{
				action: 'live.record_unlocked',
				organisationId: row.organisationId,
				targetType: 'live_session',
				targetId: row.id,
				details: { reason }
			},
			tx
		);
	});
}

// ---------------------------------------------------------------------------------------------------------
// Reflection prompts for her logbook

export type ReflectionPrompt = {
	/** `<session id>:<activity id>`: what her logbook entry answering it keeps (no words). */
	ref: string;
	prompt: Localized;
	workshop: Localized;
	/** The day of the session. */
	on: Date;
};

/**
 * The reflection activities of the live sessions she was at (joined from her phone or ticked present), newest
 * first: prompts her logbook offers after the session. WARNING: no permission check — the logbook's verb
 * authorises her first.
 */
export async function reflectionsAttended(participantId: string): Promise<ReflectionPrompt[]> {
	const rows = await db()
		.select()
		.from(liveSession)
		.innerJoin(liveAttendance, eq(liveAttendance.sessionId, liveSession.id))
		.where(
			and(
				eq(liveAttendance.participantId, participantId),
				or(eq(liveAttendance.joined, true), eq(liveAttendance.ticked, true))
			)
		)
		.orderBy(desc(liveSession.startedAt))
		.limit(30);
	const prompts: ReflectionPrompt[] = [];
	for (const { live_session: row } of rows) {
		const { workshop } = await planOf(row);
		for (const activity of workshop.activities) {
			if (activity.kind !== 'reflection') continue;
			const prompt = (activity.settings as { prompt?: Localized }).prompt;
			if (!prompt) continue;
			prompts.push({
				ref: `${row.id}:${activity.id}`,
				prompt,
				workshop: workshop.title,
				on: row.startedAt
			});
		}
	}
	return prompts;
}
