// A program: its status, what blocks publishing, its versions; reviewing, publishing and archiving.
import { activityKind } from '#lib/domain/programs/activity-kinds.ts';
import type { ProgramDocument } from '#lib/domain/programs/document.ts';
import { programId } from '#lib/server/programs/inputs.ts';
import {
	archiveProgram,
	listVersions,
	mayAuthor,
	programForAuthoring,
	programVersionView,
	publishProgram,
	submitForReview
} from '#lib/server/programs/service.ts';
import { attemptAction } from '#lib/server/platform/validation.ts';
import { staffActor } from '#lib/server/platform/areas.ts';
import type { Actions, PageServerLoad } from './$types';
import { notFoundOrNotAllowed } from '#lib/server/platform/errors.ts';

function parseId(value: string): string {
	const id = programId.safeParse(value);
	if (!id.success) throw notFoundOrNotAllowed();
	return id.data;
}

export const load: PageServerLoad = async ({ locals, params }) => {
	const actor = staffActor(locals.actor);
	const id = parseId(params.programId);
	const versions = await listVersions(actor, id);
	const organisationId = actor.active?.organisationId;
	if (organisationId && mayAuthor(actor, organisationId)) {
		const draft = await programForAuthoring(actor, id);
		return {
			id,
			versions,
			draft,
			title: draft.document.title,
			outline: outlineOf(draft.document),
			importedAt: draft.importedAt,
			mayAuthor: true as const
		};
	}
	const latest = await programVersionView(actor, id, versions[0]!.number);
	return {
		id,
		versions,
		draft: null,
		title: latest.document.title,
		outline: outlineOf(latest.document),
		importedAt: null,
		mayAuthor: false as const
	};
};

/** The workshops and their activities, with durations, as the page lists them. */
function outlineOf(document: ProgramDocument) {
	return document.workshops.map((workshop) => ({
		id: workshop.id,
		title: workshop.title,
		minutes: workshop.durationMinutes,
		activities: workshop.activities.map((activity) => ({
			id: activity.id,
			title: activity.title,
			kind: activityKind(activity.kind)?.label ?? null,
			minutes: activity.durationMinutes
		}))
	}));
}

export const actions: Actions = {
	submit: ({ locals, params }) =>
		attemptAction(() => submitForReview(locals.actor, parseId(params.programId)), 'submitted'),
	publish: ({ locals, params }) =>
		attemptAction(() => publishProgram(locals.actor, parseId(params.programId)), 'published'),
	archive: ({ locals, params }) =>
		attemptAction(() => archiveProgram(locals.actor, parseId(params.programId), true), 'archived'),
	restore: ({ locals, params }) =>
		attemptAction(() => archiveProgram(locals.actor, parseId(params.programId), false), 'restored')
};
