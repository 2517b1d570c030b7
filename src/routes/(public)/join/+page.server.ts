// A teen joins a group: the code from the youth worker and a made-up pseudonym; the pass-phrase is shown once.
import { fail } from '@sveltejs/kit';
import { joinInput } from '#lib/server/identity/inputs.ts';
import { joinGroup } from '#lib/server/identity/participants.ts';
import { failAsForm, formFailure, parseForm, readForm } from '#lib/server/platform/validation.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url, setHeaders }) => {
	setHeaders({ 'cache-control': 'no-store' });
	return { code: url.searchParams.get('code')?.slice(0, 20) ?? '' };
};

export const actions: Actions = {
	default: async ({ request, locals, getClientAddress }) => {
		const parsed = parseForm(joinInput, await readForm(request));
		if (!parsed.ok) return fail(400, formFailure(parsed.errors, parsed.values));
		try {
			const joined = await joinGroup(
				parsed.data,
				locals.locale,
				request.headers,
				getClientAddress()
			);
			return { joined: { pseudonym: parsed.data.pseudonym, passphrase: joined.passphrase } };
		} catch (failure) {
			return failAsForm(
				failure,
				(code) =>
					code === 'identity.join_code_invalid' || code === 'identity.group_full'
						? 'code'
						: code === 'errors.too_many_attempts'
							? '_form'
							: 'pseudonym',
				parsed.data
			);
		}
	}
};
