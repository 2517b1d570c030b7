// A material the co-design group drafts: its texts, one at a time (`?edit=<path>` opens one), the adults'
// suggestions a co-designer accepts or declines, its history and comments. Each action is an ordinary form.
import { fail, redirect } from '@sveltejs/kit';
import {
	additionInput,
	answeredTextInput,
	removalInput,
	materialCommentInput,
	suggestionInput
} from '#lib/server/cocreation/inputs.ts';
import {
	addPart,
	removePart,
	commentOnMaterial,
	decideSuggestion,
	materialView,
	writeText
} from '#lib/server/cocreation/service.ts';
import { failAsForm, formFailure, parseForm, readForm } from '#lib/server/platform/validation.ts';
import { moderateAction } from '../../moderate-action.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url, setHeaders }) => {
	setHeaders({ 'cache-control': 'no-store' });
	const material = await materialView(locals.actor, params.processId, params.materialId);
	const wanted = url.searchParams.get('edit');
	const editing =
		material.may.write && wanted
			? (material.slots.find((slot) => slot.path === wanted) ?? null)
			: null;
	return { material, editing };
};

export const actions: Actions = {
	write: async ({ locals, params, request }) => {
		const parsed = parseForm(answeredTextInput, await readForm(request));
		if (!parsed.ok) return fail(400, formFailure(parsed.errors, parsed.values));
		let outcome;
		try {
			outcome = await writeText(locals.actor, params.processId, params.materialId, parsed.data);
		} catch (failure) {
			return failAsForm(
				failure,
				(code) =>
					code === 'moderation.personal_information' || code.startsWith('validation.')
						? 'text'
						: '_form',
				{ path: parsed.data.path, text: parsed.data.text }
			);
		}
		if (outcome === 'held') return { done: 'held' as const };
		// Back to the list, at the text just written.
		redirect(
			303,
			`?${new URLSearchParams({ done: outcome })}#${encodeURIComponent(parsed.data.path)}`
		);
	},
	add: async ({ locals, params, request }) => {
		const parsed = parseForm(additionInput, await readForm(request));
		if (!parsed.ok) return fail(400, formFailure(parsed.errors, parsed.values));
		try {
			await addPart(locals.actor, params.processId, params.materialId, parsed.data);
		} catch (failure) {
			return failAsForm(failure, '_form');
		}
		return { done: 'added' as const };
	},
	remove: async ({ locals, params, request }) => {
		const parsed = parseForm(removalInput, await readForm(request));
		if (!parsed.ok) return fail(400, formFailure(parsed.errors, parsed.values));
		try {
			await removePart(locals.actor, params.processId, params.materialId, parsed.data.at);
		} catch (failure) {
			return failAsForm(failure, '_form');
		}
		return { done: 'removed' as const };
	},
	suggestion: async ({ locals, params, request }) => {
		const parsed = parseForm(suggestionInput, await readForm(request));
		if (!parsed.ok) return fail(400, formFailure(parsed.errors, parsed.values));
		try {
			await decideSuggestion(
				locals.actor,
				params.processId,
				parsed.data.suggestionId,
				parsed.data.decision === 'accept'
			);
		} catch (failure) {
			return failAsForm(failure, '_form');
		}
		return {
			done: parsed.data.decision === 'accept' ? ('accepted' as const) : ('declined' as const)
		};
	},
	comment: async ({ locals, params, request }) => {
		const parsed = parseForm(materialCommentInput, await readForm(request));
		if (!parsed.ok) return fail(400, formFailure(parsed.errors, parsed.values));
		let outcome;
		try {
			outcome = await commentOnMaterial(
				locals.actor,
				params.processId,
				params.materialId,
				parsed.data.comment
			);
		} catch (failure) {
			return failAsForm(
				failure,
				(code) => (code === 'moderation.personal_information' ? 'comment' : '_form'),
				parsed.data
			);
		}
		return { done: 'commented' as const, outcome };
	},
	moderate: moderateAction
};
