// Security headers on every response SvelteKit produces (static files get the same ones from scripts/server.js).
import type { Handle } from '@sveltejs/kit/hooks';
import { allowsWasm, withWasm } from '#lib/domain/shell/wasm-pages.ts';
import { config } from '#lib/server/platform/config.ts';
import { securityHeaders } from '#lib/server/platform/security-headers.ts';

export const securityHeadersHandle: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	const headers = securityHeaders({ https: config().https });
	// The logbook's pages run Argon2id in WebAssembly: their policy alone allows it.
	const policy = response.headers.get('content-security-policy');
	if (policy && allowsWasm(event.route.id))
		response.headers.set('content-security-policy', withWasm(policy));
	for (const [name, value] of Object.entries(headers)) {
		// SvelteKit's own page CSP (with nonces and hashes) is stricter than the fallback: keep it.
		if (name === 'content-security-policy' && response.headers.has(name)) continue;
		response.headers.set(name, value);
	}
	// Signed-in pages must never be kept by the browser or a proxy. Only a response that is private on
	// purpose (an adult's copy of an immutable media file) keeps its own policy.
	const own = response.headers.get('cache-control') ?? '';
	if (event.locals.actor && event.locals.actor.kind !== 'anonymous' && !own.startsWith('private'))
		response.headers.set('cache-control', 'no-store');
	return response;
};
