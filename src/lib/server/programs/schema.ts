// Tables of the programs module: programs with their current draft, and their immutable published versions.
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
import type { ProgramDocument } from '#lib/domain/programs/document.ts';

const stamp = (name: string) => timestamp(name, { withTimezone: true });

export const program = pgTable(
	'program',
	{
		id: uuid('id')
			.primaryKey()
			.default(sql`gen_random_uuid()`),
		// No foreign key to another module's table: organisations belong to identity.
		organisationId: uuid('organisation_id').notNull(),
		/** draft → in_review → published; any → archived. "published" means the draft is the last version. */
		status: text('status', { enum: ['draft', 'in_review', 'published', 'archived'] })
			.notNull()
			.default('draft'),
		draft: jsonb('draft').$type<ProgramDocument>().notNull(),
		/** Goes up at every save, so two editors (or two tabs) cannot overwrite each other unknowingly. */
		revision: integer('revision').notNull().default(0),
		latestVersion: integer('latest_version'),
		isStarter: boolean('is_starter').notNull().default(false),
		createdBy: text('created_by'),
		createdAt: stamp('created_at').notNull().defaultNow(),
		updatedAt: stamp('updated_at').notNull().defaultNow()
	},
	(table) => [index('program_organisation_idx').on(table.organisationId)]
);

/** A published version: never changed or deleted (a trigger refuses it); sessions and reports point here. */
export const programVersion = pgTable(
	'program_version',
	{
		id: uuid('id')
			.primaryKey()
			.default(sql`gen_random_uuid()`),
		programId: uuid('program_id')
			.notNull()
			.references(() => program.id),
		organisationId: uuid('organisation_id').notNull(),
		number: integer('number').notNull(),
		document: jsonb('document').$type<ProgramDocument>().notNull(),
		publishedBy: text('published_by'),
		publishedAt: stamp('published_at').notNull().defaultNow()
	},
	(table) => [unique('program_version_number').on(table.programId, table.number)]
);

/** Who wrote a program: adults by account, youth by pseudonym, and only with their consent to be credited. */
export const programAuthor = pgTable(
	'program_author',
	{
		id: uuid('id')
			.primaryKey()
			.default(sql`gen_random_uuid()`),
		programId: uuid('program_id')
			.notNull()
			.references(() => program.id, { onDelete: 'cascade' }),
		actorKind: text('actor_kind', { enum: ['user', 'participant'] }).notNull(),
		actorId: text('actor_id').notNull(),
		creditedAs: text('credited_as').notNull(),
		consentToCredit: boolean('consent_to_credit').notNull().default(false),
		addedAt: stamp('added_at').notNull().defaultNow()
	},
	(table) => [unique('program_author_actor').on(table.programId, table.actorKind, table.actorId)]
);
