// The live streams of this instance: server-sent events for each open control, presenter and participant page.
// Every instance hears the live events (platform/events.ts); for a room with streams here it reads the room once
// and sends each stream its view. Phones and the screen hear only state changes; the counts go to the control
// views, coalesced so a burst of votes makes one update, never each vote to every phone.
import type { ControlView, LiveScreen } from '#lib/domain/live/views.ts';
import type { Locale } from '#lib/i18n/catalogue.ts';
import { events, type EventPayload } from '../platform/events.ts';
import { log } from '../platform/log.ts';
import {
	controlViewOf,
	markSeen,
	participantExtras,
	streamPresence,
	roomSnapshot,
	screenIn,
	summed,
	type RoomSnapshot,
	type StreamAccess,
	type TallyShard
} from './service.ts';

/** A comment line now and then keeps proxies from closing a quiet stream, and says a phone is still there. */
const HEARTBEAT_MS = 15_000;
/** Counts go out at most this often per room: a burst of votes is one update. */
export const TALLY_INTERVAL_MS = 10;
/** A refresh the database could not answer is tried again after this long. */
const REFRESH_RETRY_MS = 1_000;
/** Late-comers told to retry after this long if the stream breaks. */
const RETRY_MS = 1_000;

type Stream = StreamAccess & {
	locale: Locale;
	send: (chunk: string) => void;
	close: () => void;
};

type Room = {
	id: string;
	streams: Set<Stream>;
	/** Each question's shards of counts, by target (in a shard, the newest version wins). */
	tallies: Map<string, Map<number, TallyShard>>;
	/** The question of the moment, from the last snapshot. */
	target: string | null;
	/** Changes heard while a refresh was running: one more refresh follows. */
	pending: Set<EventPayload<'live.changed'>['what']>;
	refreshing: boolean;
	tallyTimer: ReturnType<typeof setTimeout> | null;
	/** Counts heard this turn will leave at its end. */
	tallyQueued: boolean;
	lastTallyAt: number;
	heartbeat: ReturnType<typeof setInterval> | undefined;
};

const rooms = new Map<string, Room>();
let listening: (() => void)[] | null = null;
const encoder = new TextEncoder();

function listen(): void {
	if (listening) return;
	listening = [
		events().subscribe('live.changed', (event) => changed(event)),
		events().subscribe('live.tally', (event) => counted(event))
	];
	process.once('SIGTERM', closeAllStreams);
	process.once('sveltekit:shutdown' as 'exit', closeAllStreams);
}

function roomFor(id: string): Room {
	let room = rooms.get(id);
	if (!room) {
		room = {
			id,
			streams: new Set(),
			tallies: new Map(),
			target: null,
			pending: new Set(),
			refreshing: false,
			tallyTimer: null,
			tallyQueued: false,
			lastTallyAt: 0,
			heartbeat: undefined
		};
		rooms.set(id, room);
	}
	return room;
}

