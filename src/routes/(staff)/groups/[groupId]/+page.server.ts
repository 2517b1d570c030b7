// A group, for its facilitators: the join code (open, close, rotate), its participants, and printed cards.
import { fail } from '@sveltejs/kit';
import {
	addFacilitator,
	designateFacilitator,
	facilitatorCandidates,
	groupDetails,
	removeFacilitator,
	rotateJoinCode,
	setJoining,
	setParticipantLimit
} from '#lib/server/identity/groups.ts';
import {
	facilitatorRef,
	groupId as groupIdShape,
	joiningInput,
	participantLimitInput,
	participantRef,
	pseudonymList,
	renameInput
} from '#lib/server/identity/inputs.ts';
import {
	addExistingParticipant,
	addParticipants,
	participantCandidates,
	cardSheet,
	LinesRefused,
	renameParticipant,
	resetPassphrase
} from '#lib/server/identity/participants.ts';
import { groupProgress } from '#lib/server/live/service.ts';
import { DomainError, notFoundOrNotAllowed } from '#lib/server/platform/errors.ts';
import { failAsForm, formFailure, parseForm, readForm } from '#lib/server/platform/validation.ts';
import { staffActor } from '#lib/server/platform/areas.ts';
import { translate } from '#lib/i18n/catalogue.ts';
import type { Actions, PageServerLoad } from './$types';

function parseId(value: string): string {
	const id = groupIdShape.safeParse(value);
	if (!id.success) throw notFoundOrNotAllowed();
	return id.data;
}

export const load: PageServerLoad = async ({ locals, params, setHeaders }) => {
	const actor = staffActor(locals.actor);
	setHeaders({ 'cache-control': 'no-store' });
	const id = parseId(params.groupId);
	return {
		group: await groupDetails(actor, id),
		candidates: await facilitatorCandidates(actor, id),
		participantCandidates: await participantCandidates(actor, id),
		live: await groupProgress(actor, id)
	};
};

export const actions: Actions = {
	rotate: async ({ locals, params }) => {
		await rotateJoinCode(locals.actor, parseId(params.groupId));
		return { done: 'rotated' as const };
	},
	open: async ({ locals, params, request }) => {
		const parsed = parseForm(joiningInput, await readForm(request));
		if (!parsed.ok) return fail(400, formFailure(parsed.errors, parsed.values));
		await setJoining(locals.actor, parseId(params.groupId), true, parsed.data.days);
		return { done: 'opened' as const };
	},
	limit: async ({ locals, params, request }) => {
		const parsed = parseForm(participantLimitInput, await readForm(request));
		if (!parsed.ok) return fail(400, formFailure(parsed.errors, parsed.values));
		try {
			await setParticipantLimit(locals.actor, parseId(params.groupId), parsed.data.maxParticipants);
		} catch (failure) {
			return failAsForm(failure, 'maxParticipants');
		}
		return { done: 'limit_set' as const };
	},
	close: async ({ locals, params }) => {
		await setJoining(locals.actor, parseId(params.groupId), false, null);
		return { done: 'closed' as const };
	},
	add: async ({ locals, params, request }) => {
		const form = await readForm(request);
		const parsed = parseForm(pseudonymList, form);
		const values = { pseudonyms: String(form.get('pseudonyms') ?? '').slice(0, 2000) };
		if (!parsed.ok) {
			// A problem on one line is reported on the field, with the line number.
			const [field, problem] = Object.entries(parsed.errors)[0]!;
			const line = Number(field.split('.')[1]);
			const message = Number.isInteger(line)
				? { key: 'groups.line_problem' as const, values: { line: line + 1, problem } }
				: problem;
			return fail(400, formFailure({ pseudonyms: message }, values));
		}
		try {
			const sheet = await addParticipants(
				locals.actor,
				parseId(params.groupId),
				parsed.data.pseudonyms,
				locals.locale
			);
			return { sheet };
		} catch (failure) {
			if (failure instanceof DomainError && failure.code === 'identity.group_full_for_cards')
				return fail(409, formFailure({ pseudonyms: failure.toMessage() }, values));
			if (failure instanceof LinesRefused) {
				// Every refused line at once, in words for the adult, in her language.
				const details = failure.lines
					.map((refused) =>
						translate(locals.locale, 'groups.refused_line', {
							line: refused.line + 1,
							pseudonym: refused.pseudonym,
							kind: refused.code.replace(/^identity\.pseudonym_/, '')
						})
					)
					.join(' ');
				return fail(
					400,
					formFailure(
						{
							pseudonyms: {
								key: 'identity.lines_refused',
								values: { count: failure.lines.length, details }
							}
						},
						values
					)
				);
			}
			throw failure;
		}
	},
	reset: async ({ locals, params, request }) => {
		const parsed = parseForm(participantRef, await readForm(request));
		if (!parsed.ok) return fail(400, formFailure(parsed.errors, {}));
		const reset = await resetPassphrase(
			locals.actor,
			parsed.data.participantId,
			locals.locale,
			parseId(params.groupId)
		);
		return { sheet: await cardSheet(reset.joinCode, [reset]) };
	},
	addExisting: async ({ locals, params, request }) => {
		const parsed = parseForm(participantRef, await readForm(request));
		if (!parsed.ok) return fail(400, formFailure(parsed.errors, {}));
		try {
			await addExistingParticipant(
				locals.actor,
				parseId(params.groupId),
				parsed.data.participantId
			);
		} catch (failure) {
			return failAsForm(failure, 'existing');
		}
		return { done: 'participant_added' as const };
	},
	addFacilitator: async ({ locals, params, request }) => {
		const parsed = parseForm(facilitatorRef, await readForm(request));
		if (!parsed.ok) return fail(400, formFailure(parsed.errors, {}));
		await addFacilitator(locals.actor, parseId(params.groupId), parsed.data.userId);
		return { done: 'facilitator_added' as const };
	},
	designate: async ({ locals, params, request }) => {
		const parsed = parseForm(facilitatorRef, await readForm(request));
		if (!parsed.ok) return fail(400, formFailure(parsed.errors, {}));
		await designateFacilitator(locals.actor, parseId(params.groupId), parsed.data.userId);
		return { done: 'designated' as const };
	},
	removeFacilitator: async ({ locals, params, request }) => {
		const parsed = parseForm(facilitatorRef, await readForm(request));
		if (!parsed.ok) return fail(400, formFailure(parsed.errors, {}));
		try {
			await removeFacilitator(locals.actor, parseId(params.groupId), parsed.data.userId);
		} catch (failure) {
			return failAsForm(failure, 'facilitators');
		}
		return { done: 'facilitator_removed' as const };
	},
	rename: async ({ locals, params, request }) => {
		const parsed = parseForm(renameInput, await readForm(request));
		if (!parsed.ok) return fail(400, formFailure(parsed.errors, parsed.values));
		try {
			await renameParticipant(
				locals.actor,
				parsed.data.participantId,
				parsed.data.pseudonym,
				parseId(params.groupId)
			);
		} catch (failure) {
			if (failure instanceof DomainError && failure.status !== 404)
				return fail(
					400,
					formFailure({ [`rename-${parsed.data.participantId}`]: { key: failure.code } }, {})
				);
			throw failure;
		}
		return { done: 'renamed' as const };
	}
};
