// Tables of the co-creation module: a process with its phases (the current one turns components on), the research
// findings reviewed in the first phase, each co-designer's private reaction and dots, and the key aspects decided.
import { sql } from 'drizzle-orm';
import {
	boolean,
	date,
	index,
	integer,
	jsonb,
	pgTable,
	primaryKey,
	text,
	timestamp,
	uuid
} from 'drizzle-orm/pg-core';
import type { Language } from '#lib/domain/cocreation/materials.ts';
import type { MaterialKind } from '#lib/domain/cocreation/material-kinds.ts';
import type {
	BoardReaction,
	CommitmentStatus,
	PhaseKind,
	Reaction,
	WhoActs
} from '#lib/domain/cocreation/phases.ts';

const stamp = (name: string) => timestamp(name, { withTimezone: true });
const id = () =>
	uuid('id')
		.primaryKey()
		.default(sql`gen_random_uuid()`);

/**
 * A process: a co-design group (the identity module's group: its participants are the co-designers; no foreign
 * key across modules) turning research findings into their own workshop, then holding adults to commitments.
 */
export const cocreationProcess = pgTable(
	'cocreation_process',
	{
		id: id(),
		organisationId: uuid('organisation_id').notNull(),
		groupId: uuid('group_id').notNull(),
		title: text('title').notNull(),
		purpose: text('purpose').notNull().default(''),
		/** Dots each co-designer may place on findings. */
		dotsPerPerson: integer('dots_per_person').notNull().default(3),
		/** The phase the group is in; null only while the process has no phase. */
		currentPhaseId: uuid('current_phase_id'),
		/** Whether what youth post waits for a facilitator's approval before the group reads it. */
		postsNeedApproval: boolean('posts_need_approval').notNull().default(true),
		/**
		 * Whether the adults' edits to what a youth wrote apply at once (relaxed) instead of waiting, as
		 * suggestions, for a co-designer to accept them (the default: youth hold the pen).
		 */
		adultsEditDirectly: boolean('adults_edit_directly').notNull().default(false),
		/** Whether every youth of the organisation may read the accountability board (its own youth always can). */
		boardOpenToOrganisation: boolean('board_open_to_organisation').notNull().default(false),
		/** Dot votes stay hidden until a facilitator closes the vote. */
		dotVoteClosedAt: stamp('dot_vote_closed_at'),
		createdBy: text('created_by').notNull(),
		createdAt: stamp('created_at').notNull().defaultNow()
	},
	(table) => [index('cocreation_process_organisation_idx').on(table.organisationId)]
);

/** One phase of a process: a kind from the template (its components and rights), and its own words and dates. */
export const cocreationPhase = pgTable(
	'cocreation_phase',
	{
		id: id(),
		processId: uuid('process_id')
			.notNull()
			.references(() => cocreationProcess.id, { onDelete: 'cascade' }),
		position: integer('position').notNull(),
		kind: text('kind').$type<PhaseKind>().notNull(),
		/** The process's own name and description for it; empty: the template's words. */
		title: text('title').notNull().default(''),
		description: text('description').notNull().default(''),
		startsOn: date('starts_on'),
		endsOn: date('ends_on')
	},
	(table) => [index('cocreation_phase_process_idx').on(table.processId, table.position)]
);

/** A finding of the research, posted by a facilitator: what it says, why, and where it comes from. */
export const cocreationFinding = pgTable(
	'cocreation_finding',
	{
		id: id(),
		processId: uuid('process_id')
			.notNull()
			.references(() => cocreationProcess.id, { onDelete: 'cascade' }),
		theme: text('theme').notNull().default(''),
		statement: text('statement').notNull(),
		explanation: text('explanation').notNull().default(''),
		source: text('source').notNull(),
		createdAt: stamp('created_at').notNull().defaultNow()
	},
	(table) => [index('cocreation_finding_process_idx').on(table.processId, table.createdAt)]
);

/** A co-designer's reaction to a finding: hers alone; the group sees only counts, and only from three. */
export const cocreationReaction = pgTable(
	'cocreation_reaction',
	{
		findingId: uuid('finding_id')
			.notNull()
			.references(() => cocreationFinding.id, { onDelete: 'cascade' }),
		participantId: uuid('participant_id').notNull(),
		reaction: text('reaction').$type<Reaction>().notNull()
	},
	(table) => [primaryKey({ columns: [table.findingId, table.participantId] })]
);

