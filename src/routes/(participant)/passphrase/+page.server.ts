// She changes her sign-in pass-phrase for a new one that only she sees (an adult saw the one on her card).
import { fail } from '@sveltejs/kit';
import { ownPassphraseInput } from '#lib/server/identity/inputs.ts';
import { changeOwnPassphrase, passphraseFromAdult } from '#lib/server/identity/participants.ts';
import { notFoundOrNotAllowed } from '#lib/server/platform/errors.ts';
import { failAsForm, formFailure, parseForm, readForm } from '#lib/server/platform/validation.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, setHeaders }) => {
	if (locals.actor.kind !== 'participant') throw notFoundOrNotAllowed();
	setHeaders({ 'cache-control': 'no-store' });
	// Whether an adult saw the one she has now (a card, a reset): the page says why she would change it.
	return { fromAdult: await passphraseFromAdult(locals.actor.participantId) };
};

export const actions: Actions = {
	default: async ({ locals, request, getClientAddress }) => {
		const parsed = parseForm(ownPassphraseInput, await readForm(request), ['current']);
		if (!parsed.ok) return fail(400, formFailure(parsed.errors, parsed.values));
		try {
			const changed = await changeOwnPassphrase(
				locals.actor,
				parsed.data.current,
				locals.locale,
				getClientAddress()
			);
			return { passphrase: changed.passphrase };
		} catch (failure) {
			return failAsForm(failure, 'current');
		}
	}
};
