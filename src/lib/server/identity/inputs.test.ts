import { describe, expect, it } from 'vitest';
import { adminSetupInput, joinInput, setupToken, signInInput } from './inputs.ts';

describe('identity inputs', () => {
	it('accept a reasonable administrator and normalise the e-mail', () => {
		expect(
			adminSetupInput.parse({
				name: ' Alex ',
				email: ' ALEX@example.org',
				password: 'une phrase assez longue'
			})
		).toEqual({ name: 'Alex', email: 'alex@example.org', password: 'une phrase assez longue' });
	});

	it('refuse passwords under 12 or over 128 characters, with no rule on their make-up', () => {
		const base = { name: 'A', email: 'a@example.org' };
		const varied = 'la lune rit doucement, le chat dort sous la table verte et chante ';
		expect(adminSetupInput.safeParse({ ...base, password: varied.slice(0, 11) }).success).toBe(
			false
		);
		expect(adminSetupInput.safeParse({ ...base, password: varied.slice(0, 12) }).success).toBe(
			true
		);
		expect(
			adminSetupInput.safeParse({ ...base, password: varied.repeat(2).slice(0, 129) }).success
		).toBe(false);
	});

	it('never accept a sign-in with an empty password', () => {
		expect(signInInput.safeParse({ email: 'a@example.org', password: '' }).success).toBe(false);
	});

	it('only accept setup tokens of the exact generated shape', () => {
		expect(setupToken.safeParse('a'.repeat(43)).success).toBe(true);
		expect(setupToken.safeParse('a'.repeat(42)).success).toBe(false);
		expect(setupToken.safeParse(`${'a'.repeat(42)}/`).success).toBe(false);
	});
});

describe('new passwords', () => {
	const base = { name: 'A', email: 'a@example.org' };
	it.each([
		['motdepasse123', 'identity.password_common'],
		['aaaaaaaaaaaaaa', 'identity.password_repetitive'],
		['123456789012', 'identity.password_sequence'],
		['partirdenous2026', 'identity.password_site_name']
	])('refuse %s, saying why', (password, message) => {
		const result = adminSetupInput.safeParse({ ...base, password });
		expect(result.success).toBe(false);
		expect(result.error?.issues.map((issue) => issue.message)).toContain(message);
	});

	it('accept a sentence someone made up', () => {
		expect(
			adminSetupInput.safeParse({ ...base, password: 'le chat dort sur la lune' }).success
		).toBe(true);
	});
});

describe('a teen’s pseudonym', () => {
	it.each([
		['MarieTremblay', 'identity.pseudonym_name'],
		['marie_tremblay_14', 'identity.pseudonym_name'],
		['Marie T', 'identity.pseudonym_name'],
		['Kayla 2009', 'identity.pseudonym_birth_year'],
		['Marie Tremblay', 'identity.pseudonym_name']
	])('refuses %s, explaining why in her words', (pseudonym, key) => {
		const parsed = joinInput.safeParse({ code: 'HJKM-NPRT', pseudonym });
		expect(parsed.success).toBe(false);
		expect(parsed.error?.issues.map((issue) => issue.message)).toEqual([key]);
	});

	it('accepts an invented name', () => {
		expect(joinInput.safeParse({ code: 'HJKM-NPRT', pseudonym: 'Renard bleu' }).success).toBe(true);
	});
});
