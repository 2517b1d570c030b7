// The facilitator's control view: where the room is, moving it on, results, posts, break signals, who is here.
// Every action is an ordinary form (it works without JavaScript); the page also listens to the live stream.
import { fail, redirect } from '@sveltejs/kit';
import {
	handsInput,
	moderateInput,
	moveInput,
	pollInput,
	tickInput
} from '#lib/server/live/inputs.ts';
import { rememberPresenter } from '#lib/server/live/presenter-cookie.ts';
import {
	controlView,
	moderatePost,
	moveSession,
	pairingCode,
	presenterToken,
	recordHands,
	seeSignal,
	setSessionStatus,
	tickPresent
} from '#lib/server/live/service.ts';
import { staffActor } from '#lib/server/platform/areas.ts';
import { failAsForm, formFailure, parseForm, readForm } from '#lib/server/platform/validation.ts';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, setHeaders }) => {
	const actor = staffActor(locals.actor);
	setHeaders({ 'cache-control': 'no-store' });
	return {
		view: await controlView(actor, params.sessionId, locals.locale, new Date(), { audited: true })
	};
};

/** A refusal of the verb shown with the form that asked (moved meanwhile, no majority, closed…). */
function refusedAs(field: string) {
	return (failure: unknown) => failAsForm(failure, field);
}

const statusInput = z.object({ status: z.enum(['running', 'paused', 'closed']) });
const signalInput = z.object({ signalId: z.uuid() });

export const actions: Actions = {
	move: async ({ locals, params, request }) => {
		const parsed = parseForm(moveInput, await readForm(request));
		if (!parsed.ok) return fail(400, formFailure(parsed.errors, parsed.values));
		return moveSession(locals.actor, params.sessionId, parsed.data).then(
			() => ({ done: 'moved' as const }),
			refusedAs('move')
		);
	},
	poll: async ({ locals, params, request }) => {
		const parsed = parseForm(pollInput, await readForm(request));
		if (!parsed.ok) return fail(400, formFailure(parsed.errors, parsed.values));
		return moveSession(locals.actor, params.sessionId, { action: 'poll', ...parsed.data }).then(
			() => ({ done: 'poll' as const }),
			refusedAs('question')
		);
	},
	hands: async ({ locals, params, request }) => {
		const form = await readForm(request);
		const counts: Record<string, string> = {};
		for (const [name, value] of form)
			if (name.startsWith('count.') && typeof value === 'string')
				counts[name.slice(6)] = value || '0';
		const parsed = handsInput.safeParse({ target: form.get('target'), counts });
		if (!parsed.success)
			return fail(400, formFailure({ hands: { key: 'validation.invalid' } }, {}));
		return recordHands(locals.actor, params.sessionId, parsed.data.target, parsed.data.counts).then(
			() => ({ done: 'hands' as const }),
			refusedAs('hands')
		);
	},
	moderate: async ({ locals, params, request }) => {
		const parsed = parseForm(moderateInput, await readForm(request));
		if (!parsed.ok) return fail(400, formFailure(parsed.errors, parsed.values));
		await moderatePost(locals.actor, params.sessionId, parsed.data.postId, parsed.data.status);
		return { done: 'moderated' as const };
	},
	seen: async ({ locals, params, request }) => {
		const parsed = parseForm(signalInput, await readForm(request));
		if (!parsed.ok) return fail(400, formFailure(parsed.errors, parsed.values));
		await seeSignal(locals.actor, params.sessionId, parsed.data.signalId);
		return { done: 'seen' as const };
	},
	tick: async ({ locals, params, request }) => {
		const parsed = parseForm(tickInput, await readForm(request));
		if (!parsed.ok) return fail(400, formFailure(parsed.errors, parsed.values));
		await tickPresent(
			locals.actor,
			params.sessionId,
			parsed.data.participantId,
			parsed.data.present
		);
		return { done: 'ticked' as const };
	},
	status: async ({ locals, params, request }) => {
		const parsed = parseForm(statusInput, await readForm(request));
		if (!parsed.ok) return fail(400, formFailure(parsed.errors, parsed.values));
		try {
			await setSessionStatus(locals.actor, params.sessionId, parsed.data.status);
		} catch (failure) {
			return failAsForm(failure, 'status');
		}
		if (parsed.data.status === 'closed') redirect(303, `/live/${params.sessionId}/record`);
		return { done: 'status' as const };
	},
	/** A screen in this browser (a second window): paired at once, then opened. */
	present: async ({ locals, params, cookies }) => {
		rememberPresenter(cookies, await presenterToken(locals.actor, params.sessionId));
		redirect(303, `/live/${params.sessionId}/screen`);
	},
	/** A code to type on another device. */
	pair: async ({ locals, params, url }) => {
		const code = await pairingCode(locals.actor, params.sessionId);
		return { done: 'paired' as const, code, address: `${url.origin}/screen` };
	}
};
