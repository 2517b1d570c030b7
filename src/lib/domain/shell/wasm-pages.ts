// The pages whose Content-Security-Policy allows WebAssembly ('wasm-unsafe-eval'): the logbook's, where Argon2id
// runs in the browser (docs/logbook-security.md). Every other page keeps the strict policy. A document keeps
// the policy it was loaded with, so moving between these pages and the others is always a full page load
// (the root layout sees to it), and WebAssembly never becomes allowed anywhere else.
export const WASM_ROUTES = ['/(participant)/logbook', '/(staff)/logbook/shared'] as const;

export function allowsWasm(routeId: string | null | undefined): boolean {
	return (
		routeId !== null &&
		routeId !== undefined &&
		(WASM_ROUTES as readonly string[]).includes(routeId)
	);
}

/** script-src with 'wasm-unsafe-eval' added, the rest of the policy unchanged. */
export function withWasm(policy: string): string {
	return policy
		.split(';')
		.map((directive) => {
			const trimmed = directive.trim();
			return trimmed.startsWith('script-src ') || trimmed === 'script-src'
				? `${trimmed} 'wasm-unsafe-eval'`
				: trimmed;
		})
		.join('; ');
}
