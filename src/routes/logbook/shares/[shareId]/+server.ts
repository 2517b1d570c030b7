// Taking a share back: the adult can no longer read that page.
import { entryIdInput } from '#lib/server/logbook/inputs.ts';
import { revokeShare } from '#lib/server/logbook/service.ts';
import { jsonAnswer, refusal } from '#lib/server/platform/json-api.ts';
import type { RequestHandler } from './$types';

export const DELETE: RequestHandler = ({ locals, params }) => {
	const parsed = entryIdInput.safeParse({ id: params.shareId });
	if (!parsed.success) return refusal('errors.not_found_or_not_allowed', 404);
	return jsonAnswer(() => revokeShare(locals.actor, parsed.data.id));
};
