// A co-creation process, for its co-designers and the adults who steer it: where the group is, and what the current
// phase turns on (findings, reactions, dots, key aspects). Each action is an ordinary form; the verbs decide who may.
import { fail, redirect } from '@sveltejs/kit';
import {
	approvalInput,
	commentInput,
	feedbackModerationInput,
	feedbackOpenInput,
	materialIdInput,
	pilotIdInput,
	pilotInput,
	creditInput,
	materialInput,
	penRuleInput,
	dotsInput,
	findingInput,
	keyAspectInput,
	phaseMoveInput,
	reactionInput
} from '#lib/server/cocreation/inputs.ts';
import {
	closeDotVote,
	commentOnFinding,
	finaliseMaterial,
	moderateFeedback,
	planPilot,
	setFeedbackOpen,
	startPilot,
	createMaterial,
	setAdultsEditDirectly,
	setCredit,
	moveToPhase,
	placeDots,
	postFinding,
	processView,
	react,
	recordKeyAspect,
	setPostsNeedApproval
} from '#lib/server/cocreation/service.ts';
import { failAsForm, formFailure, parseForm, readForm } from '#lib/server/platform/validation.ts';
import { moderateAction } from './moderate-action.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, setHeaders }) => {
	setHeaders({ 'cache-control': 'no-store' });
	return { process: await processView(locals.actor, params.processId) };
};