function message(event: string, data: unknown, id?: number): string {
	return `${id === undefined ? '' : `id: ${id}\n`}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

/**
 * Opens a stream for an authorised view: the response to send, which starts with the view as it is now (so a
 * reconnecting page, whatever its Last-Event-ID, never shows a stale state), then its updates.
 */
export function openLiveStream(sessionId: string, access: StreamAccess, locale: Locale): Response {
	listen();
	const room = roomFor(sessionId);
	let stream: Stream | undefined;
	const body = new ReadableStream<Uint8Array>({
		start: async (controller) => {
			let open = true;
			const close = () => {
				if (!open) return;
				open = false;
				room.streams.delete(stream!);
				void streamPresence(access, sessionId, false).catch(() => {});
				if (room.streams.size === 0) forget(room);
				try {
					controller.close();
				} catch {
					// Already closed by the browser.
				}
			};
			stream = {
				...access,
				locale,
				send: (chunk) => {
					if (!open) return;
					try {
						controller.enqueue(encoder.encode(chunk));
					} catch {
						close();
					}
				},
				close
			};
			room.streams.add(stream);
			stream.send(`retry: ${RETRY_MS}\n\n`);
			room.heartbeat ??= setInterval(() => heartbeat(room), HEARTBEAT_MS).unref();
			try {
				await streamPresence(access, sessionId, true);
				await sendViews(room, await roomSnapshot(sessionId), [stream], 'state');
			} catch (error) {
				log.error({ err: error }, 'live stream could not start');
				close();
			}
		},
		cancel: () => stream?.close()
	});
	return new Response(body, {
		headers: {
			'content-type': 'text/event-stream; charset=utf-8',
			'cache-control': 'no-store',
			'x-accel-buffering': 'no'
		}
	});
}

function forget(room: Room): void {
	if (room.tallyTimer) clearTimeout(room.tallyTimer);
	clearInterval(room.heartbeat);
	rooms.delete(room.id);
}

/** Every stream of the room hears it is still open; the phones' pages are marked seen, in one statement. */
function heartbeat(room: Room): void {
	const phones: string[] = [];
	for (const stream of room.streams) {
		stream.send(': still here\n\n');
		if (stream.view === 'participant') phones.push(stream.participantId);
	}
	if (phones.length > 0) void markSeen(room.id, phones).catch(() => {});
}

/** Sends each stream its view of the room: the shared screen is built once per language. */
async function sendViews(
	room: Room,
	snapshot: RoomSnapshot,
	streams: readonly Stream[],
	what: EventPayload<'live.changed'>['what']
): Promise<void> {
	room.target = snapshot.row.state.vote?.target ?? null;
	// What the database holds now replaces what this instance heard (counts cleared or counted by hands).
	if (room.target && what === 'state')
		room.tallies.set(room.target, new Map(snapshot.shards.map((shard) => [shard.shard, shard])));
	const seq = snapshot.row.seq;
	const screens = new Map<Locale, LiveScreen>();
	const screen = (locale: Locale) => {
		if (!screens.has(locale)) screens.set(locale, screenIn(snapshot, locale));
		return screens.get(locale)!;
	};
	const controls = new Map<Locale, ControlView>();
	const phones = streams.filter((stream) => stream.view === 'participant');
	const extras =
		what === 'state' || what === 'posts'
			? await participantExtras(
					snapshot,
					phones.map((stream) => (stream as { participantId: string }).participantId)
				)
			: new Map();
	for (const stream of streams) {
		if (stream.view === 'presenter' && what === 'state')
			stream.send(message('screen', screen(stream.locale), seq));
		else if (stream.view === 'participant' && extras.size > 0)
			stream.send(
				message('screen', { ...screen(stream.locale), ...extras.get(stream.participantId) }, seq)
			);
		else if (stream.view === 'control') {
			// One view per language, like the screens: the room was read once for every stream.
			if (!controls.has(stream.locale))
				controls.set(stream.locale, await controlViewOf(snapshot, stream.locale));
			stream.send(message('control', controls.get(stream.locale), seq));
		}
	}
}

/** A live change heard from any instance: refresh this instance's streams of the room, once per burst. */
function changed(event: EventPayload<'live.changed'>): void {
	const room = rooms.get(event.sessionId);
	if (!room) return;
	room.pending.add(event.what);
	if (!room.refreshing) void refresh(room);
}

async function refresh(room: Room): Promise<void> {
	room.refreshing = true;
	let failed = false;
	while (room.pending.size > 0 && room.streams.size > 0) {
		const heard = new Set(room.pending);
		const what = heard.has('state') ? 'state' : heard.has('posts') ? 'posts' : 'people';
		const whom = heard.has('state') || heard.has('posts') ? 'all' : 'control';
		room.pending.clear();
		try {
			const snapshot = await roomSnapshot(room.id);
			const streams = [...room.streams].filter(
				(stream) => whom === 'all' || stream.view === 'control'
			);
			await sendViews(room, snapshot, streams, what);
		} catch (error) {
			// The database is busy or away for a moment: the change is kept and tried again shortly, so no
			// view stays behind.
			log.error({ err: error }, 'live streams could not be refreshed');
			for (const item of heard) room.pending.add(item);
			failed = true;
			break;
		}
	}
	room.refreshing = false;
	if (failed)
		setTimeout(() => {
			if (!room.refreshing && rooms.get(room.id) === room) void refresh(room);
		}, REFRESH_RETRY_MS).unref();
}

/** Keeps a shard's news if it is newer than what is known; a count by hands replaces every shard. */
function keepShard(room: Room, event: EventPayload<'live.tally'>): boolean {
	const shards = room.tallies.get(event.target) ?? new Map<number, TallyShard>();
	const known = shards.get(event.shard);
	if (!event.byHands && known && known.version >= event.version) return false;
	if (event.byHands) shards.clear();
	shards.set(event.shard, {
		shard: event.shard,
		version: event.version,
		counts: event.counts,
		byHands: event.byHands
	});
	room.tallies.set(event.target, shards);
	return true;
}

/**
 * New counts heard from any instance: to the control views, coalesced. Counts heard in the same turn (the shards
 * one statement counted) leave together at the end of it, right away if the room's last update is old enough,
 * else when it is.
 */
function counted(event: EventPayload<'live.tally'>): void {
	const room = rooms.get(event.sessionId);
	if (!room) return;
	if (!keepShard(room, event)) return;
	if (room.tallyTimer || room.tallyQueued) return;
	const wait = room.lastTallyAt + TALLY_INTERVAL_MS - Date.now();
	if (wait > 0) room.tallyTimer = setTimeout(() => sendTally(room), wait);
	else {
		room.tallyQueued = true;
		queueMicrotask(() => sendTally(room));
	}
}

function sendTally(room: Room): void {
	room.tallyTimer = null;
	room.tallyQueued = false;
	room.lastTallyAt = Date.now();
	if (!room.target) return;
	const tally = summed(room.target, [...(room.tallies.get(room.target)?.values() ?? [])]);
	if (!tally) return;
	// Only the control view: the screen shows results from its own state once revealed (when votes are
	// closed), and phones never need the counts.
	const chunk = message('tally', tally);
	for (const stream of room.streams) if (stream.view === 'control') stream.send(chunk);
}

/** Ends every stream cleanly (the process is stopping): browsers reconnect to another instance. */
export function closeAllStreams(): void {
	for (const room of rooms.values()) for (const stream of room.streams) stream.close();
	rooms.clear();
}

/** How many streams this instance holds (for the benchmarks and the tests). */
export function openStreamCount(): number {
	let total = 0;
	for (const room of rooms.values()) total += room.streams.size;
	return total;
}
