// A pseudonym that looks like a real name or holds a birth year is refused; invented names pass.
import { describe, expect, it } from 'vitest';
import { pseudonymRisk } from './pseudonym-guard.ts';

describe('the pseudonym guard', () => {
	it.each([
		['MarieTremblay', 'name'],
		['marie_tremblay_14', 'name'],
		['Marie T', 'name'],
		['marietremblay', 'name'],
		['Tremblay.Kayla', 'name'],
		['jessica-gagnon', 'name'],
		['Kayla 2009', 'birth_year'],
		['luciole2011', 'birth_year']
	])('refuses %s (%s)', (pseudonym, risk) => {
		expect(pseudonymRisk(pseudonym)).toBe(risk);
	});

	it.each([
		'Luciole',
		'Comète',
		'Renard bleu',
		'Pivoine',
		'Orage',
		'Kayla',
		'Hibou 3',
		'Étoile filante',
		'Loutre_22',
		'Mésange'
	])('lets %s through', (pseudonym) => {
		expect(pseudonymRisk(pseudonym)).toBeNull();
	});
});
