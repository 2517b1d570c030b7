// The workshop tools of the organisation one works in, by kind; coordinators create new ones here.
import { error, fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { newTitleInput } from '#lib/server/platform/content-inputs.ts';
import { formFailure, parseForm, readForm } from '#lib/server/platform/validation.ts';
import { createTool, mayAuthorTools, toolStore } from '#lib/server/tools/service.ts';
import { TOOL_KINDS } from '#lib/ui/tools/tool-kinds.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const actor = locals.actor;
	if (actor.kind !== 'user') redirect(303, actor.kind === 'participant' ? '/' : '/sign-in');
	if (!actor.active) redirect(303, '/organisations');
	const organisationId = actor.active.organisationId;
	const lists = await Promise.all(
		TOOL_KINDS.map(async (kind) => ({
			kind,
			items: await toolStore(kind).list(actor, organisationId)
		}))
	);
	return { lists, mayAuthor: mayAuthorTools(actor, organisationId) };
};

const newToolInput = z.intersection(newTitleInput, z.object({ kind: z.enum(TOOL_KINDS) }));

export const actions: Actions = {
	create: async ({ locals, request }) => {
		const actor = locals.actor;
		const organisationId = actor.kind === 'user' ? (actor.active?.organisationId ?? '') : '';
		if (!mayAuthorTools(actor, organisationId))
			error(404, 'errors.not_found_or_not_allowed', { code: 'errors.not_found_or_not_allowed' });
		const parsed = parseForm(newToolInput, await readForm(request));
		if (!parsed.ok) return fail(400, formFailure(parsed.errors, parsed.values));
		const { kind, titleFr, titleEn } = parsed.data;
		const id = await createTool(actor, kind, organisationId, { fr: titleFr, en: titleEn });
		redirect(303, `/tools/${kind}/${id}/edit`);
	}
};
