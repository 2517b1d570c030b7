// Tables of the media module: which stored files belong to which organisation, and who owns an upload
// in progress. The bytes themselves are in the media store on disk (storage.ts), named by `key`.
import { sql } from 'drizzle-orm';
import { bigint, index, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';

const stamp = (name: string) => timestamp(name, { withTimezone: true });

/** A finished file of an organisation. The same bytes uploaded twice in one organisation are one row. */
export const mediaFile = pgTable(
	'media_file',
	{
		id: uuid('id')
			.primaryKey()
			.default(sql`gen_random_uuid()`),
		organisationId: uuid('organisation_id').notNull(),
		/** The file's name in the media store (its sha256). */
		key: text('key').notNull(),
		kind: text('kind', { enum: ['video', 'captions', 'poster'] }).notNull(),
		mimeType: text('mime_type').notNull(),
		bytes: bigint('bytes', { mode: 'number' }).notNull(),
		uploadedBy: text('uploaded_by'),
		createdAt: stamp('created_at').notNull().defaultNow()
	},
	(table) => [
		unique('media_file_organisation_key_kind').on(table.organisationId, table.key, table.kind)
	]
);

/** An upload in progress: only its author may add to it or finish it, for the organisation it was begun in. */
export const mediaUpload = pgTable(
	'media_upload',
	{
		id: uuid('id').primaryKey(),
		organisationId: uuid('organisation_id').notNull(),
		kind: text('kind', { enum: ['video', 'captions', 'poster'] }).notNull(),
		createdBy: text('created_by').notNull(),
		/** What the upload will take once complete, counted against the organisation's quota meanwhile. */
		totalBytes: bigint('total_bytes', { mode: 'number' }).notNull().default(0),
		createdAt: stamp('created_at').notNull().defaultNow()
	},
	(table) => [
		index('media_upload_created_at_idx').on(table.createdAt),
		index('media_upload_organisation_idx').on(table.organisationId)
	]
);
