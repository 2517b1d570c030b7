// Pairing a second device as a presenter screen: the one-time code shown on the control view.
import { fail, redirect } from '@sveltejs/kit';
import { pairingInput } from '#lib/server/live/inputs.ts';
import { rememberPresenter } from '#lib/server/live/presenter-cookie.ts';
import { claimPairing } from '#lib/server/live/service.ts';
import { failAsForm, formFailure, parseForm, readForm } from '#lib/server/platform/validation.ts';
import type { Actions } from './$types';

export const actions: Actions = {
	default: async ({ request, cookies, getClientAddress }) => {
		const parsed = parseForm(pairingInput, await readForm(request));
		if (!parsed.ok) return fail(400, formFailure(parsed.errors, parsed.values));
		let paired: { sessionId: string; token: string };
		try {
			paired = await claimPairing(parsed.data.code, getClientAddress());
		} catch (failure) {
			return failAsForm(failure, 'code');
		}
		rememberPresenter(cookies, paired.token);
		redirect(303, `/live/${paired.sessionId}/screen`);
	}
};
