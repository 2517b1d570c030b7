// The one "moderate" form action of a process's pages (the process, its board, its material): approve, hide with
// a reason, or restore a post of the process.
import { fail, type RequestEvent } from '@sveltejs/kit';
import { moderateInput } from '#lib/server/cocreation/inputs.ts';
import { moderateComment } from '#lib/server/cocreation/service.ts';
import { failAsForm, formFailure, parseForm, readForm } from '#lib/server/platform/validation.ts';

export async function moderateAction({
	locals,
	params,
	request
}: RequestEvent<{ processId: string }>) {
	const parsed = parseForm(moderateInput, await readForm(request));
	if (!parsed.ok) return fail(400, formFailure(parsed.errors, parsed.values));
	try {
		await moderateComment(
			locals.actor,
			params.processId,
			parsed.data.postId,
			parsed.data.decision,
			parsed.data.reason
		);
	} catch (failure) {
		return failAsForm(failure, '_form');
	}
	return { done: 'moderated' as const };
}
