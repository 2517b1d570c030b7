import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isCommonPassword, weakPasswordReason } from './common-passwords.ts';
import { generatePassphrase } from './passphrase.ts';

describe('common passwords', () => {
	it('knows the passwords people choose most, in English and in French', () => {
		for (const password of [
			'123456',
			'password',
			'azerty',
			'motdepasse',
			'soleil',
			'bonjour',
			'iloveyou',
			'jetaime',
			'1234567890',
			'qwertyuiop',
			'azertyuiop',
			'doudou',
			'licorne'
		]) {
			expect(weakPasswordReason(password), password).not.toBeNull();
		}
	});

	it('knows common passwords of 12 characters or more, the only length we accept', () => {
		for (const password of ['finalfantasy', 'administrator', '123qweasdzxc', 'jetaimemaman']) {
			expect(weakPasswordReason(password), password).toBe('common');
		}
		for (const password of ['qwerty123456', '1q2w3e4r5t6y', '123456789012']) {
			expect(isCommonPassword(password), password).toBe(true);
		}
	});

	it('ignores case', () => {
		expect(isCommonPassword('PassWord')).toBe(true);
		expect(isCommonPassword('MOTDEPASSE')).toBe(true);
		expect(isCommonPassword('Qwerty123456')).toBe(true);
	});

	it('sees through digits, symbols and spaces around a common password', () => {
		for (const password of [
			'Motdepasse2024!',
			'soleil123456',
			'!!Bonjour2025!!',
			'123456iloveyou',
			'mot de passe 2024',
			'i-love-you-1234'
		]) {
			expect(weakPasswordReason(password), password).toBe('common');
		}
	});

	it('sees through digits standing for letters', () => {
		for (const password of ['P@ssw0rd2024', 'm0td3p4ss3!!!', 'L1c0rne12345', 'pa$$word1234']) {
			expect(weakPasswordReason(password), password).toBe('common');
		}
	});

	it('refuses one character or one short run repeated', () => {
		for (const password of [
			'aaaaaaaaaaaa',
			'000000000000',
			'abcabcabcabc',
			'iloveyouiloveyou',
			'nous nous nous nous',
			'azazazazazaz!!'
		]) {
			expect(weakPasswordReason(password), password).toBe('repetitive');
		}
	});

	it('refuses runs of the alphabet, the digits or a keyboard row, either way', () => {
		for (const password of [
			'123456789012',
			'098765432109',
			'abcdefghijkl',
			'lkjihgfedcba',
			'qsdfghjklmwx',
			'mnbvcxzlkjhg',
			'abc def ghi jkl'
		]) {
			expect(weakPasswordReason(password), password).toBe('sequence');
		}
	});

	it('refuses any password that contains the name of the site', () => {
		for (const password of [
			'partirdenous',
			'PartirDeNous2024',
			'partir-de-nous!!',
			"j'aime partir de nous",
			'P4rtir De N0us ok'
		]) {
			expect(weakPasswordReason(password), password).toBe('site-name');
		}
	});

	it('accepts passwords that are long and personal', () => {
		for (const password of [
			'le chat dort sur la table bleue',
			'ma tortue s appelle Gaspard',
			'Ciel-Orange-Radeau-42',
			'tuesday lemon kettle harbour',
			'19 mai : atelier au jardin',
			'Xk9#mQ2!vL7pRz'
		]) {
			expect(weakPasswordReason(password), password).toBeNull();
		}
	});

	it('accepts random passwords and generated pass-phrases', () => {
		for (let i = 0; i < 1_000; i++) {
			const random = randomBytes(12).toString('base64url');
			expect(isCommonPassword(random), random).toBe(false);
		}
		for (let i = 0; i < 200; i++) {
			const phrase = `${generatePassphrase('fr')} ${generatePassphrase('en')}`;
			expect(isCommonPassword(phrase), phrase).toBe(false);
		}
	});
});
