// The live benchmarks' shared run: app instances on a scratch PostgreSQL database, rooms of real participants
// (accounts made from printed cards, signed in through the real form), each holding the participant stream a
// phone holds; the facilitator's control stream of each room; votes on the cards through the real endpoint.
// It measures the time from sending a vote to the control stream's first counts that include it, and compares
// with the floor (bench/support/floor-server.ts) under the same load in the same run. Each run starts with one
// warm-up card whose times are reported apart (`warmup_p99_ms`, `floor_warmup_p99_ms`). With BENCH_TRACE=<file>,
// each vote's sending time (ms since the epoch), latency, room and card go to that file, one line each, to line
// the figures up with traces taken in the app (BENCH_APP_NODE_OPTIONS).
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import process from 'node:process';
import pg from 'pg';
import { freePort } from '../../scripts/free-port.ts';
import { totp } from '../../tests/support/totp.ts';

const root = path.resolve(import.meta.dirname, '../..');

export type LiveBenchOptions = {
	rooms: number;
	perRoom: number;
	/** App instances on one database; with two, phones alternate and the control streams are on the second. */
	instances: 1 | 2;
	cards: number;
	votesPerSecond: number;
	/** How long the room reads a card, once every phone shows it, before the first vote leaves. */
	readingMs: number;
};

export type LiveFigures = {
	connections: number;
	held: number;
	votes_per_s: number;
	p50_ms: number;
	p99_ms: number;
	lost: number;
	double_counted: number;
	errors: number;
	/** Each room's counts sent to its control view per second while it voted. */
	tally_updates_per_room_s: number;
	/** The p99 of the warm-up card, voted before the measured ones (Node and PostgreSQL still cold). */
	warmup_p99_ms: number;
};

const log = (line: string) => process.stderr.write(`${line}\n`);

// ------------------------------------------------------------------------------------------------------------
// HTTP with a keep-alive pool, cookies and a client address per person

const posts = new http.Agent({ keepAlive: true, maxSockets: 128 });
const streams = new http.Agent({ keepAlive: false, maxSockets: Infinity });

type Person = { cookies: Map<string, string>; address: string };
const person = (address: string): Person => ({ cookies: new Map(), address });

