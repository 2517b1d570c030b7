// Autosave of the program editor: the whole draft, with the revision it started from.
import type { RequestHandler } from './$types';
import { autosave } from '#lib/server/platform/autosave.ts';
import { saveDraft } from '#lib/server/programs/service.ts';

export const PUT: RequestHandler = ({ locals, params, request }) =>
	autosave(request, params.programId, (id, revision, document) =>
		saveDraft(locals.actor, id, revision, document)
	);
