// Adult sign-in with e-mail and password.
import { fail, redirect } from '@sveltejs/kit';
import { signInInput } from '#lib/server/identity/inputs.ts';
import { landingFor, signIn } from '#lib/server/identity/service.ts';
import { failAsForm, formFailure, parseForm, readForm } from '#lib/server/platform/validation.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
	if (locals.actor.kind === 'user') redirect(303, landingFor(locals.actor));
};

export const actions: Actions = {
	default: async ({ request, getClientAddress }) => {
		const parsed = parseForm(signInInput, await readForm(request));
		if (!parsed.ok) return fail(400, formFailure(parsed.errors, parsed.values));
		let result;
		try {
			result = await signIn(parsed.data, request.headers, getClientAddress());
		} catch (failure) {
			return failAsForm(failure, '_form', { email: parsed.data.email });
		}
		if (result.kind === 'second-factor') redirect(303, '/sign-in/two-factor');
		redirect(303, landingFor(result.actor));
	}
};