export const actions: Actions = {
	react: async ({ locals, params, request }) => {
		const parsed = parseForm(reactionInput, await readForm(request));
		if (!parsed.ok) return fail(400, formFailure(parsed.errors, parsed.values));
		try {
			await react(locals.actor, params.processId, parsed.data.findingId, parsed.data.reaction);
		} catch (failure) {
			return failAsForm(failure, '_form');
		}
		return { done: 'reacted' as const };
	},
	dots: async ({ locals, params, request }) => {
		const parsed = parseForm(dotsInput, await readForm(request));
		if (!parsed.ok) return fail(400, formFailure(parsed.errors, parsed.values));
		try {
			await placeDots(locals.actor, params.processId, parsed.data);
		} catch (failure) {
			return failAsForm(failure, '_form');
		}
		return { done: 'dots' as const };
	},
	closeVote: async ({ locals, params }) => {
		try {
			await closeDotVote(locals.actor, params.processId);
		} catch (failure) {
			return failAsForm(failure, '_form');
		}
		return { done: 'closed' as const };
	},
	finding: async ({ locals, params, request }) => {
		const parsed = parseForm(findingInput, await readForm(request));
		if (!parsed.ok) return fail(400, formFailure(parsed.errors, parsed.values));
		try {
			await postFinding(locals.actor, params.processId, parsed.data);
		} catch (failure) {
			return failAsForm(failure, '_form', parsed.data);
		}
		return { done: 'finding' as const };
	},
	decide: async ({ locals, params, request }) => {
		const parsed = parseForm(keyAspectInput, await readForm(request));
		if (!parsed.ok) return fail(400, formFailure(parsed.errors, parsed.values));
		let outcome;
		try {
			outcome = await recordKeyAspect(locals.actor, params.processId, parsed.data);
		} catch (failure) {
			// What she wrote comes back: to take a personal detail out, or to keep if the step has moved on.
			return failAsForm(
				failure,
				(code) => (code === 'moderation.personal_information' ? 'text' : '_form'),
				{ text: parsed.data.text, why: parsed.data.why }
			);
		}
		// Held for her facilitator: she is told so at once, calmly, with where to find help now.
		return { done: 'decided' as const, held: outcome === 'held' };
	},
	comment: async ({ locals, params, request }) => {
		const parsed = parseForm(commentInput, await readForm(request));
		if (!parsed.ok) return fail(400, formFailure(parsed.errors, parsed.values));
		let outcome;
		try {
			outcome = await commentOnFinding(
				locals.actor,
				params.processId,
				parsed.data.findingId,
				parsed.data.comment
			);
		} catch (failure) {
			return failAsForm(
				failure,
				(code) => (code === 'moderation.personal_information' ? 'comment' : '_form'),
				{ comment: parsed.data.comment, findingId: parsed.data.findingId }
			);
		}
		return { done: 'commented' as const, outcome, findingId: parsed.data.findingId };
	},
	moderate: moderateAction,
	approval: async ({ locals, params, request }) => {
		const parsed = parseForm(approvalInput, await readForm(request));
		if (!parsed.ok) return fail(400, formFailure(parsed.errors, parsed.values));
		try {
			await setPostsNeedApproval(locals.actor, params.processId, parsed.data.postsNeedApproval);
		} catch (failure) {
			return failAsForm(failure, '_form');
		}
		return { done: 'approval' as const };
	},
	material: async ({ locals, params, request }) => {
		const parsed = parseForm(materialInput, await readForm(request));
		if (!parsed.ok) return fail(400, formFailure(parsed.errors, parsed.values));
		let made;
		try {
			made = await createMaterial(locals.actor, params.processId, parsed.data);
		} catch (failure) {
			return failAsForm(
				failure,
				(code) => (code === 'moderation.personal_information' ? 'title' : '_form'),
				{ title: parsed.data.title }
			);
		}
		if (made.outcome === 'held') return { done: 'material' as const, held: true };
		redirect(303, `/cocreation/${params.processId}/materials/${made.id}`);
	},
	credit: async ({ locals, params, request }) => {
		const parsed = parseForm(creditInput, await readForm(request));
		if (!parsed.ok) return fail(400, formFailure(parsed.errors, parsed.values));
		try {
			await setCredit(locals.actor, params.processId, parsed.data.credit === 'yes');
		} catch (failure) {
			return failAsForm(failure, '_form');
		}
		return { done: 'credit' as const };
	},
	penRule: async ({ locals, params, request }) => {
		const parsed = parseForm(penRuleInput, await readForm(request));
		if (!parsed.ok) return fail(400, formFailure(parsed.errors, parsed.values));
		try {
			await setAdultsEditDirectly(locals.actor, params.processId, parsed.data.adultsEditDirectly);
		} catch (failure) {
			return failAsForm(failure, '_form');
		}
		return { done: 'penRule' as const };
	},
	pilot: async ({ locals, params, request }) => {
		const parsed = parseForm(pilotInput, await readForm(request));
		if (!parsed.ok) return fail(400, formFailure(parsed.errors, parsed.values));
		try {
			await planPilot(locals.actor, params.processId, parsed.data);
		} catch (failure) {
			return failAsForm(failure, (code) =>
				code === 'cocreation.pilot_other_group' ? 'groupId' : '_form'
			);
		}
		return { done: 'pilot' as const };
	},
	startPilot: async ({ locals, params, request }) => {
		const parsed = parseForm(pilotIdInput, await readForm(request));
		if (!parsed.ok) return fail(400, formFailure(parsed.errors, parsed.values));
		let sessionId: string;
		try {
			sessionId = await startPilot(locals.actor, params.processId, parsed.data.pilotId);
		} catch (failure) {
			return failAsForm(failure, '_form');
		}
		// The facilitator runs it from the live session's control view.
		redirect(303, `/live/${sessionId}/control`);
	},
	feedbackOpen: async ({ locals, params, request }) => {
		const parsed = parseForm(feedbackOpenInput, await readForm(request));
		if (!parsed.ok) return fail(400, formFailure(parsed.errors, parsed.values));
		try {
			await setFeedbackOpen(
				locals.actor,
				params.processId,
				parsed.data.pilotId,
				parsed.data.open === 'yes'
			);
		} catch (failure) {
			return failAsForm(failure, '_form');
		}
		return { done: 'feedbackOpen' as const };
	},
	feedback: async ({ locals, params, request }) => {
		const parsed = parseForm(feedbackModerationInput, await readForm(request));
		if (!parsed.ok) return fail(400, formFailure(parsed.errors, parsed.values));
		try {
			await moderateFeedback(
				locals.actor,
				params.processId,
				parsed.data.feedbackId,
				parsed.data.decision,
				parsed.data.reason
			);
		} catch (failure) {
			return failAsForm(failure, '_form');
		}
		return { done: 'feedback' as const };
	},
	finalise: async ({ locals, params, request }) => {
		const parsed = parseForm(materialIdInput, await readForm(request));
		if (!parsed.ok) return fail(400, formFailure(parsed.errors, parsed.values));
		try {
			await finaliseMaterial(locals.actor, params.processId, parsed.data.materialId);
		} catch (failure) {
			return failAsForm(failure, '_form');
		}
		return { done: 'finalised' as const };
	},
	phase: async ({ locals, params, request }) => {
		const parsed = parseForm(phaseMoveInput, await readForm(request));
		if (!parsed.ok) return fail(400, formFailure(parsed.errors, parsed.values));
		try {
			await moveToPhase(locals.actor, params.processId, parsed.data.phaseId);
		} catch (failure) {
			return failAsForm(failure, '_form');
		}
		return { done: 'moved' as const };
	}
};
