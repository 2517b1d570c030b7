// "Mon carnet": her logbook as stored (ciphertext only), the reflection prompts of the workshops she attended,
// what she shares and with whom she can share, and her escrow. Her browser does the rest; nothing here can read
// a word of it. The page allows WebAssembly (Argon2id) in its Content-Security-Policy, alone with the adults'
// logbook page (src/hooks/security-headers.ts).
import {
	escrowState,
	myLogbook,
	myShares,
	reflectionPrompts,
	shareTargets
} from '#lib/server/logbook/service.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, setHeaders }) => {
	setHeaders({ 'cache-control': 'no-store' });
	const stored = await myLogbook(locals.actor);
	const ready = stored.wrappedKey !== null;
	const [prompts, shares, targets, escrow] = ready
		? await Promise.all([
				reflectionPrompts(locals.actor),
				myShares(locals.actor),
				shareTargets(locals.actor),
				escrowState(locals.actor)
			])
		: [await reflectionPrompts(locals.actor), [], [], null];
	const prompt = url.searchParams.get('prompt');
	return {
		stored,
		prompts,
		shares,
		targets,
		escrow,
		/** A prompt to answer now (from her live session's reflection), if it is one of hers. */
		answer: prompts.find((item) => item.ref === prompt)?.ref ?? null
	};
};
