// Typed events on a real database (PGlite and PostgreSQL): subscribers hear an event once its transaction
// commits, never when it rolls back; reactions "within" run in that transaction; payloads are checked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '../db/client.ts';
import { useTestDatabase } from '../db/test-database.ts';
import { systemActor } from './actor.ts';
import {
	databaseTransport,
	EventBus,
	forgetReactions,
	reactWithin,
	type EventPayload
} from './events.ts';
import { notice } from './schema.ts';

const database = useTestDatabase();
let bus: EventBus;
const heard: EventPayload<'organisation.created'>[] = [];
const actor = systemActor('test');

beforeAll(async () => {
	bus = new EventBus(databaseTransport(database()));
	await bus.start();
	bus.subscribe('organisation.created', (payload) => void heard.push(payload));
});
afterAll(async () => {
	await bus.stop();
	forgetReactions();
});

async function eventually(check: () => boolean): Promise<void> {
	for (let waited = 0; waited < 5000 && !check(); waited += 20)
		await new Promise((resolve) => setTimeout(resolve, 20));
}

const organisationId = () => crypto.randomUUID();

describe('an event', () => {
	it('reaches subscribers once its transaction commits, not before', async () => {
		const id = organisationId();
		await db().transaction(async (tx) => {
			await bus.publish('organisation.created', { organisationId: id, demo: false }, tx, actor);
			await new Promise((resolve) => setTimeout(resolve, 100));
			expect(heard.some((event) => event.organisationId === id)).toBe(false);
		});
		await eventually(() => heard.some((event) => event.organisationId === id));
		expect(heard.filter((event) => event.organisationId === id)).toEqual([
			{ organisationId: id, demo: false }
		]);
	});

	it('never reaches them when its transaction rolls back', async () => {
		const rolledBack = organisationId();
		await db()
			.transaction(async (tx) => {
				await bus.publish(
					'organisation.created',
					{ organisationId: rolledBack, demo: false },
					tx,
					actor
				);
				throw new Error('changed my mind');
			})
			.catch(() => {});
		// An event published after it arrives; the rolled-back one never does.
		const after = organisationId();
		await bus.publish('organisation.created', { organisationId: after, demo: true }, db(), actor);
		await eventually(() => heard.some((event) => event.organisationId === after));
		expect(heard.some((event) => event.organisationId === rolledBack)).toBe(false);
	});

	it('published outside a transaction reaches this instance’s subscribers at once, and once', async () => {
		const id = organisationId();
		const published = bus.publish(
			'organisation.created',
			{ organisationId: id, demo: true },
			db(),
			actor
		);
		// Heard before its notification has even left (it is true already)...
		await new Promise((resolve) => setImmediate(resolve));
		expect(heard.filter((event) => event.organisationId === id)).toHaveLength(1);
		await published;
		// ...and not heard again when the database echoes it back: an event committed after it arrives first.
		const after = organisationId();
		await db().transaction((tx) =>
			bus.publish('organisation.created', { organisationId: after, demo: false }, tx, actor)
		);
		await eventually(() => heard.some((event) => event.organisationId === after));
		expect(heard.filter((event) => event.organisationId === id)).toHaveLength(1);
	});

	it('runs the reactions registered within it in the same transaction: if one fails, nothing stays', async () => {
		reactWithin('organisation.created', 'test.notice', async ({ organisationId }, context) => {
			await context.database
				.insert(notice)
				.values({ organisationId, audience: 'coordinator', key: 'notices.dismiss', values: {} });
		});
		const kept = organisationId();
		await db().transaction((tx) =>
			bus.publish('organisation.created', { organisationId: kept, demo: false }, tx, actor)
		);
		expect((await db().select().from(notice)).map((row) => row.organisationId)).toEqual([kept]);
		reactWithin('organisation.created', 'test.failing', async () => {
			throw new Error('a module could not seed');
		});
		const lost = organisationId();
		await expect(
			db().transaction((tx) =>
				bus.publish('organisation.created', { organisationId: lost, demo: false }, tx, actor)
			)
		).rejects.toThrow('a module could not seed');
		expect((await db().select().from(notice)).map((row) => row.organisationId)).toEqual([kept]);
		forgetReactions();
	});

	it('carries only the ids its shape allows', async () => {
		await expect(
			bus.publish(
				'organisation.created',
				{ organisationId: 'not-an-id', demo: false } as never,
				db(),
				actor
			)
		).rejects.toThrow();
		await expect(
			bus.publish(
				'organisation.created',
				{ organisationId: organisationId(), demo: false, name: 'Organisme' } as never,
				db(),
				actor
			)
		).rejects.toThrow();
	});
});
