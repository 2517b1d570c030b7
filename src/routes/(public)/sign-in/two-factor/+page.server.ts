// The second step of an adult's sign-in: a code from the authenticator app, or a recovery code.
import { fail, redirect } from '@sveltejs/kit';
import { secondFactorInput } from '#lib/server/identity/inputs.ts';
import { landingFor } from '#lib/server/identity/service.ts';
import { completeSecondFactor } from '#lib/server/identity/two-factor.ts';
import { failAsForm, formFailure, parseForm, readForm } from '#lib/server/platform/validation.ts';
import type { Actions } from './$types';

export const actions: Actions = {
	default: async ({ request, getClientAddress }) => {
		const parsed = parseForm(secondFactorInput, await readForm(request), ['code']);
		if (!parsed.ok) return fail(400, formFailure(parsed.errors, parsed.values));
		let actor;
		try {
			actor = await completeSecondFactor(parsed.data, request.headers, getClientAddress());
		} catch (failure) {
			return failAsForm(failure, 'code');
		}
		redirect(303, landingFor(actor));
	}
};
