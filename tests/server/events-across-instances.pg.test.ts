// Typed events across two app instances sharing one PostgreSQL: an event one publishes is heard by both after
// it commits, and a listener whose connection is cut comes back and hears the next ones.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres, type DatabaseHandle } from '../../src/lib/server/db/client.ts';
import { migrate } from '../../src/lib/server/db/migrate.ts';
import { systemActor } from '../../src/lib/server/platform/actor.ts';
import {
	databaseTransport,
	EventBus,
	type EventPayload
} from '../../src/lib/server/platform/events.ts';
import { createScratchDatabase, runOnServer } from '../support/postgres.ts';

type Heard = EventPayload<'organisation.created'>[];
let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
const instances: { handle: DatabaseHandle; bus: EventBus; heard: Heard }[] = [];

beforeAll(async () => {
	scratch = await createScratchDatabase(process.env.TEST_DATABASE_URL!, 'pdn_events');
	for (let index = 0; index < 2; index++) {
		const handle = await openPostgres(scratch.url, 2);
		if (index === 0) await migrate(handle.db);
		const bus = new EventBus(databaseTransport(handle));
		await bus.start();
		const heard: Heard = [];
		bus.subscribe('organisation.created', (payload) => void heard.push(payload));
		instances.push({ handle, bus, heard });
	}
});
afterAll(async () => {
	for (const { handle, bus } of instances) {
		await bus.stop();
		await handle.close();
	}
	await scratch?.drop();
});

async function eventually(check: () => boolean): Promise<boolean> {
	for (let waited = 0; waited < 10_000 && !check(); waited += 25)
		await new Promise((resolve) => setTimeout(resolve, 25));
	return check();
}

describe('events between two instances on one PostgreSQL', () => {
	it('reach both instances once the publishing transaction commits', async () => {
		const [first, second] = instances;
		const organisationId = crypto.randomUUID();
		await first!.handle.db.transaction((tx) =>
			first!.bus.publish(
				'organisation.created',
				{ organisationId, demo: false },
				tx,
				systemActor('test')
			)
		);
		for (const instance of instances)
			expect(
				await eventually(() => instance.heard.some((e) => e.organisationId === organisationId))
			).toBe(true);
		expect(second!.heard.filter((e) => e.organisationId === organisationId)).toHaveLength(1);
	});

	it('carry a burst of live counts, sent in one turn outside a transaction, to the other instance in order', async () => {
		const [first, second] = instances;
		const heard: EventPayload<'live.tally'>[] = [];
		second!.bus.subscribe('live.tally', (payload) => void heard.push(payload));
		const sessionId = crypto.randomUUID();
		await Promise.all(
			Array.from({ length: 50 }, (_, index) =>
				first!.bus.publish(
					'live.tally',
					{
						sessionId,
						target: 'a2.0.',
						shard: 0,
						version: index + 1,
						byHands: false,
						counts: { myth: index + 1 }
					},
					first!.handle.db,
					systemActor('test')
				)
			)
		);
		expect(await eventually(() => heard.length === 50)).toBe(true);
		expect(heard.map((payload) => payload.version)).toEqual(
			Array.from({ length: 50 }, (_, index) => index + 1)
		);
	});

	it('keep reaching an instance whose listening connection was cut', async () => {
		const [first, second] = instances;
		await runOnServer(
			process.env.TEST_DATABASE_URL!,
			`select pg_terminate_backend(pid) from pg_stat_activity
			 where datname = '${scratch.name}' and application_name = 'partir-de-nous-events'`
		);
		// Published until the listeners are back: events sent while nobody listens are lost, by design.
		let organisationId = '';
		const back = await eventually(() => {
			organisationId = crypto.randomUUID();
			void first!.bus.publish(
				'organisation.created',
				{ organisationId, demo: false },
				first!.handle.db,
				systemActor('test')
			);
			return second!.heard.length > 1;
		});
		expect(back).toBe(true);
		const last = crypto.randomUUID();
		await first!.bus.publish(
			'organisation.created',
			{ organisationId: last, demo: true },
			first!.handle.db,
			systemActor('test')
		);
		expect(await eventually(() => second!.heard.some((e) => e.organisationId === last))).toBe(true);
		expect(organisationId).not.toBe('');
	});
});
