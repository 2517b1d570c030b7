// Accepting an invitation: a new adult chooses a name and password; an existing one confirms theirs, and a
// code from their app when their account has a second factor.
import { error, fail, redirect } from '@sveltejs/kit';
import { acceptInvitationInput, appCodeInput, linkToken } from '#lib/server/identity/inputs.ts';
import {
	acceptInvitation,
	invitationIsForSomeoneElse,
	viewInvitation
} from '#lib/server/identity/invitations.ts';
import { DomainError } from '#lib/server/platform/errors.ts';
import { formFailure, parseForm, readForm } from '#lib/server/platform/validation.ts';
import type { Actions, PageServerLoad } from './$types';

function gone(): never {
	error(410, 'identity.invitation_invalid', { code: 'identity.invitation_invalid' });
}

/** Refusals the person can fix on the form (the rest mean the link no longer works). */
const FORM_ERRORS = new Set([
	'identity.sign_in_failed',
	'identity.code_wrong',
	'errors.too_many_attempts'
]);

export const load: PageServerLoad = async ({ params, setHeaders, locals }) => {
	setHeaders({ 'cache-control': 'no-store' });
	const token = linkToken.safeParse(params.token);
	const invitation = token.success ? await viewInvitation(token.data) : null;
	if (!invitation) gone();
	// Someone else is signed in on this device: the page says so and asks what to do.
	const signedInAs =
		locals.actor.kind === 'user' && (await invitationIsForSomeoneElse(token.data!, locals.actor))
			? locals.actor.name
			: null;
	return { invitation, signedInAs };
};

export const actions: Actions = {
	default: async ({ params, request, locals, getClientAddress }) => {
		const token = linkToken.safeParse(params.token);
		if (!token.success) gone();
		const invitation = await viewInvitation(token.data);
		if (!invitation) gone();
		// Never end someone else's session silently: they sign out first, from the page.
		if (await invitationIsForSomeoneElse(token.data, locals.actor))
			return fail(409, formFailure({ _form: { key: 'invitation.someone_else_signed_in' } }, {}));
		const form = await readForm(request);
		// An existing account keeps its name: only its password is asked for.
		if (invitation.accountExists) form.set('name', '-');
		const parsed = parseForm(acceptInvitationInput, form);
		const code = invitation.secondFactor ? parseForm(appCodeInput, form) : null;
		if (!parsed.ok || (code && !code.ok)) {
			const errors = {
				...(parsed.ok ? {} : parsed.errors),
				...(code && !code.ok ? code.errors : {})
			};
			return fail(400, formFailure(errors, { name: parsed.ok ? parsed.data.name : '' }));
		}
		let accepted;
		try {
			accepted = await acceptInvitation(
				token.data,
				{ ...parsed.data, code: code?.ok ? code.data.code : undefined },
				request.headers,
				getClientAddress()
			);
		} catch (failure) {
			if (failure instanceof DomainError && FORM_ERRORS.has(failure.code)) {
				const field = failure.code === 'identity.code_wrong' ? 'code' : '_form';
				return fail(
					failure.status,
					formFailure({ [field]: failure.toMessage() }, { name: parsed.data.name })
				);
			}
			if (failure instanceof DomainError) gone();
			throw failure;
		}
		// Signed in now: the sign-in page sends a signed-in adult where their work is (landingFor).
		if (accepted.signedIn) redirect(303, '/sign-in');
		// A second-factor account opened no session here: it goes on as whoever is signed in, or signs in.
		const signedInAsThem = locals.actor.kind === 'user' && locals.actor.userId === accepted.userId;
		redirect(303, signedInAsThem ? '/organisations' : '/sign-in');
	}
};
