// Typed events between modules: small messages carrying ids, published inside the transaction that makes them
// true. Reactions registered "within" run in that transaction (a new organisation's starter content); subscribers
// hear the event on every app instance once it commits (live sessions), through PostgreSQL LISTEN/NOTIFY or
// PGlite's own. A broker (NATS, Redis) can replace the transport behind `EventTransport` without touching modules.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { DatabaseHandle, Executor } from '../db/client.ts';
import type { Actor } from './actor.ts';
import { log } from './log.ts';

/**
 * Every event of the platform and what it carries: ids and small values, never documents or text a person
 * wrote (an event is a hint to read the database, which holds the truth and checks who may see it).
 */
export const EVENTS = {
	'organisation.created': z.object({ organisationId: z.uuid(), demo: z.boolean() }).strict(),
	/** Sessions ended (a hash of one session's cookie, or every session of an account): no instance reuses them. */
	'identity.sessions_ended': z
		.object({
			key: z
				.string()
				.regex(/^[0-9a-f]{64}$/)
				.optional(),
			userId: z.string().max(64).optional()
		})
		.strict(),
	/**
	 * A live session changed: `what` says who must look again (phones only hear `state`: the activity moved,
	 * a result was revealed; the control view also hears posts, signals and who is here).
	 */
	'live.changed': z
		.object({
			sessionId: z.uuid(),
			seq: z.number().int(),
			what: z.enum(['state', 'posts', 'signals', 'people'])
		})
		.strict(),
	/**
	 * One shard of a question's counts changed (small counters, never who voted); `version` orders a shard's
	 * news. A count by hands replaces every shard (`byHands`).
	 */
	'live.tally': z
		.object({
			sessionId: z.uuid(),
			target: z.string().max(80),
			shard: z.number().int().min(0).max(63),
			version: z.number().int(),
			/** Counted from a show of hands rather than from phones. */
			byHands: z.boolean(),
			counts: z
				.record(z.string().max(12), z.number().int().min(0))
				.refine((counts) => Object.keys(counts).length <= 8)
		})
		.strict()
} as const;

export type EventName = keyof typeof EVENTS;
export type EventPayload<N extends EventName> = z.infer<(typeof EVENTS)[N]>;

/** The one channel every instance listens on. */
export const EVENT_CHANNEL = 'pdn_events';
/** NOTIFY refuses payloads of 8000 bytes and more; ours are ids, far below. */
const MAX_PAYLOAD_BYTES = 7000;

type Within<N extends EventName> = (
	event: EventPayload<N>,
	context: { database: Executor; actor: Actor }
) => Promise<void>;

const withinReactions = new Map<EventName, { name: string; react: Within<never> }[]>();

/**
 * Registers what a module does, in the same transaction, when `event` happens (its seed for a new
 * organisation, say). `name` makes registering twice harmless.
 */
export function reactWithin<N extends EventName>(event: N, name: string, react: Within<N>): void {
	const list = withinReactions.get(event) ?? [];
	if (list.some((entry) => entry.name === name)) return;
	list.push({ name, react: react as Within<never> });
	withinReactions.set(event, list);
}

/** WARNING: for tests only — forgets every reaction, so that a test file registers just what it needs. */
export function forgetReactions(): void {
	withinReactions.clear();
}

/** How published events travel between instances. */
export interface EventTransport {
	/** Sends the message as part of `database`'s transaction: it is delivered if and when that commits. */
	send(message: string, database: Executor): Promise<void>;
	/**
	 * The channel a database statement can send messages on itself (`pg_notify`), delivered when it commits;
	 * undefined for a transport that is not the database (a broker).
	 */
	readonly statementChannel?: string;
	/** Whether `database` is outside any transaction: what is sent with it is true already. */
	outsideTransaction(database: Executor): boolean;
	/** Hears every message, from any instance; returns a function that stops listening. */
	receive(onMessage: (message: string) => void): Promise<() => Promise<void>>;
}

/** At most this many notifications in one statement. */
const MAX_BATCH = 500;

type Batch = { messages: string[]; sent: Promise<void>; done: (error?: unknown) => void };

/**
 * LISTEN/NOTIFY on the database itself (PostgreSQL, or PGlite in process). Messages sent outside a transaction
 * leave one statement at a time, in order: those sent while one is in the database (a burst of votes) wait and
 * leave together in the next, so a burst costs a few round trips and commits, not one each.
 */
