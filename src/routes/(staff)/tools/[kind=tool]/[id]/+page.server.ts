// A workshop tool: its status, what blocks publishing, its versions; reviewing, publishing and archiving.
import { documentId } from '#lib/server/platform/content-inputs.ts';
import { staffNoteOf } from '#lib/domain/tools/staff-note.ts';
import { attemptAction } from '#lib/server/platform/validation.ts';
import { mayAuthorTools, toolStore } from '#lib/server/tools/service.ts';
import { staffActor } from '#lib/server/platform/areas.ts';
import type { Actions, PageServerLoad } from './$types';
import { notFoundOrNotAllowed } from '#lib/server/platform/errors.ts';

function parseId(value: string): string {
	const id = documentId.safeParse(value);
	if (!id.success) throw notFoundOrNotAllowed();
	return id.data;
}

export const load: PageServerLoad = async ({ locals, params }) => {
	const actor = staffActor(locals.actor);
	const id = parseId(params.id);
	const store = toolStore(params.kind);
	const versions = await store.versions(actor, id);
	const organisationId = actor.active?.organisationId;
	if (organisationId && mayAuthorTools(actor, organisationId)) {
		const draft = await store.forAuthoring(actor, id);
		const title = (draft.document as { title: { fr: string; en: string } }).title;
		const staffNote = staffNoteOf(draft.document);
		return { kind: params.kind, id, versions, draft, title, staffNote, mayAuthor: true as const };
	}
	const latest = await store.version(actor, id, 'latest');
	const title = (latest.document as { title: { fr: string; en: string } }).title;
	const staffNote = staffNoteOf(latest.document);
	return {
		kind: params.kind,
		id,
		versions,
		draft: null,
		title,
		staffNote,
		mayAuthor: false as const
	};
};

export const actions: Actions = {
	submit: ({ locals, params }) =>
		attemptAction(
			() => toolStore(params.kind).submit(locals.actor, parseId(params.id)),
			'submitted'
		),
	publish: ({ locals, params }) =>
		attemptAction(
			() => toolStore(params.kind).publish(locals.actor, parseId(params.id)),
			'published'
		),
	archive: ({ locals, params }) =>
		attemptAction(
			() => toolStore(params.kind).archive(locals.actor, parseId(params.id), true),
			'archived'
		),
	restore: ({ locals, params }) =>
		attemptAction(
			() => toolStore(params.kind).archive(locals.actor, parseId(params.id), false),
			'restored'
		)
};
