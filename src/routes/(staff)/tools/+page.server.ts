// The workshop tools of the organisation one works in, by kind; coordinators create new ones here.
import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { newTitleInput } from '#lib/server/platform/content-inputs.ts';
import { formFailure, parseForm, readForm } from '#lib/server/platform/validation.ts';
import { createTool, mayAuthorTools, toolStore } from '#lib/server/tools/service.ts';
import { TOOL_REGISTRY, TOOL_SEGMENTS } from '#lib/domain/tools/registry.ts';
import { staffActor } from '#lib/server/platform/areas.ts';
import type { Actions, PageServerLoad } from './$types';
import { notFoundOrNotAllowed } from '#lib/server/platform/errors.ts';

export const load: PageServerLoad = async ({ locals }) => {
	const actor = staffActor(locals.actor);
	if (!actor.active) redirect(303, '/organisations');
	const organisationId = actor.active.organisationId;
	const lists = await Promise.all(
		TOOL_REGISTRY.map(async (kind) => ({
			kind: kind.segment,
			items: await toolStore(kind.segment).list(actor, organisationId)
		}))
	);
	return { lists, mayAuthor: mayAuthorTools(actor, organisationId) };
};

const newToolInput = z.intersection(newTitleInput, z.object({ kind: z.enum(TOOL_SEGMENTS) }));

export const actions: Actions = {
	create: async ({ locals, request }) => {
		const actor = locals.actor;
		const organisationId = actor.kind === 'user' ? (actor.active?.organisationId ?? '') : '';
		if (!mayAuthorTools(actor, organisationId)) throw notFoundOrNotAllowed();
		const parsed = parseForm(newToolInput, await readForm(request));
		if (!parsed.ok) return fail(400, formFailure(parsed.errors, parsed.values));
		const { kind, titleFr, titleEn } = parsed.data;
		const id = await createTool(actor, kind, organisationId, { fr: titleFr, en: titleEn });
		redirect(303, `/tools/${kind}/${id}/edit`);
	}
};
