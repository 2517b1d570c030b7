// Tables of the resources module: the help lines and local services an organisation shows on every page.
import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const helpResource = pgTable(
	'help_resource',
	{
		id: uuid('id')
			.primaryKey()
			.default(sql`gen_random_uuid()`),
		// No foreign key to another module's table: organisations belong to identity.
		organisationId: uuid('organisation_id').notNull(),
		position: integer('position').notNull(),
		nameFr: text('name_fr').notNull(),
		nameEn: text('name_en').notNull(),
		descriptionFr: text('description_fr').notNull().default(''),
		descriptionEn: text('description_en').notNull().default(''),
		phone: text('phone'),
		textNumber: text('text_number'),
		url: text('url'),
		/** False for the shipped defaults until someone in the organisation has checked them. */
		verified: boolean('verified').notNull().default(false),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [index('help_resource_organisation_idx').on(table.organisationId, table.position)]
);
