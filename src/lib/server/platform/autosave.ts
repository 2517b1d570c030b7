// The one autosave endpoint behaviour, shared by every editor: a JSON `{ revision, document }` body read
// within a size limit, the save verb called, its result or its refusal as JSON with the right status.
import { documentId, draftSave } from './content-inputs.ts';
import { jsonAnswer, refusal } from './json-api.ts';

const MAX_BYTES = 2 * 1024 * 1024;

export async function autosave(
	request: Request,
	idParam: string,
	save: (id: string, revision: number, document: unknown) => Promise<unknown>
): Promise<Response> {
	const id = documentId.safeParse(idParam);
	if (!id.success) return refusal('errors.not_found_or_not_allowed', 404);
	const body = await request.text().catch(() => '');
	if (body.length > MAX_BYTES) return refusal('errors.bad_request', 413);
	let json: unknown;
	try {
		json = JSON.parse(body);
	} catch {
		return refusal('errors.bad_request', 400);
	}
	const input = draftSave.safeParse(json);
	if (!input.success) return refusal('errors.bad_request', 400);
	return jsonAnswer(() => save(id.data, input.data.revision, input.data.document));
}