/** The dots a co-designer placed on a finding; hidden from everyone until the vote is closed. */
export const cocreationDot = pgTable(
	'cocreation_dot',
	{
		findingId: uuid('finding_id')
			.notNull()
			.references(() => cocreationFinding.id, { onDelete: 'cascade' }),
		participantId: uuid('participant_id').notNull(),
		processId: uuid('process_id').notNull(),
		dots: integer('dots').notNull()
	},
	(table) => [
		primaryKey({ columns: [table.findingId, table.participantId] }),
		index('cocreation_dot_process_idx').on(table.processId, table.participantId)
	]
);

/** A decision of the group: what the rest of the process is checked against, the findings it comes from, and why. */
export const cocreationKeyAspect = pgTable(
	'cocreation_key_aspect',
	{
		id: id(),
		processId: uuid('process_id')
			.notNull()
			.references(() => cocreationProcess.id, { onDelete: 'cascade' }),
		text: text('text').notNull(),
		why: text('why').notNull().default(''),
		findingIds: jsonb('finding_ids').$type<string[]>().notNull().default([]),
		/** Who wrote it down: a pseudonym or an adult's name, kept as written then. */
		recordedBy: text('recorded_by').notNull(),
		createdAt: stamp('created_at').notNull().defaultNow(),
		archived: boolean('archived').notNull().default(false)
	},
	(table) => [index('cocreation_key_aspect_process_idx').on(table.processId)]
);

/** An adult ally of a process: a facilitator or professional of the organisation who takes part in it. */
export const cocreationAlly = pgTable(
	'cocreation_ally',
	{
		processId: uuid('process_id')
			.notNull()
			.references(() => cocreationProcess.id, { onDelete: 'cascade' }),
		userId: text('user_id').notNull()
	},
	(table) => [primaryKey({ columns: [table.processId, table.userId] })]
);

/**
 * A proposal for a participatory initiative: its words are a moderated post of the process (the moderation
 * module keeps them, waiting, hidden or restored; `postId` is that post), and who should act.
 */
export const cocreationProposal = pgTable(
	'cocreation_proposal',
	{
		postId: uuid('post_id').primaryKey(),
		processId: uuid('process_id')
			.notNull()
			.references(() => cocreationProcess.id, { onDelete: 'cascade' }),
		whoActs: text('who_acts').$type<WhoActs>().notNull(),
		/** Whether a youth proposed it; her pseudonym is never shown with it. */
		fromYouth: boolean('from_youth').notNull(),
		/** The approved answer of a dialogue session's round of proposals it was put on the board from. */
		sessionPostId: uuid('session_post_id').unique(),
		createdAt: stamp('created_at').notNull().defaultNow()
	},
	(table) => [index('cocreation_proposal_process_idx').on(table.processId, table.createdAt)]
);

/** Someone's support for a proposal: a youth's and an adult's are tallied apart. */
export const cocreationSupport = pgTable(
	'cocreation_support',
	{
		proposalId: uuid('proposal_id')
			.notNull()
			.references(() => cocreationProposal.postId, { onDelete: 'cascade' }),
		/** Her participant id or the adult's user id. */
		supporterId: text('supporter_id').notNull(),
		youth: boolean('youth').notNull()
	},
	(table) => [primaryKey({ columns: [table.proposalId, table.supporterId] })]
);

/** An adult's commitment answering a proposal: who acts, by when, and what "done" means. */
export const cocreationCommitment = pgTable(
	'cocreation_commitment',
	{
		id: id(),
		processId: uuid('process_id')
			.notNull()
			.references(() => cocreationProcess.id, { onDelete: 'cascade' }),
		proposalId: uuid('proposal_id')
			.notNull()
			.references(() => cocreationProposal.postId, { onDelete: 'cascade' }),
		what: text('what').notNull(),
		owner: text('owner').notNull(),
		dueOn: date('due_on').notNull(),
		doneMeans: text('done_means').notNull(),
		status: text('status').$type<CommitmentStatus>().notNull().default('planned'),
		recordedBy: text('recorded_by').notNull(),
		/** The adult who recorded it: an ally follows up the commitments she recorded. */
		recordedById: text('recorded_by_id'),
		createdAt: stamp('created_at').notNull().defaultNow()
	},
	(table) => [index('cocreation_commitment_process_idx').on(table.processId, table.createdAt)]
);

