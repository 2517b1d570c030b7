// A demonstration's people (`npm run demo`), each signed in as in one click; "not found" on a real deployment.
import { fail, redirect } from '@sveltejs/kit';
import { listDemoPeople, signInAsDemoPerson } from '#lib/server/identity/demo.ts';
import { demoPersonInput } from '#lib/server/identity/inputs.ts';
import { failAsForm, formFailure, parseForm, readForm } from '#lib/server/platform/validation.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({ people: await listDemoPeople() });

export const actions: Actions = {
	default: async ({ request }) => {
		const parsed = parseForm(demoPersonInput, await readForm(request));
		if (!parsed.ok) return fail(400, formFailure(parsed.errors, parsed.values));
		let landing;
		try {
			landing = await signInAsDemoPerson(parsed.data.person, request.headers);
		} catch (failure) {
			return failAsForm(failure, '_form');
		}
		redirect(303, landing);
	}
};
