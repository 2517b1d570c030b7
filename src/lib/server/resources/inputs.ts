// Zod shapes of the help-resource editor; messages are catalogue keys.
import { z } from 'zod';
import { PLAIN_TEXT } from '../platform/validation.ts';

/** A form field that may be left out entirely: missing reads as empty. */
const optional = z
	.string()
	.optional()
	.transform((value) => value ?? '');

const text = (max: number, required = true) => {
	const base = z
		.string()
		.trim()
		.max(max, { error: 'validation.too_long' })
		.regex(PLAIN_TEXT, { error: 'validation.plain_text' });
	return optional.pipe(required ? base.min(1, { error: 'validation.required' }) : base);
};

const emptyToNull = (value: string) => (value === '' ? null : value);

const number = optional.pipe(
	z
		.string()
		.trim()
		.max(30, { error: 'validation.too_long' })
		.regex(/^[0-9+() .-]*$/, { error: 'resources.number_shape' })
		.transform(emptyToNull)
);

const url = optional.pipe(
	z
		.string()
		.trim()
		.max(300, { error: 'validation.too_long' })
		.refine((value) => value === '' || /^https:\/\/[^\s<>"]+$/.test(value), {
			error: 'resources.url_shape'
		})
		.transform(emptyToNull)
);

export const helpResourceInput = z.object({
	nameFr: text(120),
	nameEn: text(120),
	descriptionFr: text(300, false),
	descriptionEn: text(300, false),
	phone: number,
	textNumber: number,
	url,
	verified: z
		.enum(['on'])
		.optional()
		.transform((value) => value === 'on')
});
export type HelpResourceInput = z.infer<typeof helpResourceInput>;

export const resourceRef = z.object({ resourceId: z.uuid({ error: 'validation.invalid' }) });