/** A dated update of a commitment: its status then, and what happened (a reason when dropped). */
export const cocreationCommitmentUpdate = pgTable(
	'cocreation_commitment_update',
	{
		id: id(),
		commitmentId: uuid('commitment_id')
			.notNull()
			.references(() => cocreationCommitment.id, { onDelete: 'cascade' }),
		status: text('status').$type<CommitmentStatus>().notNull(),
		note: text('note').notNull(),
		recordedBy: text('recorded_by').notNull(),
		createdAt: stamp('created_at').notNull().defaultNow()
	},
	(table) => [index('cocreation_commitment_update_idx').on(table.commitmentId, table.createdAt)]
);

/** A youth's reaction to a commitment on the board: hers alone; counts show from three. */
export const cocreationBoardReaction = pgTable(
	'cocreation_board_reaction',
	{
		commitmentId: uuid('commitment_id')
			.notNull()
			.references(() => cocreationCommitment.id, { onDelete: 'cascade' }),
		participantId: uuid('participant_id').notNull(),
		reaction: text('reaction').$type<BoardReaction>().notNull()
	},
	(table) => [primaryKey({ columns: [table.commitmentId, table.participantId] })]
);

/**
 * Material the co-design group drafts (phase 2): a content item of a tool kind (the content engine keeps it,
 * managed by this module so that youth hold the pen), in one language, and the key aspects it addresses.
 */
export const cocreationMaterial = pgTable(
	'cocreation_material',
	{
		id: id(),
		processId: uuid('process_id')
			.notNull()
			.references(() => cocreationProcess.id, { onDelete: 'cascade' }),
		itemId: uuid('item_id').notNull(),
		kind: text('kind').$type<MaterialKind>().notNull(),
		language: text('language').$type<Language>().notNull(),
		keyAspectIds: jsonb('key_aspect_ids').$type<string[]>().notNull().default([]),
		/** The version published when the group finalised it (null while it is a draft). */
		finalVersion: integer('final_version'),
		createdAt: stamp('created_at').notNull().defaultNow()
	},
	(table) => [index('cocreation_material_process_idx').on(table.processId)]
);

/** One change to a text of a material: who made it, before and after; the material's history. */
export const cocreationChange = pgTable(
	'cocreation_change',
	{
		id: id(),
		materialId: uuid('material_id')
			.notNull()
			.references(() => cocreationMaterial.id, { onDelete: 'cascade' }),
		path: text('path').notNull(),
		before: text('before').notNull(),
		after: text('after').notNull(),
		/** A pseudonym or an adult's name, as shown then. */
		author: text('author').notNull(),
		fromYouth: boolean('from_youth').notNull(),
		/** The suggestion a co-designer accepted (its author is the adult), or null for a direct edit. */
		suggestionId: uuid('suggestion_id'),
		/** Who accepted it, for an accepted suggestion. */
		acceptedBy: text('accepted_by'),
		/** The pilot feedback it answers ("we heard / we changed"). */
		answers: jsonb('answers').$type<string[]>().notNull().default([]),
		at: stamp('at').notNull().defaultNow()
	},
	(table) => [index('cocreation_change_material_idx').on(table.materialId, table.at)]
);

/** An adult's edit to a text a youth wrote: waits for a co-designer to accept or decline it. */
export const cocreationSuggestion = pgTable(
	'cocreation_suggestion',
	{
		id: id(),
		materialId: uuid('material_id')
			.notNull()
			.references(() => cocreationMaterial.id, { onDelete: 'cascade' }),
		path: text('path').notNull(),
		/** The text as it was when suggested (accepting replaces it only if it has not changed since). */
		base: text('base').notNull(),
		proposed: text('proposed').notNull(),
		author: text('author').notNull(),
		status: text('status', { enum: ['pending', 'accepted', 'declined'] })
			.notNull()
			.default('pending'),
		decidedBy: text('decided_by'),
		decidedAt: stamp('decided_at'),
		createdAt: stamp('created_at').notNull().defaultNow()
	},
	(table) => [index('cocreation_suggestion_material_idx').on(table.materialId, table.status)]
);

