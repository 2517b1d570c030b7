// Enrolling a second factor: the password, then the QR code and recovery codes, then a first code.
import { fail, redirect } from '@sveltejs/kit';
import { passwordConfirmation, secondFactorInput } from '#lib/server/identity/inputs.ts';
import { landingFor } from '#lib/server/identity/service.ts';
import {
	confirmTwoFactorEnrolment,
	startTwoFactorEnrolment
} from '#lib/server/identity/two-factor.ts';
import { DomainError } from '#lib/server/platform/errors.ts';
import { formFailure, parseForm, readForm } from '#lib/server/platform/validation.ts';
import { staffActor } from '#lib/server/platform/areas.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, setHeaders }) => {
	const actor = staffActor(locals.actor);
	setHeaders({ 'cache-control': 'no-store' });
	return { enabled: actor.twoFactorEnabled };
};

export const actions: Actions = {
	start: async ({ locals, request }) => {
		const parsed = parseForm(passwordConfirmation, await readForm(request));
		if (!parsed.ok) return fail(400, formFailure(parsed.errors, {}));
		try {
			const enrolment = await startTwoFactorEnrolment(
				locals.actor,
				parsed.data.password,
				request.headers
			);
			return { enrolment };
		} catch (failure) {
			if (failure instanceof DomainError)
				return fail(400, formFailure({ password: { key: failure.code } }, {}));
			throw failure;
		}
	},
	confirm: async ({ locals, request }) => {
		const parsed = parseForm(secondFactorInput, await readForm(request), ['code']);
		if (!parsed.ok)
			return fail(400, { ...formFailure(parsed.errors, {}), step: 'confirm' as const });
		try {
			await confirmTwoFactorEnrolment(locals.actor, parsed.data.code, request.headers);
		} catch (failure) {
			if (failure instanceof DomainError)
				return fail(400, {
					...formFailure({ code: { key: failure.code } }, {}),
					step: 'confirm' as const
				});
			throw failure;
		}
		if (locals.actor.kind !== 'user') redirect(303, '/sign-in');
		redirect(303, landingFor({ ...locals.actor, twoFactorEnabled: true }));
	}
};
