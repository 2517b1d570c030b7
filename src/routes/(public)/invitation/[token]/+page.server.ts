// Accepting an invitation: a new adult chooses a name and password; an existing one confirms theirs.
import { error, fail, redirect } from '@sveltejs/kit';
import { acceptInvitationInput, linkToken } from '#lib/server/identity/inputs.ts';
import { acceptInvitation, viewInvitation } from '#lib/server/identity/invitations.ts';
import { DomainError } from '#lib/server/platform/errors.ts';
import { formFailure, parseForm, readForm } from '#lib/server/platform/validation.ts';
import type { Actions, PageServerLoad } from './$types';

function gone(): never {
	error(410, 'identity.invitation_invalid', { code: 'identity.invitation_invalid' });
}

export const load: PageServerLoad = async ({ params, setHeaders }) => {
	setHeaders({ 'cache-control': 'no-store' });
	const token = linkToken.safeParse(params.token);
	const invitation = token.success ? await viewInvitation(token.data) : null;
	if (!invitation) gone();
	return { invitation };
};

export const actions: Actions = {
	default: async ({ params, request }) => {
		const token = linkToken.safeParse(params.token);
		if (!token.success) gone();
		const invitation = await viewInvitation(token.data);
		if (!invitation) gone();
		const form = await readForm(request);
		// An existing account keeps its name: only its password is asked for.
		if (invitation.accountExists) form.set('name', '-');
		const parsed = parseForm(acceptInvitationInput, form);
		if (!parsed.ok) return fail(400, formFailure(parsed.errors, parsed.values));
		try {
			await acceptInvitation(token.data, parsed.data, request.headers);
		} catch (failure) {
			if (failure instanceof DomainError && failure.code === 'identity.sign_in_failed')
				return fail(400, formFailure({ _form: { key: failure.code } }, { name: parsed.data.name }));
			if (failure instanceof DomainError) gone();
			throw failure;
		}
		redirect(303, '/');
	}
};
