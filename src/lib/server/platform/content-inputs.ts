// Zod shapes shared by every page that writes a versioned document (programs and workshop tools).
import { z } from 'zod';
import { PLAIN_TEXT } from './validation.ts';

const title = z
	.string()
	.optional()
	.transform((value) => (value ?? '').trim())
	.pipe(
		z
			.string()
			.max(200, { error: 'validation.too_long' })
			.regex(PLAIN_TEXT, { error: 'validation.plain_text' })
	);

/** A new document's title, in French, English or both. */
export const newTitleInput = z
	.object({ titleFr: title, titleEn: title })
	.refine((value) => value.titleFr !== '' || value.titleEn !== '', {
		error: 'validation.required',
		path: ['titleFr']
	});

export const documentId = z.uuid();
export const versionNumber = z.coerce.number().int().min(1).max(100_000);

/** What an editor sends at each autosave. The document itself is checked by the service. */
export const draftSave = z.object({
	revision: z.number().int().min(0),
	document: z.unknown()
});
