// Failed queries on a real database (PGlite and PostgreSQL) reach the log without the values they carried:
// the driver and the ORM write those into messages, parameters and causes, and the serialiser keeps none.
import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '../db/client.ts';
import { useTestDatabase } from '../db/test-database.ts';
import { createLogger } from './log.ts';
import { noticeDismissal } from './schema.ts';

useTestDatabase();

/** A logger writing into an array of lines, as stdout would receive them. */
function capturedLog() {
	const lines: string[] = [];
	const destination = new Writable({
		write(chunk: Buffer, _encoding, done) {
			lines.push(...chunk.toString().split('\n').filter(Boolean));
			done();
		}
	});
	return { logger: createLogger(destination, 'debug'), lines };
}

async function failureOf(work: Promise<unknown>): Promise<unknown> {
	return work.then(
		() => {
			throw new Error('the query should have failed');
		},
		(error: unknown) => error
	);
}

describe('a failed query in the log', () => {
	it('keeps the kind of error and its SQL state, and none of the values the query carried', async () => {
		const token = 'jeton-de-session-tres-secret-8f2a';
		const email = 'julie.secret@example.org';
		// A value PostgreSQL cannot read as a uuid: its message quotes the value back.
		const error = await failureOf(
			db().execute(sql`select ${token}::uuid as id, ${email} as email`)
		);
		const { logger, lines } = capturedLog();
		logger.error({ err: error, requestId: 'r-1' }, 'request failed');
		logger.error(error as Error);
		logger.warn({ error, cause: error }, 'again, under other keys');
		const output = lines.join('\n');
		expect(lines).toHaveLength(3);
		expect(output).not.toContain(token);
		expect(output).not.toContain(email);
		expect(output).not.toContain('select');
		expect(output).toContain('22P02');
		const first = JSON.parse(lines[0]!) as { err: { type: string; stack?: string[] }; msg: string };
		expect(first.msg).toBe('request failed');
		expect(first.err.type).toMatch(/Error/);
		for (const frame of first.err.stack ?? []) expect(frame).not.toContain('node_modules');
	});

	it('keeps the constraint a failed write broke, not the row it tried to write', async () => {
		const userId = 'un-identifiant-secret-4411';
		const noticeId = '7d0c6a2e-9b1f-4c3d-8e5f-a1b2c3d4e5f6';
		const write = () => db().insert(noticeDismissal).values({ noticeId, userId });
		const error = await failureOf(write());
		const { logger, lines } = capturedLog();
		logger.error({ err: error }, 'write failed');
		const output = lines.join('\n');
		expect(output).not.toContain(userId);
		expect(output).not.toContain(noticeId);
		expect(output).toContain('23503');
		expect(output).toContain('notice_dismissal_notice_id_notice_id_fk');
		expect(await db().select().from(noticeDismissal)).toEqual([]);
	});
});
