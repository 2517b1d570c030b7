// The outbox: e-mails kept in the app when no mail server is configured, for the administrator to pass on.
import { redirect } from '@sveltejs/kit';
import { readOutboxAs } from '#lib/server/identity/organisations.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	if (locals.actor.kind === 'anonymous') redirect(303, '/sign-in');
	return { messages: await readOutboxAs(locals.actor) };
};
