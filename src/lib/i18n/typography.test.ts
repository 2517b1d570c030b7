// French typography everywhere in the interface text, and none of it in English.
import { describe, expect, it } from 'vitest';
import { catalogues, registerAllCatalogues } from './all.ts';
import { locales, translate, type MessageKey } from './catalogue.ts';
import { typesetFrench } from './typography.ts';

registerAllCatalogues();

/** Every message as a reader gets it, with sample values. */
function rendered(locale: 'fr' | 'en'): [string, string][] {
	return (Object.keys(catalogues[locale]) as MessageKey[]).map((key) => [
		key,
		translate(locale, key, {
			count: 2,
			name: 'Camille',
			number: 3,
			max: 120,
			size: 1.5,
			role: 'coordinator',
			kind: 'name',
			line: 2,
			pseudonym: 'Luciole',
			details: '',
			seconds: 5,
			minutes: 5,
			passages: 2,
			endings: 1,
			limit: 20,
			room: 3,
			reserved: 10,
			types: 'MP4',
			date: '6 décembre 2026',
			email: 'a@example.org'
		})
	]);
}

describe('French typography', () => {
	it('puts a narrow no-break space before ; : ! ? », after «, and keeps numbers with their unit', () => {
		expect(typesetFrench('Attention : « oui » ; non ! Vraiment ? 2 Mo')).toBe(
			'Attention\u202f: «\u202foui\u202f»\u202f; non\u202f! Vraiment\u202f? 2\u00a0Mo'
		);
	});

	it('holds in every French message, so no sign starts a line alone', () => {
		const wrong = rendered('fr').filter(
			([, text]) =>
				/[^\u202f]([;!?»])/.test(text.replace(/https?:\/\/\S+/g, '').replace(/^[;!?»]/, '')) ||
				/ :/.test(text) ||
				/«[^\u202f]/.test(text)
		);
		expect(wrong).toEqual([]);
	});

	it('leaves English without French punctuation', () => {
		for (const locale of locales.filter((locale) => locale === 'en')) {
			const wrong = rendered(locale).filter(
				([key, text]) =>
					!['validation.plain_text', 'tools.graph_legend'].includes(key) &&
					/[«»\u202f]| [:;!?](\s|$)/.test(text)
			);
			expect(wrong).toEqual([]);
		}
	});

	it('writes decimals with a comma in French and a point in English', () => {
		expect(translate('fr', 'media.size_mb', { size: 1.5 })).toBe('1,5\u00a0Mo');
		expect(translate('en', 'media.size_mb', { size: 1.5 })).toBe('1.5 MB');
	});
});
