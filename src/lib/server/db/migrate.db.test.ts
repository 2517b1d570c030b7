import { sql } from 'drizzle-orm';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { describe, expect, it } from 'vitest';
import { embeddedMigrations, migrate, migrationsApplied } from './migrate.ts';
import { useTestDatabase } from './test-database.ts';

describe('migrations', () => {
	const database = useTestDatabase();

	it('embeds exactly the migrations drizzle-kit wrote, with the same hashes drizzle-orm computes', () => {
		expect(embeddedMigrations()).toEqual(readMigrationFiles({ migrationsFolder: 'drizzle' }));
	});

	it('creates every table of the schema', async () => {
		const result = (await database().db.execute(
			sql`select table_name from information_schema.tables where table_schema = 'public' order by 1`
		)) as unknown as { rows: { table_name: string }[] };
		expect(result.rows.map((row) => row.table_name)).toEqual([
			'account',
			'admin_setup_token',
			'audit_event',
			'cocreation_ally',
			'cocreation_board_reaction',
			'cocreation_change',
			'cocreation_commitment',
			'cocreation_commitment_update',
			'cocreation_consent',
			'cocreation_dialogue',
			'cocreation_dot',
			'cocreation_feedback',
			'cocreation_feedback_given',
			'cocreation_finding',
			'cocreation_key_aspect',
			'cocreation_material',
			'cocreation_phase',
			'cocreation_pilot',
			'cocreation_process',
			'cocreation_proposal',
			'cocreation_reaction',
			'cocreation_suggestion',
			'cocreation_support',
			'content_credit',
			'content_item',
			'content_version',
			'demo_person',
			'group_facilitator',
			'group_membership',
			'held_text',
			'help_resource',
			'invitation',
			'live_attendance',
			'live_post',
			'live_presenter',
			'live_session',
			'live_signal',
			'live_tally',
			'live_vote',
			'logbook',
			'logbook_adult_key',
			'logbook_entry',
			'logbook_recovery',
			'logbook_share',
			'media_file',
			'media_upload',
			'membership',
			'moderated_post',
			'notice',
			'notice_dismissal',
			'organisation',
			'outbox_message',
			'participant',
			'platform_secret',
			'publishing_policy',
			'rate_limit',
			'seed_run',
			'session',
			'totp_step',
			'two_factor',
			'user',
			'verification',
			'youth_group'
		]);
	});

	it('records the last migration so readiness can check it', async () => {
		expect(await migrationsApplied(database().db)).toBe(true);
	});

	it('does nothing when run again on a migrated database', async () => {
		await migrate(database().db);
		const result = (await database().db.execute(
			sql`select count(*)::int as applied from drizzle.__drizzle_migrations`
		)) as unknown as { rows: { applied: number }[] };
		expect(result.rows[0]?.applied).toBe(embeddedMigrations().length);
	});
});
