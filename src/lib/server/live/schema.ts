// Tables of the live module: a workshop run with a group (its state, its record), the votes while it runs and
// their counts after, who came, what youth sent for approval, and the private "I need a break" signals.
import { sql } from 'drizzle-orm';
import {
	boolean,
	index,
	integer,
	jsonb,
	pgTable,
	primaryKey,
	text,
	timestamp,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import type { LiveState } from '#lib/domain/live/session.ts';
import type { Fidelity } from '#lib/domain/live/record.ts';
import type { Workshop } from '#lib/domain/programs/document.ts';

const stamp = (name: string) => timestamp(name, { withTimezone: true });

/** One workshop run with one group: where it is now, and afterwards its record. */
export const liveSession = pgTable(
	'live_session',
	{
		id: uuid('id')
			.primaryKey()
			.default(sql`gen_random_uuid()`),
		organisationId: uuid('organisation_id').notNull(),
		/** The group (identity module's; no foreign key across modules). */
		groupId: uuid('group_id').notNull(),
		/** The program (content item), the published version followed, and the workshop in it. */
		programId: uuid('program_id').notNull(),
		programVersion: integer('program_version').notNull(),
		workshopId: text('workshop_id').notNull(),
		/**
		 * A pilot of a co-design group's material: the one-activity workshop it runs instead of a program's
		 * (then `programId` and `programVersion` name the tool's published version). Null for a program's workshop.
		 */
		pilot: jsonb('pilot').$type<Workshop>(),
		status: text('status', { enum: ['running', 'paused', 'closed'] })
			.notNull()
			.default('running'),
		state: jsonb('state').$type<LiveState>().notNull(),
		/** Goes up at every change anyone must see; streams send it as the event id. */
		seq: integer('seq').notNull().default(1),
		startedBy: text('started_by'),
		startedAt: stamp('started_at').notNull().defaultNow(),
		closedAt: stamp('closed_at'),
		/** When the current activity began, to add its time to `seconds` when the room moves on. */
		activitySince: stamp('activity_since').notNull().defaultNow(),
		/** Seconds spent on each activity, by activity id. */
		seconds: jsonb('seconds').$type<Record<string, number>>().notNull().default({}),
		/** Each planned activity done as written, adapted or skipped, with why (the fidelity checklist). */
		fidelity: jsonb('fidelity').$type<Fidelity>().notNull().default({}),
		adaptations: text('adaptations').notNull().default(''),
		notes: text('notes').notNull().default(''),
		/** A coordinator may open a locked record again, for seven more days (audited). */
		unlockedAt: stamp('unlocked_at'),
		/** The presenter's pairing code, hashed, while it may be used once. */
		pairingCodeHash: text('pairing_code_hash'),
		pairingExpiresAt: stamp('pairing_expires_at')
	},
	(table) => [
		uniqueIndex('live_session_one_open_per_group')
			.on(table.groupId)
			.where(sql`${table.status} <> 'closed'`),
		index('live_session_group').on(table.groupId, table.startedAt)
	]
);

/** The session a row belongs to; the row goes with it. */
const sessionRef = () =>
	uuid('session_id')
		.notNull()
		.references(() => liveSession.id, { onDelete: 'cascade' });

/** A screen paired to show a session (a projector): its token, hashed; valid while the session is open. */
export const livePresenter = pgTable('live_presenter', {
	tokenHash: text('token_hash').primaryKey(),
	sessionId: sessionRef(),
	createdAt: stamp('created_at').notNull().defaultNow()
});

/**
 * One answer of one voter (a participant's id, or a shared tablet's answer id) to one question, kept only
 * while the session is open; the counts stay in live_tally.
 */
export const liveVote = pgTable(
	'live_vote',
	{
		sessionId: sessionRef(),
		target: text('target').notNull(),
		voter: text('voter').notNull(),
		choice: text('choice').notNull()
	},
	(table) => [primaryKey({ columns: [table.sessionId, table.target, table.voter] })]
);

/**
 * The counts of one question, in a few shards (each voter always counts in the same one), so that a room of
 * hundreds does not queue on one row; `version` goes up at every change of a shard so late news never
 * overwrites newer. The question's counts are the sum of its shards.
 */
export const liveTally = pgTable(
	'live_tally',
	{
		sessionId: sessionRef(),
		target: text('target').notNull(),
		shard: integer('shard').notNull().default(0),
		counts: jsonb('counts').$type<Record<string, number>>().notNull().default({}),
		version: integer('version').notNull().default(0),
		/** Counted from a show of hands on the control view rather than from phones. */
		byHands: boolean('by_hands').notNull().default(false)
	},
	(table) => [primaryKey({ columns: [table.sessionId, table.target, table.shard] })]
);

/** Who was there: from joining on a phone, or ticked by the facilitator for a teen without one. */
export const liveAttendance = pgTable(
	'live_attendance',
	{
		sessionId: sessionRef(),
		participantId: uuid('participant_id').notNull(),
		joined: boolean('joined').notNull().default(false),
		ticked: boolean('ticked').notNull().default(false),
		/** When her page last said it was open (connected if recent). */
		seenAt: stamp('seen_at')
	},
	(table) => [primaryKey({ columns: [table.sessionId, table.participantId] })]
);

/**
 * A written discussion answer or an anonymous question, after the personal-information guard, waiting for
 * the facilitator. The author is kept only so she sees "sent, waiting", and forgotten when the session closes.
 */
export const livePost = pgTable(
	'live_post',
	{
		id: uuid('id')
			.primaryKey()
			.default(sql`gen_random_uuid()`),
		sessionId: sessionRef(),
		kind: text('kind', { enum: ['answer', 'question'] }).notNull(),
		/** The step it answers (answers), or '' (questions). */
		target: text('target').notNull().default(''),
		text: text('text').notNull(),
		authorId: uuid('author_id'),
		status: text('status', { enum: ['waiting', 'approved', 'declined', 'answered'] })
			.notNull()
			.default('waiting'),
		createdAt: stamp('created_at').notNull().defaultNow()
	},
	(table) => [index('live_post_session').on(table.sessionId, table.createdAt)]
);

/** "I need a break", for the facilitator's eyes only. */
export const liveSignal = pgTable(
	'live_signal',
	{
		id: uuid('id')
			.primaryKey()
			.default(sql`gen_random_uuid()`),
		sessionId: sessionRef(),
		participantId: uuid('participant_id').notNull(),
		createdAt: stamp('created_at').notNull().defaultNow(),
		seenAt: stamp('seen_at')
	},
	(table) => [index('live_signal_session').on(table.sessionId, table.createdAt)]
);
