import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { HELD_SOURCES } from '#lib/domain/moderation/held-sources.ts';
import { catalogueParts, catalogues, registerAllCatalogues } from './all.ts';
import { locales, translate, type MessageKey } from './catalogue.ts';
import { frStaff } from './fr-staff.ts';

function argumentsOf(elements: MessageFormatElement[], found = new Set<string>()): Set<string> {
	for (const element of elements) {
		if (
			element.type === TYPE.argument ||
			element.type === TYPE.number ||
			element.type === TYPE.date
		)
			found.add(element.value);
		if (element.type === TYPE.plural || element.type === TYPE.select) {
			found.add(element.value);
			for (const option of Object.values(element.options)) argumentsOf(option.value, found);
		}
		if (element.type === TYPE.tag) argumentsOf(element.children, found);
	}
	return found;
}

registerAllCatalogues();

describe('message catalogue', () => {
	it('has each key in one part only (youth, staff, co-creation or logbook)', () => {
		const keys = Object.values(catalogueParts.fr).flatMap((part) => Object.keys(part));
		expect(keys.length).toBeGreaterThan(1000);
		expect(new Set(keys).size).toBe(keys.length);
	});

	it('names every place a held text can come from, for the designated facilitator', () => {
		for (const source of HELD_SOURCES) expect(frStaff).toHaveProperty([`care.source.${source}`]);
	});

	it('has the same keys in French and English, part by part', () => {
		for (const [part, french] of Object.entries(catalogueParts.fr))
			expect(
				Object.keys(catalogueParts.en[part as keyof typeof catalogueParts.en]).sort(),
				part
			).toEqual(Object.keys(french).sort());
	});

	it('has no empty message in either language', () => {
		for (const locale of locales) {
			for (const [key, message] of Object.entries(catalogues[locale])) {
				expect(message.trim(), `${locale} ${key}`).not.toBe('');
			}
		}
	});

	it('uses the same placeholders in both languages, and every message parses', () => {
		for (const key of Object.keys(catalogues.fr) as MessageKey[]) {
			const french = argumentsOf(parse(catalogues.fr[key]));
			const english = argumentsOf(parse(catalogues.en[key]));
			expect([...english].sort(), key).toEqual([...french].sort());
		}
	});

	it('fills in values and plurals per language', () => {
		expect(translate('fr', 'validation.too_long', { max: 120 })).toBe(
			'Ce texte est trop long (maximum 120\u00a0caractères).'
		);
		expect(translate('en', 'validation.summary', { count: 1 })).toBe('One field needs a fix.');
		expect(translate('en', 'validation.summary', { count: 3 })).toBe('3 fields need a fix.');
		expect(translate('fr', 'validation.summary', { count: 2 })).toBe('2 champs sont à corriger.');
	});

	it('keeps page titles neutral: no word that reveals what the platform is about', () => {
		const revealing = /exploit|prostitu|proxén|pimp|sex|traite|traffick|abus|violence/i;
		for (const locale of locales) {
			for (const [key, message] of Object.entries(catalogues[locale])) {
				if (key.startsWith('page.') || key === 'app.name') {
					expect(message, `${locale} ${key}`).not.toMatch(revealing);
				}
			}
		}
	});
});