/** A co-designer's choice to be credited by pseudonym on the process's material; she may withdraw it. */
export const cocreationConsent = pgTable(
	'cocreation_consent',
	{
		processId: uuid('process_id')
			.notNull()
			.references(() => cocreationProcess.id, { onDelete: 'cascade' }),
		participantId: uuid('participant_id').notNull(),
		credit: boolean('credit').notNull(),
		decidedAt: stamp('decided_at').notNull().defaultNow()
	},
	(table) => [primaryKey({ columns: [table.processId, table.participantId] })]
);

/**
 * A pilot: the group's material tested with peers (another group) in a live session, on a published version of
 * its current draft; the peers' anonymous feedback opens with it and closes when the adults say so.
 */
export const cocreationPilot = pgTable(
	'cocreation_pilot',
	{
		id: id(),
		processId: uuid('process_id')
			.notNull()
			.references(() => cocreationProcess.id, { onDelete: 'cascade' }),
		materialId: uuid('material_id')
			.notNull()
			.references(() => cocreationMaterial.id, { onDelete: 'cascade' }),
		/** The peers' group (identity module's; no foreign key across modules). */
		groupId: uuid('group_id').notNull(),
		plannedOn: date('planned_on'),
		/** The live session, once started, and the material's version it played. */
		sessionId: uuid('session_id'),
		version: integer('version'),
		feedbackOpen: boolean('feedback_open').notNull().default(false),
		createdAt: stamp('created_at').notNull().defaultNow()
	},
	(table) => [index('cocreation_pilot_process_idx').on(table.processId)]
);

/**
 * A peer's anonymous feedback on a pilot: what worked, what did not, whether she would recommend it, her
 * suggestions ("I pass" on each: empty). Shown to the co-design group without names once approved.
 */
export const cocreationFeedback = pgTable(
	'cocreation_feedback',
	{
		id: id(),
		pilotId: uuid('pilot_id')
			.notNull()
			.references(() => cocreationPilot.id, { onDelete: 'cascade' }),
		worked: text('worked').notNull().default(''),
		didNot: text('did_not').notNull().default(''),
		recommend: text('recommend', { enum: ['yes', 'maybe', 'no', 'pass'] }).notNull(),
		suggestions: text('suggestions').notNull().default(''),
		status: text('status', { enum: ['pending', 'published', 'hidden'] }).notNull(),
		hiddenReason: text('hidden_reason'),
		createdAt: stamp('created_at').notNull().defaultNow()
	},
	(table) => [index('cocreation_feedback_pilot_idx').on(table.pilotId)]
);

/**
 * That a peer answered a pilot's feedback (one answer each), kept apart from the answers and without a time, so
 * that nothing links an answer to the girl who gave it.
 */
export const cocreationFeedbackGiven = pgTable(
	'cocreation_feedback_given',
	{
		pilotId: uuid('pilot_id')
			.notNull()
			.references(() => cocreationPilot.id, { onDelete: 'cascade' }),
		participantId: uuid('participant_id').notNull()
	},
	(table) => [primaryKey({ columns: [table.pilotId, table.participantId] })]
);

/**
 * A dialogue session of a process: a live session (the live module) with an agenda, the question box, and a
 * round of proposals whose approved answers the adults put on the board.
 */
export const cocreationDialogue = pgTable(
	'cocreation_dialogue',
	{
		id: id(),
		processId: uuid('process_id')
			.notNull()
			.references(() => cocreationProcess.id, { onDelete: 'cascade' }),
		sessionId: uuid('session_id').notNull(),
		groupId: uuid('group_id').notNull(),
		agenda: jsonb('agenda').$type<string[]>().notNull(),
		createdAt: stamp('created_at').notNull().defaultNow()
	},
	(table) => [index('cocreation_dialogue_process_idx').on(table.processId)]
);
