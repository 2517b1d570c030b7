// A teen signs back in: group code, pseudonym and secret phrase, and whether the device is shared.
import { fail, redirect } from '@sveltejs/kit';
import { participantSignInInput } from '#lib/server/identity/inputs.ts';
import { signInParticipant } from '#lib/server/identity/participants.ts';
import { failAsForm, formFailure, parseForm, readForm } from '#lib/server/platform/validation.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url, locals }) => {
	if (locals.actor.kind === 'participant') redirect(303, '/');
	return { code: url.searchParams.get('code')?.slice(0, 20) ?? '' };
};

export const actions: Actions = {
	default: async ({ request, getClientAddress }) => {
		const parsed = parseForm(participantSignInInput, await readForm(request), ['passphrase']);
		if (!parsed.ok) return fail(400, formFailure(parsed.errors, parsed.values));
		try {
			await signInParticipant(parsed.data, request.headers, getClientAddress());
		} catch (failure) {
			return failAsForm(failure, '_form', {
				code: parsed.data.code,
				pseudonym: parsed.data.pseudonym
			});
		}
		redirect(303, '/');
	}
};