function cookieHeader(who: Person): string {
	return [...who.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
}

type Answer = { status: number; location: string; body: string };

function request(
	base: string,
	who: Person,
	method: 'GET' | 'POST',
	address: string,
	body?: { form?: Record<string, string>; json?: unknown }
): Promise<Answer> {
	const payload = body?.json
		? JSON.stringify(body.json)
		: body?.form
			? new URLSearchParams(body.form).toString()
			: undefined;
	const url = new URL(address, base);
	return new Promise((resolve, reject) => {
		const req = http.request(
			url,
			{
				method,
				agent: posts,
				headers: {
					accept: 'text/html',
					origin: base,
					'x-forwarded-for': who.address,
					cookie: cookieHeader(who),
					...(payload
						? {
								'content-type': body?.json
									? 'application/json'
									: 'application/x-www-form-urlencoded',
								'content-length': Buffer.byteLength(payload)
							}
						: {})
				}
			},
			(res) => {
				for (const line of res.headers['set-cookie'] ?? []) {
					const [pair = ''] = line.split(';');
					const at = pair.indexOf('=');
					if (at > 0 && at < pair.length - 1)
						who.cookies.set(pair.slice(0, at), pair.slice(at + 1));
				}
				let text = '';
				res.setEncoding('utf8');
				res.on('data', (chunk: string) => (text += chunk));
				res.on('end', () =>
					resolve({ status: res.statusCode ?? 0, location: res.headers.location ?? '', body: text })
				);
			}
		);
		req.on('error', reject);
		// Headers and body in one write, without waiting on Nagle's algorithm.
		req.setNoDelay(true);
		req.end(payload);
	});
}

/** A server-sent event stream: calls `onEvent` for each event; `close` ends it. */
type Stream = { open: boolean; close(): void };

function openStream(
	url: string,
	headers: Record<string, string>,
	onEvent: (event: string, data: string) => void
): Promise<Stream> {
	return new Promise((resolve, reject) => {
		const req = http.get(url, { agent: streams, headers }, (res) => {
			if (res.statusCode !== 200) {
				reject(new Error(`stream ${url} answered ${res.statusCode}`));
				res.resume();
				return;
			}
			const stream: Stream = { open: true, close: () => req.destroy() };
			res.on('close', () => (stream.open = false));
			let buffer = '';
			res.setEncoding('utf8');
			res.on('data', (chunk: string) => {
				buffer += chunk;
				let end: number;
				while ((end = buffer.indexOf('\n\n')) >= 0) {
					const block = buffer.slice(0, end);
					buffer = buffer.slice(end + 2);
					let event = 'message';
					let data = '';
					for (const line of block.split('\n')) {
						if (line.startsWith('event: ')) event = line.slice(7);
						else if (line.startsWith('data: ')) data += line.slice(6);
					}
					if (data) onEvent(event, data);
				}
			});
			resolve(stream);
		});
		req.on('error', reject);
	});
}

// ------------------------------------------------------------------------------------------------------------
// The measurement, the same for the app and for the floor

type Target = {
	/** The stream URL and headers of a room's control view and of one participant's phone. */
	control(room: number): { url: string; headers: Record<string, string> };
	phone(room: number, seat: number): { url: string; headers: Record<string, string> };
	/** Sends one vote; resolves with the HTTP status. */
	vote(room: number, seat: number, target: string, choice: string): Promise<number>;
	/** Moves every room to card `card` and resolves with each room's question target. */
	moveTo(card: number, phones: PhoneState[][]): Promise<string[]>;
};

type PhoneState = { stream: Stream; target: string | null; screens: number };

type Pending = { index: number; sentAt: number; resolve: (ms: number) => void };

export async function measure(target: Target, options: LiveBenchOptions): Promise<LiveFigures> {
	const { rooms, perRoom, cards } = options;
	const phones: PhoneState[][] = [];
	const finals: Map<string, number>[] = [];
	const pending: Map<string, Pending[]>[] = [];
	const tallyEvents: number[] = Array.from({ length: rooms }, () => 0);
	const controls: Stream[] = [];
	for (let room = 0; room < rooms; room++) {
		finals.push(new Map());
		pending.push(new Map());
		const { url, headers } = target.control(room);
		controls.push(
			await openStream(url, headers, (event, data) => {
				if (event !== 'tally') return;
				const now = performance.now();
				const tally = JSON.parse(data) as { target: string; total: number };
				tallyEvents[room]!++;
				finals[room]!.set(
					tally.target,
					Math.max(finals[room]!.get(tally.target) ?? 0, tally.total)
				);
				const waiting = pending[room]!.get(tally.target) ?? [];
				while (waiting.length > 0 && waiting[0]!.index < tally.total) {
					const first = waiting.shift()!;
					first.resolve(now - first.sentAt);
				}
			})
		);
	}
	log(`control streams open: ${rooms}`);
	for (let room = 0; room < rooms; room++) {
		const seats: PhoneState[] = [];
		const opening: Promise<void>[] = [];
		for (let seat = 0; seat < perRoom; seat++) {
			const { url, headers } = target.phone(room, seat);
			const state = { target: null, screens: 0 } as unknown as PhoneState;
			opening.push(
				openStream(url, headers, (event, data) => {
					if (event !== 'screen') return;
					state.screens++;
					state.target =
						(JSON.parse(data) as { question: { target: string } | null }).question?.target ?? null;
				}).then((stream) => {
					state.stream = stream;
				})
			);
			seats.push(state);
		}
		await Promise.all(opening);
		phones.push(seats);
	}
	const connections = rooms * perRoom + rooms;
	log(`participant streams open: ${rooms * perRoom}`);
	await new Promise((resolve) => setTimeout(resolve, 3000));

	const latencies: number[] = [];
	const warmUpLatencies: number[] = [];
	const traceLines: string[] = [];
	const answered: number[] = [];
	let errors = 0;
	let acknowledged = 0;
	let sent = 0;
	let measuredVotes = 0;
	let measuredUpdates = 0;
	let votingMs = 0;
	let lost = 0;
	let doubled = 0;
	// Card 0 warms up: every room votes on it, checked for lost and double votes like the others, but its times
	// are kept apart (warmup_p99_ms), so that neither Node's compilers nor PostgreSQL's caches are measured cold,
	// on the floor as on the app. The measured cards follow.
	for (let card = 0; card <= cards; card++) {
		const warmingUp = card === 0;
		const kept = warmingUp ? warmUpLatencies : latencies;
		const targets = await target.moveTo(card, phones);
		await new Promise((resolve) => setTimeout(resolve, options.readingMs));
		const order: [number, number][] = [];
		for (let room = 0; room < rooms; room++)
			for (let seat = 0; seat < perRoom; seat++) order.push([room, seat]);
		order.sort(() => Math.random() - 0.5);
		const sentPerRoom = Array.from({ length: rooms }, () => 0);
		const voted: Set<string>[] = Array.from({ length: rooms }, () => new Set());
		const work: Promise<void>[] = [];
		const started = performance.now();
		const before = kept.length;
		const tallyBefore = tallyEvents.reduce((a, b) => a + b, 0);
		for (let index = 0; index < order.length; index++) {
			// Paced: vote `index` leaves at index / rate seconds.
			const due = started + (index * 1000) / options.votesPerSecond;
			const wait = due - performance.now();
			if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
			const [room, seat] = order[index]!;
			const choice = ['myth', 'reality', 'pass'][seat % 3]!;
			const roomTarget = targets[room]!;
			const position = sentPerRoom[room]!++;
			const list = pending[room]!.get(roomTarget) ?? [];
			pending[room]!.set(roomTarget, list);
			const counted = new Promise<number>((resolve) =>
				list.push({ index: position, sentAt: performance.now(), resolve })
			);
			sent++;
			if (!warmingUp) measuredVotes++;
			const sentAt = performance.now();
			let answeredMs = -1;
			const send = target.vote(room, seat, roomTarget, choice).then((status) => {
				answeredMs = performance.now() - sentAt;
				if (!warmingUp) answered.push(answeredMs);
				if (status === 200 || status === 204) {
					acknowledged++;
					voted[room]!.add(`${seat}`);
				} else errors++;
			});
			// One vote in twenty is sent twice at once (a double tap): it must count once.
			const twice =
				index % 20 === 0
					? target.vote(room, seat, roomTarget, choice).then((status) => {
							if (status !== 200 && status !== 204) errors++;
						})
					: Promise.resolve();
			work.push(
				Promise.all([send, twice]).then(async () => {
					const ms = await Promise.race([
						counted,
						new Promise<number>((resolve) => setTimeout(() => resolve(-1), 15_000))
					]);
					if (ms >= 0) kept.push(ms);
					if (process.env.BENCH_TRACE)
						traceLines.push(
							`${(performance.timeOrigin + sentAt).toFixed(1)} ${ms.toFixed(1)} ${room} ${card} ${answeredMs.toFixed(1)}`
						);
				})
			);
		}
		await Promise.all(work);
		if (!warmingUp) votingMs += performance.now() - started;
		const ofCard = kept.slice(before).sort((a, b) => a - b);
		const cardP99 = ofCard[Math.floor(ofCard.length * 0.99)] ?? -1;
		await new Promise((resolve) => setTimeout(resolve, 200));
		for (let room = 0; room < rooms; room++) {
			const total = finals[room]!.get(targets[room]!) ?? 0;
			const distinct = voted[room]!.size;
			if (total < distinct) lost += distinct - total;
			if (total > distinct) doubled += total - distinct;
		}
		const updates = tallyEvents.reduce((a, b) => a + b, 0) - tallyBefore;
		if (!warmingUp) measuredUpdates += updates;
		log(
			`${warmingUp ? 'warm-up card' : `card ${card}/${cards}`}: ${order.length} votes in ${Math.round(performance.now() - started)} ms, ${updates} count updates, p99 ${Math.round(cardP99)} ms`
		);
	}
	const held =
		controls.filter((stream) => stream.open).length +
		phones.flat().filter((phone) => phone.stream.open).length;
	for (const stream of [...controls, ...phones.flat().map((phone) => phone.stream)]) stream.close();
	if (process.env.BENCH_TRACE)
		fs.writeFileSync(process.env.BENCH_TRACE, traceLines.join('\n') + '\n');
	latencies.sort((a, b) => a - b);
	answered.sort((a, b) => a - b);
	log(
		`vote answered: p50 ${Math.round(answered[Math.floor(answered.length / 2)] ?? -1)} ms, p99 ${Math.round(answered[Math.floor(answered.length * 0.99)] ?? -1)} ms`
	);
	const at = (share: number) =>
		latencies.length === 0
			? -1
			: latencies[Math.min(latencies.length - 1, Math.floor(share * latencies.length))]!;
	const round = (value: number) => Math.round(value * 10) / 10;
	return {
		connections,
		held,
		votes_per_s: Math.round((measuredVotes / votingMs) * 1000),
		p50_ms: round(at(0.5)),
		p99_ms: round(at(0.99)),
		lost: lost + (sent - acknowledged - errors),
		double_counted: doubled,
		errors,
		tally_updates_per_room_s: round(measuredUpdates / rooms / (votingMs / 1000)),
		warmup_p99_ms: round(
			warmUpLatencies.sort((a, b) => a - b)[Math.floor(warmUpLatencies.length * 0.99)] ?? -1
		)
	};
}

// ------------------------------------------------------------------------------------------------------------
// The floor

export async function floorTarget(
	options: LiveBenchOptions
): Promise<{ target: Target; stop(): void }> {
	const child = spawn(process.execPath, [path.join(root, 'bench/support/floor-server.ts')], {
		stdio: ['ignore', 'pipe', 'inherit']
	});
	const port = await new Promise<number>((resolve) =>
		child.stdout!.once('data', (chunk: Buffer) => resolve(Number(chunk.toString().trim())))
	);
	const base = `http://127.0.0.1:${port}`;
	const nobody = person('127.0.0.1');
	return {
		stop: () => child.kill('SIGTERM'),
		target: {
			control: (room) => ({ url: `${base}/events?view=control&room=${room}`, headers: {} }),
			phone: (room) => ({ url: `${base}/events?view=participant&room=${room}`, headers: {} }),
			vote: async (room, seat, target, choice) =>
				(
					await request(base, nobody, 'POST', `/vote?room=${room}`, {
						json: { target, voter: `${seat}`, choice }
					})
				).status,
			moveTo: async (card) => Array.from({ length: options.rooms }, () => `card-${card}`)
		}
	};
}

// ------------------------------------------------------------------------------------------------------------
// The app on PostgreSQL

type Instance = { url: string; child: ChildProcess; stdout: () => string };

async function startInstance(databaseUrl: string): Promise<Instance> {
	const port = await freePort();
	let stdout = '';
	const child = spawn(
		process.execPath,
		[
			...(process.env.BENCH_APP_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
			path.join(root, 'scripts/start.ts')
		],
		{
			cwd: root,
			env: {
				PATH: process.env.PATH ?? '',
				HOME: process.env.HOME ?? '',
				PORT: String(port),
				HOST: '127.0.0.1',
				DATABASE_URL: databaseUrl,
				DATABASE_POOL_SIZE: '20',
				// As behind a proxy: each simulated phone has its own address (the sign-in limits count per address).
				ADDRESS_HEADER: 'x-forwarded-for',
				LOG_LEVEL: process.env.BENCH_APP_LOG_LEVEL ?? 'warn',
				// To profile the app under load: BENCH_APP_NODE_OPTIONS=--cpu-prof (profiles land in the project
				// folder); flags NODE_OPTIONS refuses (--trace-gc-nvp) go in BENCH_APP_NODE_ARGS.
				...(process.env.BENCH_APP_NODE_OPTIONS
					? { NODE_OPTIONS: process.env.BENCH_APP_NODE_OPTIONS }
					: {})
			},
			stdio: ['ignore', 'pipe', 'inherit']
		}
	);
	child.stdout!.on('data', (chunk: Buffer) => {
		stdout += chunk.toString();
		if (process.env.BENCH_APP_LOG_LEVEL) process.stderr.write(chunk);
	});
	const url = `http://127.0.0.1:${port}`;
	const deadline = Date.now() + 300_000;
	for (;;) {
		const ready = await fetch(`${url}/readyz`, {
			headers: { 'x-forwarded-for': '127.0.0.1' }
		}).then(
			(response) => response.ok,
			() => false
		);
		if (ready) break;
		if (Date.now() > deadline || child.exitCode !== null) throw new Error('the app did not start');
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	return { url, child, stdout: () => stdout };
}

const ANIMALS = [
	'Renard',
	'Loutre',
	'Hibou',
	'Panda',
	'Lynx',
	'Castor',
	'Héron',
	'Orque',
	'Koala',
	'Zèbre'
];

/** Pseudonyms for room `room`: an animal and two numbers, distinct in the group ("Renard 3-12"). */
function pseudonyms(room: number, count: number): string[] {
	return Array.from(
		{ length: count },
		(_, seat) => `${ANIMALS[seat % ANIMALS.length]} ${room + 1}-${seat + 1}`
	);
}

export async function appTarget(
	options: LiveBenchOptions
): Promise<{ target: Target; stop(): Promise<void> }> {
	const serverUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
	const name = `pdn_bench_live_${process.pid}`;
	const admin = new pg.Client({ connectionString: serverUrl });
	await admin.connect();
	await admin.query(`create database ${name}`);
	await admin.end();
	const databaseUrl = (() => {
		const parsed = new URL(serverUrl);
		parsed.pathname = `/${name}`;
		return parsed.toString();
	})();
	const instances: Instance[] = [await startInstance(databaseUrl)];
	if (options.instances === 2) instances.push(await startInstance(databaseUrl));
	const [first] = instances;
	const base = first!.url;
	log(`app instances ready: ${instances.map((instance) => instance.url).join(', ')}`);

	// The administrator, as the first start asks, with a second factor; she joins the demo organisation as
	// its coordinator, and runs every room.
	const adult = person('10.0.0.1');
	const link = new URL(first!.stdout().match(/https?:\/\/\S+\/setup\/[A-Za-z0-9_-]{43}/)![0]);
	const password = 'une phrase assez longue pour le banc';
	await request(base, adult, 'POST', link.pathname, {
		form: { name: 'Banc d’essai', email: 'banc@example.org', password }
	});
	const started = await request(base, adult, 'POST', '/account/two-factor?/start', {
		form: { password }
	});
	const secret = started.body.match(/class="secret"[^>]*>([A-Z2-7]+)</)![1]!;
	const confirmed = await request(base, adult, 'POST', '/account/two-factor?/confirm', {
		form: { code: totp(secret) }
	});
	if (confirmed.status !== 303) throw new Error('the second factor was refused');
	const organisation = (await request(base, adult, 'GET', '/admin')).body.match(
		/\/organisations\/([0-9a-f-]{36})/
	)![1]!;
	await request(base, adult, 'POST', '/admin?/joinDemo', {
		form: { organisationId: organisation }
	});

	const database = new pg.Client({ connectionString: databaseUrl });
	await database.connect();
	const sessions: string[] = [];
	const people: Person[][] = [];
	let address = 0;
	for (let room = 0; room < options.rooms; room++) {
		const created = await request(
			base,
			adult,
			'POST',
			`/organisations/${organisation}/groups?/create`,
			{
				form: { name: `Salle ${room + 1}`, expiresInDays: '' }
			}
		);
		const group = created.location.split('/').pop()!;
		// A province-wide room holds more than a group usually may (200): the benchmark raises its limit.
		if (options.perRoom > 40)
			await database.query('update youth_group set max_participants = $1 where id = $2', [
				options.perRoom,
				group
			]);
		const cards: { pseudonym: string; code: string; passphrase: string }[] = [];
		const names = pseudonyms(room, options.perRoom);
		for (let from = 0; from < names.length; from += 30) {
			const sheet = await request(base, adult, 'POST', `/groups/${group}?/add`, {
				form: { pseudonyms: names.slice(from, from + 30).join('\n') }
			});
			for (const [, pseudonym, code, passphrase] of sheet.body.matchAll(
				/<dd>([^<]+)<\/dd>\s*<dt>[^<]*<\/dt>\s*<dd><code>([^<]+)<\/code><\/dd>\s*<dt>[^<]*<\/dt>\s*<dd class="card-passphrase">([^<]+)<\/dd>/g
			))
				cards.push({ pseudonym: pseudonym!, code: code!, passphrase: passphrase! });
		}
		if (cards.length !== options.perRoom)
			throw new Error(`room ${room}: ${cards.length} cards made of ${options.perRoom}`);
		const form = (await request(base, adult, 'GET', `/live/new?group=${group}`)).body;
		const workshop = [
			...form.matchAll(/<option value="([0-9a-f-]{36}:\d+:w5-[A-Za-z0-9_-]+)"/g)
		][0]![1]!;
		const session = await request(base, adult, 'POST', '/live/new', {
			form: { groupId: group, workshop }
		});
		const sessionId = session.location.split('/')[2]!;
		// The cards are the workshop's third activity (no content warning of their own).
		await request(base, adult, 'POST', `/live/${sessionId}/control?/move`, {
			form: { action: 'jump', activity: '2' }
		});
		sessions.push(sessionId);
		// Each teen signs in with her card, through the real form, then joins with one tap.
		const seats: Person[] = [];
		for (let from = 0; from < cards.length; from += 8)
			seats.push(
				...(await Promise.all(
					cards.slice(from, from + 8).map(async (card) => {
						address++;
						const teen = person(
							`10.${(address >> 16) & 255}.${(address >> 8) & 255}.${address & 255}`
						);
						const signedIn = await request(base, teen, 'POST', '/sign-in/group', {
							form: { code: card.code, pseudonym: card.pseudonym, passphrase: card.passphrase }
						});
						if (signedIn.status !== 303) throw new Error(`sign-in answered ${signedIn.status}`);
						await request(base, teen, 'POST', `/live/${sessionId}?/join`, { form: {} });
						return teen;
					})
				))
			);
		people.push(seats);
		log(`room ${room + 1}/${options.rooms} ready (${seats.length} signed in)`);
	}
	await database.end();

	const instanceFor = (seat: number) => instances[seat % instances.length]!.url;
	const controlInstance = instances[instances.length - 1]!.url;
	const headersOf = (who: Person) => ({
		cookie: cookieHeader(who),
		'x-forwarded-for': who.address
	});
	return {
		stop: async () => {
			for (const instance of instances) instance.child.kill('SIGTERM');
			await Promise.all(
				instances.map((instance) => new Promise((resolve) => instance.child.once('exit', resolve)))
			);
			const cleanup = new pg.Client({ connectionString: serverUrl });
			await cleanup.connect();
			await cleanup.query(`drop database if exists ${name} with (force)`);
			await cleanup.end();
		},
		target: {
			control: (room) => ({
				url: `${controlInstance}/live/${sessions[room]}/events?view=control`,
				headers: headersOf(adult)
			}),
			phone: (room, seat) => ({
				url: `${instanceFor(seat)}/live/${sessions[room]}/events?view=participant`,
				headers: headersOf(people[room]![seat]!)
			}),
			vote: async (room, seat, target, choice) =>
				(
					await request(
						instanceFor(seat),
						people[room]![seat]!,
						'POST',
						`/live/${sessions[room]}/vote`,
						{
							json: { target, choice }
						}
					)
				).status,
			moveTo: async (card, phones) => {
				if (card > 0)
					await Promise.all(
						sessions.map((session) =>
							request(base, adult, 'POST', `/live/${session}/control?/move`, {
								form: { action: 'next' }
							})
						)
					);
				// Every phone shows the new card before anyone answers, as in a room.
				const deadline = Date.now() + 30_000;
				for (;;) {
					const targets = phones.map((seats) => seats[0]!.target);
					const ready = phones.every((seats) =>
						seats.every(
							(seat) =>
								seat.target !== null &&
								seat.target === seats[0]!.target &&
								seat.target.endsWith(`.${card}.`)
						)
					);
					if (ready) return targets as string[];
					if (Date.now() > deadline) throw new Error(`phones did not reach card ${card + 1}`);
					await new Promise((resolve) => setTimeout(resolve, 50));
				}
			}
		}
	};
}

/** The shape, with `--rooms`, `--per-room`, `--cards` and `--rate` from the command line overriding it. */
export function liveBenchArguments(shape: LiveBenchOptions): LiveBenchOptions {
	const value = (name: string, fallback: number) => {
		const at = process.argv.indexOf(`--${name}`);
		return at > 0 ? Number(process.argv[at + 1]) : fallback;
	};
	return {
		...shape,
		rooms: value('rooms', shape.rooms),
		perRoom: value('per-room', shape.perRoom),
		cards: value('cards', shape.cards),
		votesPerSecond: value('rate', shape.votesPerSecond),
		readingMs: value('reading-ms', shape.readingMs)
	};
}

/** Runs the floor and the app under the same load, and prints the figures (the last line is JSON). */
export async function runLiveBench(
	options: LiveBenchOptions,
	extra: (app: LiveFigures, floor: LiveFigures) => Record<string, number> = () => ({})
): Promise<void> {
	const floor = await floorTarget(options);
	let floorFigures: LiveFigures;
	try {
		floorFigures = await measure(floor.target, options);
	} finally {
		floor.stop();
	}
	log(`floor: ${JSON.stringify(floorFigures)}`);
	const app = await appTarget(options);
	let figures: LiveFigures;
	try {
		figures = await measure(app.target, options);
	} finally {
		await app.stop();
	}
	log(`app: ${JSON.stringify(figures)}`);
	process.stdout.write(
		`${JSON.stringify({ ...figures, floor_p99_ms: floorFigures.p99_ms, floor_warmup_p99_ms: floorFigures.warmup_p99_ms, ...extra(figures, floorFigures) })}\n`
	);
	posts.destroy();
}
