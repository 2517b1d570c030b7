// Refuses the adult passwords attackers try first (NIST SP 800-63B): common, repeated, sequential.
import { dictionary } from '@zxcvbn-ts/language-common';

export type WeakPasswordReason =
	/** On a list of common passwords, perhaps dressed up: "P@ssw0rd2024!", "mot de passe". */
	| 'common'
	/** One character or one short run, repeated: "aaaaaaaaaaaa", "abcabcabcabc". */
	| 'repetitive'
	/** A run of the alphabet, of the digits or along a keyboard: "123456789012", "azertyuiopqs". */
	| 'sequence'
	/** Contains the name of this service. */
	| 'site-name';

// The 49,233 most common passwords of @zxcvbn-ts/language-common (lower case, ranked by frequency),
// which hold "azerty", "motdepasse", "soleil", "jetaime"..., and a few French ones it lacks.
const FRENCH_ADDITIONS = (
	'doudou coucou bebe poupette merci papa licorne framboise mot2passe jetaimemaman jetaimepapa ' +
	'jetaimefort bisounours toietmoi'
).split(' ');

let common: ReadonlySet<string> | undefined;

// The package unpacks its list when imported (about 40 ms); the Set is built on the first check.
function commonPasswords(): ReadonlySet<string> {
	common ??= new Set([...dictionary['passwords-common'], ...FRENCH_ADDITIONS]);
	return common;
}

const SITE_NAME = 'partirdenous';

// Tracks that a "sequence" follows, forwards or backwards, wrapping round: the alphabet, the digits
// (so "1234567890123" counts), and the QWERTY and AZERTY letter rows read row after row.
const TRACKS = [
	'abcdefghijklmnopqrstuvwxyz',
	'0123456789',
	'qwertyuiopasdfghjklzxcvbnm',
	'azertyuiopqsdfghjklmwxcvbn',
	'1q2w3e4r5t6y7u8i9o0p',
	'1a2z3e4r5t6y7u8i9o0p'
];

// Digits and symbols people swap for letters: "p@ssw0rd", "m0td3p4ss3".
const LEET: Readonly<Record<string, string>> = {
	'0': 'o',
	'3': 'e',
	'4': 'a',
	'5': 's',
	'7': 't',
	'@': 'a',
	$: 's'
};

// "1" stands for "i" as often as for "l", so both readings are tried.
function unleet(text: string, one: 'i' | 'l'): string {
	return text.replace(/[013457@$]/g, (c) => (c === '1' ? one : (LEET[c] ?? c)));
}

// What people put between the words of a password: "mot de passe", "i-love-you".
const SEPARATORS = /[\s\p{Pd}_.]+/gu;

// The password and, when it is at least 4 letters long, its core without the digits, symbols and
// spaces put before or after it: "Soleil2024!" → "soleil". Shorter cores are not judged on their
// own, so that "19 mai 2024 !" is not refused for its "mai".
function withCore(text: string): string[] {
	const core = text.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
	return core.length >= 4 && core !== text ? [text, core] : [text];
}

function isRepetitive(text: string): boolean {
	return /^(.+?)\1+$/su.test(text);
}

function isSequence(text: string): boolean {
	if (text.length < 3) return false;
	return TRACKS.some((track) => {
		const laps = track.repeat(Math.ceil(text.length / track.length) + 1);
		return laps.includes(text) || [...laps].reverse().join('').includes(text);
	});
}

/** Why a password is too easy to guess, or null when no rule objects. Case never matters. */
export function weakPasswordReason(password: string): WeakPasswordReason | null {
	const lower = password.normalize('NFKC').toLowerCase();
	const plain = lower.normalize('NFKD').replace(/[^\p{L}\p{N}@$]/gu, '');
	if (plain.includes(SITE_NAME) || unleet(plain, 'i').includes(SITE_NAME)) return 'site-name';

	const shapes = [...new Set([lower, lower.replace(SEPARATORS, '')].flatMap(withCore))];
	if (shapes.some(isRepetitive)) return 'repetitive';
	if (shapes.some(isSequence)) return 'sequence';

	const list = commonPasswords();
	const forms = shapes
		.flatMap((text) => [text, unleet(text, 'i'), unleet(text, 'l')])
		.flatMap(withCore);
	return forms.some((form) => list.has(form)) ? 'common' : null;
}

/** True when the password is common, repetitive, sequential or contains the site's name. */
export function isCommonPassword(password: string): boolean {
	return weakPasswordReason(password) !== null;
}
