// The floor for the live benchmarks: a bare Node server of the same shape as the app's live endpoints, with no
// database, no framework and no sessions. Votes are kept in memory; each one sends the new counts at once to
// the room's control streams. Run as its own process (`node bench/support/floor-server.ts`); prints its port.
import http from 'node:http';
import process from 'node:process';

type Stream = http.ServerResponse;
const controls = new Map<string, Set<Stream>>();
const phones = new Map<string, Set<Stream>>();
/** room → target → voter → choice */
const votes = new Map<string, Map<string, Map<string, string>>>();
let version = 0;

function join(map: Map<string, Set<Stream>>, room: string, stream: Stream) {
	const set = map.get(room) ?? new Set();
	set.add(stream);
	map.set(room, set);
	stream.on('close', () => set.delete(stream));
}

const server = http.createServer((req, res) => {
	const url = new URL(req.url ?? '/', 'http://floor');
	const room = url.searchParams.get('room') ?? '';
	if (req.method === 'GET' && url.pathname === '/events') {
		res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
		res.write('retry: 1000\n\n');
		join(url.searchParams.get('view') === 'control' ? controls : phones, room, res);
		return;
	}
	if (req.method === 'POST' && url.pathname === '/vote') {
		let body = '';
		req.on('data', (chunk: Buffer) => (body += chunk.toString()));
		req.on('end', () => {
			const { target = '', voter = '', choice = '' } = JSON.parse(body) as Record<string, string>;
			const byTarget = votes.get(room) ?? new Map<string, Map<string, string>>();
			votes.set(room, byTarget);
			const byVoter = byTarget.get(target) ?? new Map<string, string>();
			byTarget.set(target, byVoter);
			byVoter.set(voter, choice);
			const counts: Record<string, number> = {};
			for (const value of byVoter.values()) counts[value] = (counts[value] ?? 0) + 1;
			const message = `event: tally\ndata: ${JSON.stringify({ target, version: ++version, counts, total: byVoter.size })}\n\n`;
			for (const stream of controls.get(room) ?? []) stream.write(message);
			res.writeHead(200, { 'content-type': 'application/json' });
			res.end('{}');
		});
		return;
	}
	res.writeHead(404);
	res.end();
});
server.keepAliveTimeout = 65_000;
server.listen(0, '127.0.0.1', () => {
	process.stdout.write(`${(server.address() as { port: number }).port}\n`);
});
process.on('SIGTERM', () => process.exit(0));
