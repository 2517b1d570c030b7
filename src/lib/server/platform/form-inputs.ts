// Zod pieces for what people type in forms, shared by the modules' input shapes; messages are catalogue keys.
import { z } from 'zod';

/**
 * Text a person wrote: any punctuation (French needs « ; »), line breaks and tabs, but no markup signs (< >)
 * and no other control characters.
 */
export const WRITTEN = /^(?:[^\p{Cc}<>]|[\n\r\t])*$/u;

/** Written text that must not be empty. */
export const requiredText = (max: number) =>
	z
		.string({ error: 'validation.required' })
		.trim()
		.min(1, { error: 'validation.required' })
		.max(max, { error: 'validation.too_long' })
		.regex(WRITTEN, { error: 'validation.plain_text' });

/** Written text that may be empty. */
export const writtenText = (max: number) =>
	z
		.string()
		.trim()
		.max(max, { error: 'validation.too_long' })
		.regex(WRITTEN, { error: 'validation.plain_text' });

/** A whole number typed in a form: never empty (an empty field is not zero). */
export const wholeNumber = (min: number, max: number) =>
	z
		.string({ error: 'validation.required' })
		.trim()
		.min(1, { error: 'validation.required' })
		.transform(Number)
		.pipe(
			z
				.number({ error: 'validation.invalid' })
				.int({ error: 'validation.invalid' })
				.min(min, { error: 'validation.invalid' })
				.max(max, { error: 'validation.invalid' })
		);
