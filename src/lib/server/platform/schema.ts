// Tables of the platform plumbing: which one-time seeds ran, and generated secrets shared by every app instance.
import { sql } from 'drizzle-orm';
import {
	boolean,
	index,
	integer,
	jsonb,
	pgTable,
	text,
	timestamp,
	unique,
	uuid
} from 'drizzle-orm/pg-core';

/** One row per one-time seed (e.g. the demo organisation), so a restart never seeds twice. */
export const seedRun = pgTable('seed_run', {
	name: text('name').primaryKey(),
	appliedAt: timestamp('applied_at', { withTimezone: true }).notNull().defaultNow()
});

/** Secrets generated on first start (e.g. the session-signing key) so every instance shares them. */
export const platformSecret = pgTable('platform_secret', {
	name: text('name').primaryKey(),
	value: text('value').notNull(),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});

/** E-mails kept in the app when no SMTP server is configured; the administrator reads them there. */
export const outboxMessage = pgTable('outbox_message', {
	id: uuid('id')
		.primaryKey()
		.default(sql`gen_random_uuid()`),
	recipient: text('recipient').notNull(),
	subject: text('subject').notNull(),
	body: text('body').notNull(),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});

/** Attempt counters shared by every app instance (rate-limiter-flexible's Drizzle store). */
export const rateLimit = pgTable('rate_limit', {
	key: text('key').primaryKey(),
	points: integer('points').notNull(),
	expire: timestamp('expire', { withTimezone: true })
});

/**
 * The audit log: who did what to which record, when. Append-only for the app (a trigger refuses
 * updates and deletes); it never holds the data itself, only ids and the kind of action.
 */
export const auditEvent = pgTable(
	'audit_event',
	{
		id: uuid('id')
			.primaryKey()
			.default(sql`gen_random_uuid()`),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
		actorKind: text('actor_kind').notNull(),
		/** The account id of an adult, the participant id of a teen, the task of the system. */
		actorId: text('actor_id'),
		organisationId: uuid('organisation_id'),
		action: text('action').notNull(),
		targetType: text('target_type'),
		targetId: text('target_id'),
		/** Small, non-personal details (a role, a count); never text a person wrote. */
		details: jsonb('details').$type<Record<string, string | number | boolean>>(),
		requestId: text('request_id')
	},
	(table) => [
		index('audit_event_organisation_at_idx').on(table.organisationId, table.at),
		index('audit_event_at_idx').on(table.at)
	]
);

/**
 * Versioned documents (programs, decks, scenarios, videos): the current draft here, each published version in
 * `content_version`. Every module stores its documents through `content-store.ts`.
 */
export const contentItem = pgTable(
	'content_item',
	{
		id: uuid('id')
			.primaryKey()
			.default(sql`gen_random_uuid()`),
		organisationId: uuid('organisation_id').notNull(),
		/** "program", or a tool kind's type from the registry (src/lib/domain/tools/registry.ts). */
		type: text('type').notNull(),
		/** draft → in_review → published; any → archived. "published" means the draft is the last version. */
		status: text('status', { enum: ['draft', 'in_review', 'published', 'archived'] })
			.notNull()
			.default('draft'),
		draft: jsonb('draft').$type<unknown>().notNull(),
		/** Goes up at every save, so two editors cannot overwrite each other unknowingly. */
		revision: integer('revision').notNull().default(0),
		latestVersion: integer('latest_version'),
		isStarter: boolean('is_starter').notNull().default(false),
		/** When it arrived as an imported copy of another organisation's content package (null otherwise). */
		importedAt: timestamp('imported_at', { withTimezone: true }),
		/** Who sent it for review: with a second approval required, someone else publishes it. */
		submittedBy: text('submitted_by'),
		/**
		 * The module that writes it instead of the authors' editor ("cocreation": material a co-design group
		 * drafts, where youth hold the pen); null for the organisation's own content.
		 */
		managedBy: text('managed_by'),
		/**
		 * Whether its published versions are offered to the organisation (libraries, play pages). A managed item is
		 * not until its module says so (a co-design group's material once finalised; a pilot's version is not).
		 */
		listed: boolean('listed').notNull().default(true),
		createdBy: text('created_by'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [index('content_item_organisation_type_idx').on(table.organisationId, table.type)]
);

/** A published version of a tool: never changed or deleted (a trigger refuses it). */
export const contentVersion = pgTable(
	'content_version',
	{
		id: uuid('id')
			.primaryKey()
			.default(sql`gen_random_uuid()`),
		itemId: uuid('item_id')
			.notNull()
			.references(() => contentItem.id),
		organisationId: uuid('organisation_id').notNull(),
		number: integer('number').notNull(),
		document: jsonb('document').$type<unknown>().notNull(),
		publishedBy: text('published_by'),
		publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [unique('content_version_number').on(table.itemId, table.number)]
);

/**
 * A notice for the adults of one role in an organisation (e.g. "a platform administrator joined"), shown
 * in the app until each of them dismisses it. It carries a catalogue key and small values, never content.
 */
export const notice = pgTable(
	'notice',
	{
		id: uuid('id')
			.primaryKey()
			.default(sql`gen_random_uuid()`),
		organisationId: uuid('organisation_id').notNull(),
		audience: text('audience', {
			enum: ['coordinator', 'facilitator', 'professional', 'researcher']
		}).notNull(),
		key: text('key').notNull(),
		values: jsonb('values').$type<Record<string, string | number>>().notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [index('notice_organisation_idx').on(table.organisationId, table.createdAt)]
);

/** Who has dismissed which notice. */
export const noticeDismissal = pgTable(
	'notice_dismissal',
	{
		noticeId: uuid('notice_id')
			.notNull()
			.references(() => notice.id, { onDelete: 'cascade' }),
		userId: text('user_id').notNull(),
		dismissedAt: timestamp('dismissed_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [unique('notice_dismissal_once').on(table.noticeId, table.userId)]
);

/** Who wrote a versioned item: adults by name, youth by pseudonym, and only with their consent to be credited. */
export const contentCredit = pgTable(
	'content_credit',
	{
		id: uuid('id')
			.primaryKey()
			.default(sql`gen_random_uuid()`),
		itemId: uuid('item_id')
			.notNull()
			.references(() => contentItem.id, { onDelete: 'cascade' }),
		actorKind: text('actor_kind', { enum: ['user', 'participant'] }).notNull(),
		actorId: text('actor_id').notNull(),
		creditedAs: text('credited_as').notNull(),
		consentToCredit: boolean('consent_to_credit').notNull().default(false),
		addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [unique('content_credit_actor').on(table.itemId, table.actorKind, table.actorId)]
);

/** An organisation's publishing rules: whether a second coordinator approves before publishing. */
export const publishingPolicy = pgTable('publishing_policy', {
	organisationId: uuid('organisation_id').primaryKey(),
	secondApproval: boolean('second_approval').notNull().default(false),
	updatedBy: text('updated_by'),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});
