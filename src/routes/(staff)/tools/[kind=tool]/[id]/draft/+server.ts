// Autosave of a workshop tool's editor: the whole draft, with the revision it started from.
import type { RequestHandler } from './$types';
import { autosave } from '#lib/server/platform/autosave.ts';
import { toolStore } from '#lib/server/tools/service.ts';

export const PUT: RequestHandler = ({ locals, params, request }) =>
	autosave(request, params.id, (id, revision, document) =>
		toolStore(params.kind).saveDraft(locals.actor, id, revision, document)
	);
