// The accountability board of a co-creation process: proposals of what should change and their support, the
// adults' commitments answering them with their dated updates, youth's reactions and comments. Read by the
// process's co-designers and adults, and by every youth of the organisation when the process opens it.
import { fail, redirect } from '@sveltejs/kit';
import {
	boardCommentInput,
	boardOpenInput,
	boardReactionInput,
	commitmentInput,
	dialogueInput,
	followUpInput,
	onBoardInput,
	proposalInput,
	supportInput
} from '#lib/server/cocreation/inputs.ts';
import {
	boardView,
	commentOnCommitment,
	commit,
	followUp,
	propose,
	putOnBoard,
	reactToCommitment,
	setBoardOpen,
	startDialogueSession,
	support
} from '#lib/server/cocreation/service.ts';
import { failAsForm, formFailure, parseForm, readForm } from '#lib/server/platform/validation.ts';
import { moderateAction } from '../moderate-action.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, setHeaders }) => {
	setHeaders({ 'cache-control': 'no-store' });
	return { board: await boardView(locals.actor, params.processId) };
};

/** Where a refusal of a youth's text goes: her field when it holds personal information, the form otherwise. */
const textField = (field: string) => (code: string) =>
	code === 'moderation.personal_information' ? field : '_form';

export const actions: Actions = {
	propose: async ({ locals, params, request }) => {
		const parsed = parseForm(proposalInput, await readForm(request));
		if (!parsed.ok) return fail(400, formFailure(parsed.errors, parsed.values));
		let outcome;
		try {
			outcome = await propose(locals.actor, params.processId, parsed.data);
		} catch (failure) {
			return failAsForm(failure, textField('proposal'), parsed.data);
		}
		return { done: 'proposed' as const, outcome };
	},
	support: async ({ locals, params, request }) => {
		const parsed = parseForm(supportInput, await readForm(request));
		if (!parsed.ok) return fail(400, formFailure(parsed.errors, parsed.values));
		try {
			await support(
				locals.actor,
				params.processId,
				parsed.data.proposalId,
				parsed.data.support === 'yes'
			);
		} catch (failure) {
			return failAsForm(failure, '_form');
		}
		return { done: 'supported' as const };
	},
	commit: async ({ locals, params, request }) => {
		const parsed = parseForm(commitmentInput, await readForm(request));
		if (!parsed.ok) return fail(400, formFailure(parsed.errors, parsed.values));
		try {
			await commit(locals.actor, params.processId, parsed.data);
		} catch (failure) {
			return failAsForm(failure, '_form', parsed.data);
		}
		return { done: 'committed' as const };
	},
	followUp: async ({ locals, params, request }) => {
		const parsed = parseForm(followUpInput, await readForm(request));
		if (!parsed.ok) return fail(400, formFailure(parsed.errors, parsed.values));
		try {
			await followUp(locals.actor, params.processId, parsed.data);
		} catch (failure) {
			return failAsForm(failure, '_form', parsed.data);
		}
		return { done: 'followed_up' as const };
	},
	react: async ({ locals, params, request }) => {
		const parsed = parseForm(boardReactionInput, await readForm(request));
		if (!parsed.ok) return fail(400, formFailure(parsed.errors, parsed.values));
		try {
			await reactToCommitment(
				locals.actor,
				params.processId,
				parsed.data.commitmentId,
				parsed.data.reaction
			);
		} catch (failure) {
			return failAsForm(failure, '_form');
		}
		return { done: 'reacted' as const };
	},
	comment: async ({ locals, params, request }) => {
		const parsed = parseForm(boardCommentInput, await readForm(request));
		if (!parsed.ok) return fail(400, formFailure(parsed.errors, parsed.values));
		let outcome;
		try {
			outcome = await commentOnCommitment(
				locals.actor,
				params.processId,
				parsed.data.commitmentId,
				parsed.data.comment
			);
		} catch (failure) {
			return failAsForm(failure, textField('comment'), parsed.data);
		}
		return { done: 'commented' as const, outcome, commitmentId: parsed.data.commitmentId };
	},
	moderate: moderateAction,
	dialogue: async ({ locals, params, request }) => {
		const parsed = parseForm(dialogueInput, await readForm(request));
		if (!parsed.ok) return fail(400, formFailure(parsed.errors, parsed.values));
		let sessionId: string;
		try {
			sessionId = await startDialogueSession(locals.actor, params.processId, parsed.data);
		} catch (failure) {
			return failAsForm(failure, '_form', { agenda: parsed.data.agenda.join('\n') });
		}
		redirect(303, `/live/${sessionId}/control`);
	},
	onBoard: async ({ locals, params, request }) => {
		const parsed = parseForm(onBoardInput, await readForm(request));
		if (!parsed.ok) return fail(400, formFailure(parsed.errors, parsed.values));
		try {
			await putOnBoard(locals.actor, params.processId, parsed.data);
		} catch (failure) {
			return failAsForm(failure, '_form');
		}
		return { done: 'onBoard' as const };
	},
	open: async ({ locals, params, request }) => {
		const parsed = parseForm(boardOpenInput, await readForm(request));
		if (!parsed.ok) return fail(400, formFailure(parsed.errors, parsed.values));
		try {
			await setBoardOpen(locals.actor, params.processId, parsed.data.open);
		} catch (failure) {
			return failAsForm(failure, '_form');
		}
		return { done: 'opened' as const };
	}
};
