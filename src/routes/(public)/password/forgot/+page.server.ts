// Forgotten password: the adult gives their e-mail; the answer never says whether an account exists.
import { fail } from '@sveltejs/kit';
import { requestPasswordReset } from '#lib/server/identity/account.ts';
import { forgotPasswordInput } from '#lib/server/identity/inputs.ts';
import { failAsForm, formFailure, parseForm, readForm } from '#lib/server/platform/validation.ts';
import type { Actions } from './$types';

export const actions: Actions = {
	default: async ({ request, getClientAddress }) => {
		const parsed = parseForm(forgotPasswordInput, await readForm(request));
		if (!parsed.ok) return fail(400, formFailure(parsed.errors, parsed.values));
		try {
			await requestPasswordReset(parsed.data.email, getClientAddress());
		} catch (failure) {
			return failAsForm(failure, '_form', { email: parsed.data.email });
		}
		return { sent: true };
	}
};
