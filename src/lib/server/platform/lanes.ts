// Lanes: the few hot requests the HTTP server (scripts/server.ts) may answer before SvelteKit, straight from
// Node's request, without the web Request, the hooks and the router SvelteKit builds for each one. A thousand
// live votes a second spend most of their time there, and what each request leaves behind makes the garbage
// collector pause the whole instance. A lane takes a request only when it can answer it exactly as the route
// would (the route's schema, the same verb, the same answers and headers); anything else — an unusual header, a
// session this instance has not seen lately — goes through SvelteKit, whose route stays the reference. Modules
// register their lanes at start-up (`modules.ts`); the server and the app's bundle are two module graphs, so
// the lanes are kept on `globalThis`.
// How a lane reads and answers is in `lane-answers.ts`; this file imports nothing, as the server imports it too.
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Takes the request and answers it (true), or leaves it to SvelteKit (false); decides before reading the body. */
export type Lane = (request: IncomingMessage, response: ServerResponse) => boolean;

const LANES = Symbol.for('partir-de-nous.lanes');
type Holder = { [LANES]?: Map<string, Lane> };

function registry(): Map<string, Lane> {
	const holder = globalThis as Holder;
	return (holder[LANES] ??= new Map());
}

/** Registers (or replaces) the lane called `name`. */
export function registerLane(name: string, lane: Lane): void {
	registry().set(name, lane);
}

/** Gives the request to the first lane that takes it; false when none does. */
export function takenByLane(request: IncomingMessage, response: ServerResponse): boolean {
	for (const lane of registry().values()) if (lane(request, response)) return true;
	return false;
}
