// Tables of the moderation module: what a youth wrote that suggests she may be in danger, held back from the group
// for her group's designated facilitator (DESIGN.md §4 rule 6).
import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { DisclosureKind } from '#lib/domain/moderation/disclosure.ts';

const stamp = (name: string) => timestamp(name, { withTimezone: true });

/**
 * A text held back: never shown to the group, read only by the group's designated facilitator (and known to its
 * author). The group, organisation and author belong to the identity module (no foreign keys across modules).
 */
export const heldText = pgTable(
	'held_text',
	{
		id: uuid('id')
			.primaryKey()
			.default(sql`gen_random_uuid()`),
		organisationId: uuid('organisation_id').notNull(),
		groupId: uuid('group_id').notNull(),
		authorId: uuid('author_id').notNull(),
		/** Where she wrote it, as a catalogue key: "moderation.source.live_question", … */
		source: text('source').notNull(),
		text: text('text').notNull(),
		/** What the signals heard, for the adult who reads it; the software only signals, a person decides. */
		kinds: jsonb('kinds').$type<DisclosureKind[]>().notNull(),
		createdAt: stamp('created_at').notNull().defaultNow(),
		/** The facilitator says she checked in with the author; the notice stops then. */
		checkedInAt: stamp('checked_in_at'),
		checkedInBy: text('checked_in_by')
	},
	(table) => [index('held_text_group_idx').on(table.groupId, table.createdAt)]
);

/**
 * A text someone wrote for others of a group to read (a comment on a finding, later feedback and proposals): a
 * youth's waits for a facilitator's approval when its place says so; it can be hidden with a reason shown to its
 * author, and restored. `scopeId` is the place that moderates it (a co-creation process); `targetId` what it is about.
 */
export const moderatedPost = pgTable(
	'moderated_post',
	{
		id: uuid('id')
			.primaryKey()
			.default(sql`gen_random_uuid()`),
		organisationId: uuid('organisation_id').notNull(),
		groupId: uuid('group_id').notNull(),
		scopeId: uuid('scope_id').notNull(),
		targetId: uuid('target_id').notNull(),
		/** Her participant id, or null for an adult. */
		authorId: uuid('author_id'),
		/** An adult's user id, or null for a youth. */
		authorUserId: text('author_user_id'),
		/** Her pseudonym or the adult's name, as shown beside it. */
		authorName: text('author_name').notNull(),
		text: text('text').notNull(),
		status: text('status', { enum: ['pending', 'published', 'hidden'] }).notNull(),
		/** Why a moderator hid it: shown to its author only. */
		hiddenReason: text('hidden_reason'),
		decidedBy: text('decided_by'),
		decidedAt: stamp('decided_at'),
		createdAt: stamp('created_at').notNull().defaultNow()
	},
	(table) => [index('moderated_post_scope_idx').on(table.scopeId, table.createdAt)]
);
