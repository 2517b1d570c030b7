// The small formatter gives intl-messageformat's text for every message of both catalogues, whatever the values.
import fc from 'fast-check';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { catalogues } from './all.ts';
import { formatMessage } from './format.ts';

/** The argument names a message uses. */
function argumentsOf(message: string): string[] {
	return [...new Set([...message.matchAll(/\{\s*([a-zA-Z_][\w]*)\s*[,}]/g)].map((m) => m[1]!))];
}

describe('formatting catalogue messages', () => {
	for (const [locale, catalogue] of [
		['fr-CA', catalogues.fr],
		['en-CA', catalogues.en]
	] as const) {
		it(`matches intl-messageformat on every ${locale} message`, () => {
			fc.assert(
				fc.property(
					fc.nat({ max: 1_500_000 }),
					fc.constantFrom('coordinator', 'facilitator', 'researcher', 'autre'),
					fc.string({ maxLength: 12 }).filter((text) => !/[{}#']/.test(text)),
					(number, word, text) => {
						for (const message of Object.values(catalogue)) {
							const values: Record<string, string | number> = {};
							for (const name of argumentsOf(message)) {
								const plural = new RegExp(`\\{\\s*${name}\\s*,\\s*plural`).test(message);
								const select = new RegExp(`\\{\\s*${name}\\s*,\\s*select`).test(message);
								values[name] = plural ? number % 4 : select ? word : text || String(number);
							}
							const expected = String(new IntlMessageFormat(message, locale).format(values));
							expect(formatMessage(message, locale, values), message).toBe(expected);
						}
					}
				),
				{ numRuns: 30 }
			);
		});
	}

	it('formats numbers in the reader’s language, and exact plural cases first', () => {
		expect(formatMessage('{n} Mo', 'fr-CA', { n: 1234.5 })).toBe('1\u00a0234,5 Mo');
		expect(formatMessage('{n} MB', 'en-CA', { n: 1234.5 })).toBe('1,234.5 MB');
		const message = '{n, plural, =0 {aucune} one {# fin} other {# fins}}';
		expect([0, 1, 2].map((n) => formatMessage(message, 'fr-CA', { n }))).toEqual([
			'aucune',
			'1 fin',
			'2 fins'
		]);
	});
});
