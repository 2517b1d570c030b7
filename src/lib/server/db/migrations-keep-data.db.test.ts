// Migrations that move data, each run on a database as the version before it left it (PGlite and PostgreSQL):
// 0015 gives every participant her group as a membership; 0016 moves programs into the one content engine.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from './migrate.ts';
import { createEmptyDatabase } from './test-database.ts';
import type { DatabaseHandle } from './client.ts';

let database: DatabaseHandle;

async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
	return ((await database.db.execute(query)) as unknown as { rows: T[] }).rows;
}

/** A database as the version of `tag` left it, for the describe block it is called in. */
function databaseUpTo(tag: string) {
	beforeAll(async () => {
		database = await createEmptyDatabase();
		await migrate(database.db, { upTo: tag });
	});
	afterAll(async () => {
		await database?.close();
	});
}

describe('participants in several groups (migration 0015)', () => {
	databaseUpTo('0014_security_probe_fixes');

	it('gives every participant of the previous version her group as a membership, losing nothing', async () => {
		const run = (query: ReturnType<typeof sql>) => database.db.execute(query);
		await run(sql`insert into organisation (id, name) values
			('11111111-1111-4111-8111-111111111111', 'Organisme')`);
		await run(sql`insert into "user" (id, name, email) values
			('adult', 'Sam', 'sam@example.org'),
			('teen-1', 'Luciole', 'p1@participants.invalid'),
			('teen-2', 'Hibou', 'p2@participants.invalid'),
			('teen-3', 'Luciole', 'p3@participants.invalid')`);
		await run(sql`insert into youth_group (id, organisation_id, name, join_code) values
			('22222222-2222-4222-8222-222222222222', '11111111-1111-4111-8111-111111111111', 'Mardi', 'ABCDEFGH'),
			('33333333-3333-4333-8333-333333333333', '11111111-1111-4111-8111-111111111111', 'Jeudi', 'JKMNPQRS')`);
		await run(sql`insert into participant
			(id, organisation_id, group_id, user_id, pseudonym, pseudonym_key, created_by, created_at) values
			('44444444-4444-4444-8444-444444444441', '11111111-1111-4111-8111-111111111111',
			 '22222222-2222-4222-8222-222222222222', 'teen-1', 'Luciole', 'luciole', 'adult', '2026-03-01T10:00:00Z'),
			('44444444-4444-4444-8444-444444444442', '11111111-1111-4111-8111-111111111111',
			 '22222222-2222-4222-8222-222222222222', 'teen-2', 'Hibou', 'hibou', null, '2026-03-02T10:00:00Z'),
			('44444444-4444-4444-8444-444444444443', '11111111-1111-4111-8111-111111111111',
			 '33333333-3333-4333-8333-333333333333', 'teen-3', 'Luciole', 'luciole', null, '2026-03-03T10:00:00Z')`);

		await migrate(database.db);

		const memberships = await rows<Record<string, unknown>>(sql`
			select participant_id, group_id, pseudonym_key, added_by, joined_at
			from group_membership order by participant_id`);
		expect(
			memberships.map((row) => [row.participant_id, row.group_id, row.pseudonym_key, row.added_by])
		).toEqual([
			[
				'44444444-4444-4444-8444-444444444441',
				'22222222-2222-4222-8222-222222222222',
				'luciole',
				'adult'
			],
			[
				'44444444-4444-4444-8444-444444444442',
				'22222222-2222-4222-8222-222222222222',
				'hibou',
				null
			],
			[
				'44444444-4444-4444-8444-444444444443',
				'33333333-3333-4333-8333-333333333333',
				'luciole',
				null
			]
		]);
		expect(new Date(memberships[0]!.joined_at as string).toISOString()).toBe(
			'2026-03-01T10:00:00.000Z'
		);
		const participants = await rows<Record<string, unknown>>(sql`
			select id, pseudonym, user_id from participant order by id`);
		expect(participants.map((row) => [row.pseudonym, row.user_id])).toEqual([
			['Luciole', 'teen-1'],
			['Hibou', 'teen-2'],
			['Luciole', 'teen-3']
		]);
		const columns = await rows<{ column_name: string }>(sql`
			select column_name from information_schema.columns where table_name = 'participant'`);
		expect(columns.map((row) => row.column_name)).not.toContain('group_id');
		// One pseudonym per group is now the database's own rule.
		await expect(
			run(sql`insert into group_membership (group_id, participant_id, pseudonym_key) values
				('22222222-2222-4222-8222-222222222222', '44444444-4444-4444-8444-444444444443', 'luciole')`)
		).rejects.toThrow();
	});
});

describe('one content engine (migration 0016)', () => {
	databaseUpTo('0015_participants_in_several_groups');

	it('moves every program, its versions and its credited authors into content items, losing nothing', async () => {
		const run = (query: ReturnType<typeof sql>) => database.db.execute(query);
		const draft = { schemaVersion: 1, title: { fr: 'Mon programme', en: 'My program' } };
		const published = { schemaVersion: 1, title: { fr: 'Version 1', en: 'Version 1' } };
		await run(sql`insert into program
			(id, organisation_id, status, draft, revision, latest_version, is_starter, created_by, created_at) values
			('55555555-5555-4555-8555-555555555555', '11111111-1111-4111-8111-111111111111', 'draft',
			 ${JSON.stringify(draft)}::jsonb, 7, 1, false, 'adult', '2026-04-01T09:00:00Z')`);
		await run(sql`insert into program_version
			(id, program_id, organisation_id, number, document, published_by, published_at) values
			('66666666-6666-4666-8666-666666666666', '55555555-5555-4555-8555-555555555555',
			 '11111111-1111-4111-8111-111111111111', 1, ${JSON.stringify(published)}::jsonb, 'adult',
			 '2026-04-02T09:00:00Z')`);
		await run(sql`insert into program_author (program_id, actor_kind, actor_id, credited_as, consent_to_credit)
			values ('55555555-5555-4555-8555-555555555555', 'user', 'adult', 'Sam Gagnon', true)`);

		await migrate(database.db);

		const items = await rows<Record<string, unknown>>(sql`
			select id, type, status, draft, revision, latest_version, created_by from content_item`);
		expect(items).toEqual([
			{
				id: '55555555-5555-4555-8555-555555555555',
				type: 'program',
				status: 'draft',
				draft,
				revision: 7,
				latest_version: 1,
				created_by: 'adult'
			}
		]);
		const versions = await rows<Record<string, unknown>>(sql`
			select id, item_id, number, document, published_by from content_version`);
		expect(versions).toEqual([
			{
				id: '66666666-6666-4666-8666-666666666666',
				item_id: '55555555-5555-4555-8555-555555555555',
				number: 1,
				document: published,
				published_by: 'adult'
			}
		]);
		const credits = await rows<Record<string, unknown>>(sql`
			select item_id, credited_as, consent_to_credit from content_credit`);
		expect(credits).toEqual([
			{
				item_id: '55555555-5555-4555-8555-555555555555',
				credited_as: 'Sam Gagnon',
				consent_to_credit: true
			}
		]);
		const tables = await rows<{ table_name: string }>(sql`
			select table_name from information_schema.tables where table_name like 'program%'`);
		expect(tables).toEqual([]);
		// A published version stays immutable in its new table.
		await expect(run(sql`update content_version set number = 2`)).rejects.toThrow();
	});
});