export function databaseTransport(handle: DatabaseHandle): EventTransport {
	const queue: Batch[] = [];
	let busy = false;
	const next = () => {
		const batch = busy ? undefined : queue.shift();
		if (!batch) return;
		busy = true;
		const calls = sql.join(
			batch.messages.map((item) => sql`pg_notify(${EVENT_CHANNEL}, ${item})`),
			sql`, `
		);
		handle.db.execute(sql`select ${calls}`).then(
			() => batch.done(),
			(error: unknown) => batch.done(error)
		);
	};
	const batchFor = (): Batch => {
		const last = queue.at(-1);
		if (last && last.messages.length < MAX_BATCH) return last;
		let done: Batch['done'] = () => {};
		const sent = new Promise<void>((resolve, reject) => {
			done = (error) => {
				busy = false;
				next();
				if (error === undefined) resolve();
				else reject(error);
			};
		});
		const batch: Batch = { messages: [], sent, done };
		queue.push(batch);
		// The messages of this turn go together; after it, the first batch waiting leaves.
		setImmediate(next);
		return batch;
	};
	return {
		send: async (message, database) => {
			// Within a transaction it must go with that transaction (delivered only if it commits).
			if (database !== handle.db) {
				await database.execute(sql`select pg_notify(${EVENT_CHANNEL}, ${message})`);
				return;
			}
			const batch = batchFor();
			batch.messages.push(message);
			return batch.sent;
		},
		outsideTransaction: (database) => database === handle.db,
		receive: (onMessage) => handle.listen(EVENT_CHANNEL, onMessage),
		statementChannel: EVENT_CHANNEL
	};
}

type Subscriber = (payload: never) => void | Promise<void>;

/** Publishing and subscribing for one app instance. */
export class EventBus {
	readonly #transport: EventTransport;
	readonly #subscribers = new Map<EventName, Set<Subscriber>>();
	#stop: (() => Promise<void>) | undefined;
	/** Marks the messages this instance has heard already (published outside a transaction), to skip their echo. */
	readonly #origin = randomUUID();
	readonly #echo = `{"origin":"${this.#origin}"`;

	constructor(transport: EventTransport) {
		this.#transport = transport;
	}

	/** Starts hearing events from every instance. */
	async start(): Promise<void> {
		this.#stop ??= await this.#transport.receive((message) => this.#deliver(message));
	}

	async stop(): Promise<void> {
		await this.#stop?.();
		this.#stop = undefined;
	}

	/**
	 * Publishes `event` within `database`'s transaction: the "within" reactions run now, in it, and
	 * subscribers on every instance hear it after it commits (never if it rolls back). Outside a transaction it
	 * is true already: this instance's subscribers hear it at once, the others' when it reaches them.
	 */
	async publish<N extends EventName>(
		event: N,
		payload: EventPayload<N>,
		database: Executor,
		actor: Actor
	): Promise<void> {
		const checked = EVENTS[event].parse(payload) as EventPayload<N>;
		for (const { react } of withinReactions.get(event) ?? [])
			await (react as Within<N>)(checked, { database, actor });
		const committed = this.#transport.outsideTransaction(database);
		const message = JSON.stringify(
			committed ? { origin: this.#origin, event, payload: checked } : { event, payload: checked }
		);
		if (Buffer.byteLength(message) > MAX_PAYLOAD_BYTES)
			throw new Error('An event carries ids only.');
		if (committed) this.#hear(event, checked);
		await this.#transport.send(message, database);
	}

	/**
	 * For events a database statement works out itself (a batch of votes counts them): how that statement sends
	 * each one with no statement of its own, `pg_notify(channel, prefix || payload || '}')`, delivered to the
	 * other instances when it commits; once it has, `sentByStatement` tells this instance's subscribers.
	 * Undefined when the transport is not the database: publish them after the statement instead.
	 */
	statementEnvelope(event: EventName): { channel: string; prefix: string } | undefined {
		const channel = this.#transport.statementChannel;
		if (!channel) return undefined;
		return { channel, prefix: `${this.#echo},"event":${JSON.stringify(event)},"payload":` };
	}

	/** Events a committed statement sent itself (`statementEnvelope`): this instance's subscribers hear them now. */
	sentByStatement<N extends EventName>(event: N, payload: EventPayload<N>): void {
		this.#hear(event, EVENTS[event].parse(payload));
	}

	/** Calls `handler` for every `event` that commits, on any instance. Returns a function to unsubscribe. */
	subscribe<N extends EventName>(
		event: N,
		handler: (payload: EventPayload<N>) => void | Promise<void>
	): () => void {
		const set = this.#subscribers.get(event) ?? new Set();
		set.add(handler as Subscriber);
		this.#subscribers.set(event, set);
		return () => set.delete(handler as Subscriber);
	}

	#deliver(message: string): void {
		if (message.startsWith(this.#echo)) return;
		let parsed: { event: EventName; payload: unknown };
		try {
			parsed = JSON.parse(message) as typeof parsed;
		} catch {
			return;
		}
		const shape = EVENTS[parsed.event];
		const payload = shape?.safeParse(parsed.payload);
		if (payload?.success) this.#hear(parsed.event, payload.data);
	}

	#hear(event: EventName, payload: unknown): void {
		for (const handler of this.#subscribers.get(event) ?? []) {
			// One subscriber's failure never stops the others, nor the instance.
			void Promise.resolve()
				.then(() => (handler as (payload: unknown) => unknown)(payload))
				.catch((error: unknown) => log.error({ err: error, event }, 'event subscriber failed'));
		}
	}
}

let current: EventBus | undefined;

/** Makes `bus` this process's bus (at start-up, or per test file). */
export function installEvents(bus: EventBus | undefined): void {
	current = bus;
}

/** This process's event bus. */
export function events(): EventBus {
	if (!current) throw new Error('The event bus is not started yet.');
	return current;
}
