// An adult's account: second factor, the devices where they are signed in, and signing out everywhere.
import { redirect } from '@sveltejs/kit';
import { listMySessions, signOutEverywhere } from '#lib/server/identity/account.ts';
import { staffActor } from '#lib/server/platform/areas.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, request, setHeaders }) => {
	const actor = staffActor(locals.actor);
	setHeaders({ 'cache-control': 'no-store' });
	return {
		sessions: await listMySessions(actor, request.headers),
		twoFactorEnabled: actor.twoFactorEnabled
	};
};

export const actions: Actions = {
	everywhere: async ({ locals, request, setHeaders }) => {
		await signOutEverywhere(locals.actor, request.headers);
		setHeaders({ 'clear-site-data': '"cache", "cookies", "storage"' });
		redirect(303, '/');
	}
};
