// Choosing a new password from the link in the reset e-mail.
import { error, fail, redirect } from '@sveltejs/kit';
import { resetPassword } from '#lib/server/identity/account.ts';
import { resetPasswordInput, resetToken } from '#lib/server/identity/inputs.ts';
import { DomainError } from '#lib/server/platform/errors.ts';
import { formFailure, parseForm, readForm } from '#lib/server/platform/validation.ts';
import type { Actions, PageServerLoad } from './$types';

function gone(): never {
	error(410, 'identity.reset_link_invalid', { code: 'identity.reset_link_invalid' });
}

export const load: PageServerLoad = ({ params, setHeaders }) => {
	setHeaders({ 'cache-control': 'no-store' });
	if (!resetToken.safeParse(params.token).success) gone();
	return {};
};

export const actions: Actions = {
	default: async ({ params, request }) => {
		const token = resetToken.safeParse(params.token);
		if (!token.success) gone();
		const parsed = parseForm(resetPasswordInput, await readForm(request));
		if (!parsed.ok) return fail(400, formFailure(parsed.errors, {}));
		try {
			await resetPassword(token.data, parsed.data.password);
		} catch (failure) {
			if (failure instanceof DomainError) gone();
			throw failure;
		}
		redirect(303, '/sign-in?reset=done');
	}
};
