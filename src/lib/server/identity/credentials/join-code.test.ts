import { describe, expect, it } from 'vitest';
import {
	JOIN_CODE_ALPHABET,
	JOIN_CODE_LENGTH,
	formatJoinCode,
	generateJoinCode,
	normaliseJoinCode
} from './join-code.ts';

const AMBIGUOUS = '0OQ1IL2Z5S8BUVG';

describe('join codes', () => {
	it('are eight upper-case characters from the alphabet', () => {
		for (let i = 0; i < 1_000; i++) {
			expect(generateJoinCode()).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{8}$`));
		}
		expect(JOIN_CODE_LENGTH).toBe(8);
	});

	it('never produce an ambiguous character or a vowel', () => {
		for (const character of `${AMBIGUOUS}AEY`) {
			expect(JOIN_CODE_ALPHABET).not.toContain(character);
		}
		expect(new Set(JOIN_CODE_ALPHABET).size).toBe(JOIN_CODE_ALPHABET.length);
		expect(JOIN_CODE_ALPHABET).toBe(JOIN_CODE_ALPHABET.toUpperCase());
	});

	it('use every character of the alphabet at every position, evenly, over 20,000 codes', () => {
		const codes = 20_000;
		const counts = new Map<string, number>();
		const perPosition = Array.from({ length: JOIN_CODE_LENGTH }, () => new Set<string>());
		for (let i = 0; i < codes; i++) {
			const code = generateJoinCode();
			[...code].forEach((character, position) => {
				counts.set(character, (counts.get(character) ?? 0) + 1);
				perPosition[position]!.add(character);
			});
		}
		expect([...counts.keys()].sort().join('')).toBe([...JOIN_CODE_ALPHABET].sort().join(''));
		for (const seen of perPosition) expect(seen.size).toBe(JOIN_CODE_ALPHABET.length);
		// Pearson's chi-squared over 160,000 draws (17 degrees of freedom): a fair generator passes
		// 65 all but once in 6 million runs; "random byte % 18", whose bias is 5%, scores over 100.
		const expected = (codes * JOIN_CODE_LENGTH) / JOIN_CODE_ALPHABET.length;
		let chiSquared = 0;
		for (const count of counts.values()) chiSquared += (count - expected) ** 2 / expected;
		expect(chiSquared).toBeLessThan(65);
	});

	it('almost never repeat over 20,000 codes', () => {
		const codes = new Set(Array.from({ length: 20_000 }, generateJoinCode));
		// 18^8 ≈ 11 billion codes: one collision among 20,000 happens 2% of the time, three about
		// once in a million runs, while a broken generator would repeat itself by the thousand.
		expect(codes.size).toBeGreaterThanOrEqual(19_998);
	});
});

describe('reading a typed join code', () => {
	it('accepts the code in lower case, with a dash, spaces or both', () => {
		for (const typed of ['ck3pw9rt', 'CK3P-W9RT', 'ck3p w9rt', ' ck3p - w9rt ', 'Ck3P-w9Rt']) {
			expect(normaliseJoinCode(typed)).toBe('CK3PW9RT');
		}
	});

	it('accepts the dashes and spaces a phone keyboard puts in', () => {
		expect(normaliseJoinCode('CK3P–W9RT')).toBe('CK3PW9RT');
		expect(normaliseJoinCode('CK3P—W9RT')).toBe('CK3PW9RT');
		expect(normaliseJoinCode('CK3P\u00a0W9RT')).toBe('CK3PW9RT');
		expect(normaliseJoinCode('ＣＫ３Ｐ－Ｗ９ＲＴ')).toBe('CK3PW9RT');
	});

	it('reads back every generated code, plain or formatted', () => {
		for (let i = 0; i < 200; i++) {
			const code = generateJoinCode();
			expect(normaliseJoinCode(code)).toBe(code);
			expect(normaliseJoinCode(formatJoinCode(code).toLowerCase())).toBe(code);
		}
	});

	it('refuses what cannot be a code', () => {
		for (const typed of [
			'',
			'   ',
			'CK3PW9R',
			'CK3PW9RTT',
			'CK3P/W9RT',
			'CK3PW9R0',
			'CK3PW9RO',
			'HELLOWOR',
			'CK3PW9RÉ'
		]) {
			expect(normaliseJoinCode(typed)).toBeNull();
		}
	});

	it('refuses an ambiguous character rather than guessing it', () => {
		for (const character of AMBIGUOUS) {
			expect(normaliseJoinCode(`CK3PW9R${character}`)).toBeNull();
		}
	});
});

describe('showing a join code', () => {
	it('prints it in two groups of four', () => {
		expect(formatJoinCode('CK3PW9RT')).toBe('CK3P-W9RT');
		expect(formatJoinCode('ck3p w9rt')).toBe('CK3P-W9RT');
	});

	it('refuses to print something that is not a code', () => {
		expect(() => formatJoinCode('nope')).toThrow(TypeError);
	});
});
