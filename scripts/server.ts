// The production server: pins the request origin to ORIGIN, adds security headers to every response (static
// files included), gives the lanes their hot requests (platform/lanes.ts), serves the SvelteKit handler, and
// shuts down cleanly.
import http from 'node:http';
import process from 'node:process';
import { pathToFileURL } from 'node:url';
import { takenByLane } from '#lib/server/platform/lanes.ts';
import { securityHeaders } from '#lib/server/platform/security-headers.ts';

// adapter-node derives the request URL from these headers; we overwrite them on every request with the
// configured origin, so a client can never choose the origin used for CSRF checks and links.
const PROTOCOL_HEADER = 'x-pdn-origin-protocol';
const HOST_HEADER = 'x-pdn-origin-host';
process.env.PROTOCOL_HEADER = PROTOCOL_HEADER;
process.env.HOST_HEADER = HOST_HEADER;
// Program packages can reach 2 MB; adapter-node refuses larger bodies than this before the app sees them.
process.env.BODY_SIZE_LIMIT ??= '4M';
// The app answers on the port we listen on; adapter-node's own PORT_HEADER is never trusted.
delete process.env.PORT_HEADER;

type Handler = (req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void;

export async function startServer(buildDir: string): Promise<http.Server> {
	const port = Number(process.env.PORT || 3000);
	const host = process.env.HOST || '0.0.0.0';
	let handler: Handler;
	try {
		// Importing the handler runs the app's start-up (settings, database, migrations, seed).
		({ handler } = (await import(pathToFileURL(`${buildDir}/handler.js`).href)) as {
			handler: Handler;
		});
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		process.stderr.write(`\nPartir de nous could not start:\n${message}\n\n`);
		process.exit(1);
	}

	// With ORIGIN set (the app validated it at start), every request is taken to come from it, as behind a
	// proxy. Without it the app runs plain HTTP and answers on whatever host name people use (localhost,
	// 127.0.0.1, a LAN address).
	const fixedOrigin = process.env.ORIGIN ? new URL(process.env.ORIGIN) : undefined;
	const protocol = fixedOrigin ? fixedOrigin.protocol.replace(':', '') : 'http';
	const baseHeaders = securityHeaders({ https: protocol === 'https' });

	const server = http.createServer((req, res) => {
		req.headers[PROTOCOL_HEADER] = protocol;
		if (fixedOrigin) req.headers[HOST_HEADER] = fixedOrigin.host;
		else delete req.headers[HOST_HEADER];
		// `Referrer-Policy: no-referrer` makes browsers send `Origin: null` with plain form posts. The browser
		// itself vouches that the post comes from our own pages with `Sec-Fetch-Site: same-origin` (a header
		// pages cannot set), so we restore the real origin for SvelteKit's CSRF check. Any other post with
		// `Origin: null` is still refused.
		if (req.headers.origin === 'null' && req.headers['sec-fetch-site'] === 'same-origin') {
			req.headers.origin = `${protocol}://${fixedOrigin?.host ?? req.headers.host}`;
		}
		for (const [name, value] of Object.entries(baseHeaders)) res.setHeader(name, value);
		// A hot request a module can answer as its route would, without SvelteKit (a teen's live vote).
		if (takenByLane(req, res)) return;
		handler(req, res, () => {
			res.statusCode = 404;
			res.end();
		});
	});
	server.keepAliveTimeout = 65_000;

	let stopping = false;
	const stop = (signal: string) => {
		if (stopping) return;
		stopping = true;
		process.stdout.write(`Stopping (${signal})…\n`);
		server.closeIdleConnections();
		// Long-lived streams (server-sent events) close when the app hears 'sveltekit:shutdown'.
		// Then the app closes its database (PGlite writes its last pages) and the process ends by itself.
		server.close(() => process.emit('sveltekit:shutdown' as 'exit', 0));
		setTimeout(() => server.closeAllConnections(), 5_000).unref();
		setTimeout(() => process.exit(0), 10_000).unref();
	};
	process.on('SIGTERM', () => stop('SIGTERM'));
	process.on('SIGINT', () => stop('SIGINT'));

	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => resolve());
	});
	const shown = fixedOrigin?.origin ?? `http://localhost:${port}`;
	process.stdout.write(`Partir de nous is listening on ${shown} (${host}:${port})\n`);
	return server;
}
