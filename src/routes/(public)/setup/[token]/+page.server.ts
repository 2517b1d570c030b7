// The first administrator's one-time setup page, reached by the link printed at first start.
import { error, fail, redirect } from '@sveltejs/kit';
import { adminSetupInput, setupToken } from '#lib/server/identity/inputs.ts';
import {
	completeAdminSetup,
	landingFor,
	setupLinkUsable,
	signIn
} from '#lib/server/identity/service.ts';
import { DomainError } from '#lib/server/platform/errors.ts';
import { formFailure, parseForm, readForm } from '#lib/server/platform/validation.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, setHeaders }) => {
	setHeaders({ 'cache-control': 'no-store' });
	const token = setupToken.safeParse(params.token);
	const usable = token.success && (await setupLinkUsable(token.data));
	if (!usable) error(410, 'identity.setup_link_invalid', { code: 'setup.link_invalid' });
	return {};
};

export const actions: Actions = {
	default: async ({ params, request, locals, getClientAddress }) => {
		const token = setupToken.safeParse(params.token);
		if (!token.success) error(410, 'identity.setup_link_invalid', { code: 'setup.link_invalid' });
		const parsed = parseForm(adminSetupInput, await readForm(request));
		if (!parsed.ok) return fail(400, formFailure(parsed.errors, parsed.values));
		try {
			await completeAdminSetup(locals.actor, token.data, parsed.data);
		} catch (failure) {
			if (failure instanceof DomainError && failure.code === 'identity.email_taken') {
				return fail(
					409,
					formFailure(
						{ email: { key: failure.code } },
						{ name: parsed.data.name, email: parsed.data.email }
					)
				);
			}
			if (failure instanceof DomainError)
				error(410, 'identity.setup_link_invalid', { code: 'setup.link_invalid' });
			throw failure;
		}
		// Signed in at once with the password just chosen: next, the second factor every administrator enrols.
		// The account exists now: if signing in fails (an attempt limit), she signs in on the next page.
		const signedIn = await signIn(
			{ email: parsed.data.email, password: parsed.data.password },
			request.headers,
			getClientAddress()
		).catch((failure: unknown) => {
			if (failure instanceof DomainError) return null;
			throw failure;
		});
		redirect(
			303,
			signedIn?.kind === 'signed-in' ? landingFor(signedIn.actor) : '/sign-in?setup=done'
		);
	}
};
