// What the personal-information guard finds and leaves alone, kind by kind, and its scores on the corpus.
import { describe, expect, it } from 'vitest';
import { PII_CORPUS, locateExpected, scoreCorpus } from './pii-corpus.ts';
import { findPersonalInformation, hasPersonalInformation, type PiiKind } from './pii-guard.ts';

/** What the guard found, as [kind, text] pairs, easy to read in a failing test. */
function found(text: string): [PiiKind, string][] {
	return findPersonalInformation(text).map((span) => [span.kind, span.text]);
}

describe('the personal-information guard: e-mail addresses', () => {
	it('finds a plain e-mail address without the full stop that ends the sentence', () => {
		expect(found('Écris-moi à julie.b2009@example.org.')).toEqual([
			['email', 'julie.b2009@example.org']
		]);
	});

	it('finds an address disguised with "at" and "point"', () => {
		expect(found("mon courriel c'est moi at gmail point com")).toEqual([
			['email', 'moi at gmail point com']
		]);
	});

	it('finds an address disguised with "(at)" and "dot"', () => {
		expect(found('moi (at) gmail dot com')).toEqual([['email', 'moi (at) gmail dot com']]);
	});

	it('finds an address written with "arobase"', () => {
		expect(found('contacte moi arobase hotmail.fr')).toEqual([['email', 'moi arobase hotmail.fr']]);
	});

	it('finds an address written with a space between every letter', () => {
		expect(found('m o i @ g m a i l . c o m')).toEqual([['email', 'm o i @ g m a i l . c o m']]);
	});

	it('finds an address at a mail provider even without ".com"', () => {
		expect(found('écris-moi à jojo123@gmail')).toEqual([['email', 'jojo123@gmail']]);
	});

	it('finds the real address after a false start with "at"', () => {
		expect(found('email me at k.lee+school@example.net')).toEqual([
			['email', 'k.lee+school@example.net']
		]);
	});

	it('does not read "at" in an ordinary sentence as an address', () => {
		expect(found('I am at school, see you at home.')).toEqual([]);
	});
});

describe('the personal-information guard: phone numbers', () => {
	it('finds a number written with dashes, dots or parentheses', () => {
		expect(found('514-555-0199, 514.555.0166 ou (438) 555-0123')).toEqual([
			['phone', '514-555-0199'],
			['phone', '514.555.0166'],
			['phone', '(438) 555-0123']
		]);
	});

	it('finds a phone number written with spaces between the digits', () => {
		expect(found('texte moi 5 1 4 - 5 5 5 - 0 1 9 9')).toEqual([
			['phone', '5 1 4 - 5 5 5 - 0 1 9 9']
		]);
	});

	it('finds numbers with the country code or a toll-free prefix', () => {
		expect(found('+1 514 555 0177 ou 1-800-555-0199')).toEqual([
			['phone', '+1 514 555 0177'],
			['phone', '1-800-555-0199']
		]);
	});

	it('finds ten digits in a row and a seven-digit local number', () => {
		expect(found('4385550111 ou 555-1234')).toEqual([
			['phone', '4385550111'],
			['phone', '555-1234']
		]);
	});

	it('finds a number spelled out in words', () => {
		expect(found('cinq un quatre, cinq cinq cinq, zéro un neuf neuf')).toEqual([
			['phone', 'cinq un quatre, cinq cinq cinq, zéro un neuf neuf']
		]);
	});

	it('finds two numbers in a list', () => {
		expect(found('514 555 0199, 555 0100')).toEqual([
			['phone', '514 555 0199'],
			['phone', '555 0100']
		]);
	});

	it('does not take times for phone numbers', () => {
		expect(found("L'atelier est à 14 h 30, ou 14h30, ou 2:30 pm, jusqu'à 23 h 59")).toEqual([]);
	});

	it('does not take dates or years for phone numbers', () => {
		expect(
			found(
				'le 2024-05-12, le 12/05/2024, le 12.05.2024, le 3 mars 2025, de 2019 à 2021, 2020-2024'
			)
		).toEqual([]);
	});

	it('does not take prices, amounts or percentages for phone numbers', () => {
		expect(found('12,50 $, 1 500 000 $, 1 000 000 000 $, 1250 $, 85 %, $12.50')).toEqual([]);
	});

	it('does not take ages, counts or someone counting for phone numbers', () => {
		expect(
			found("J'ai 15 ans, on était 12, 1 2 3 soleil, un deux trois quatre cinq six sept")
		).toEqual([]);
	});

	it('reads a postal code as an address, not a phone number', () => {
		expect(found('H2X 1Y4')).toEqual([['address', 'H2X 1Y4']]);
	});
});

describe('the personal-information guard: addresses', () => {
	it('finds a Quebec street address with its type and direction', () => {
		expect(found("J'habite au 55, boulevard René-Lévesque Ouest")).toEqual([
			['address', '55, boulevard René-Lévesque Ouest']
		]);
	});

	it('finds an abbreviated street type followed by "du"', () => {
		expect(found('On se rejoint au 12 av. du Parc')).toEqual([['address', '12 av. du Parc']]);
	});

	it('finds an apartment number with the street, and on its own', () => {
		expect(found('3456 boul. Saint-Laurent, app. 12')).toEqual([
			['address', '3456 boul. Saint-Laurent, app. 12']
		]);
		expect(found("C'est à l'app. 4")).toEqual([['address', 'app. 4']]);
	});

	it('finds English street addresses', () => {
		expect(found('I live at 123 Main Street, near 45 Elm St.')).toEqual([
			['address', '123 Main Street'],
			['address', '45 Elm St.']
		]);
	});

	it('finds a street address written in lower case', () => {
		expect(found("j'habite 1234 rue sainte-catherine est")).toEqual([
			['address', '1234 rue sainte-catherine est']
		]);
	});

	it('does not take an ordinary use of "place", "rues" or "street" for an address', () => {
		expect(
			found('Il reste 1 place pour toi. On a marché 3 rues. I walked 3 blocks down the street')
		).toEqual([]);
	});
});

describe('the personal-information guard: web addresses', () => {
	it('finds http, www and bare domains, with their path', () => {
		expect(
			found('https://example.com/profil, www.example.org/moi, monsite.ca et insta.com/quelquun.')
		).toEqual([
			['url', 'https://example.com/profil'],
			['url', 'www.example.org/moi'],
			['url', 'monsite.ca'],
			['url', 'insta.com/quelquun']
		]);
	});

	it('does not take file names, abbreviations or a missing space for web addresses', () => {
		expect(found("photo.png, Node.js, p.ex. et C'était fini.Après on est partis")).toEqual([]);
	});
});

describe('the personal-information guard: social-media handles', () => {
	it('finds a handle starting with "@"', () => {
		expect(found('suis-moi @julie_2009')).toEqual([['handle', '@julie_2009']]);
	});

	it('finds a username after a platform name and a colon', () => {
		expect(found('snap: julie2009')).toEqual([['handle', 'julie2009']]);
	});

	it('finds a username announced with "mon insta c\'est"', () => {
		expect(found("mon insta c'est julie.2009")).toEqual([['handle', 'julie.2009']]);
		expect(found("mon snap c'est petitechat")).toEqual([['handle', 'petitechat']]);
	});

	it('finds a username after "ajoute-moi sur tiktok"', () => {
		expect(found('ajoute-moi sur tiktok julie2009')).toEqual([['handle', 'julie2009']]);
	});

	it('finds a Discord tag', () => {
		expect(found('discord julie#1234')).toEqual([['handle', 'julie#1234']]);
	});

	it('does not take talk about platforms for usernames', () => {
		expect(
			found(
				"Instagram c'est toxique. mon insta c'est privé. On a vu ça sur TikTok hier. On se voit @14h"
			)
		).toEqual([]);
	});

	it('does not take the "@" of an e-mail address for a handle', () => {
		expect(found('lili.rose@exemple.ca')).toEqual([['email', 'lili.rose@exemple.ca']]);
	});
});

describe('the personal-information guard: full names', () => {
	it('finds a given name followed by a family name', () => {
		expect(found('Marie Tremblay, Jean-Philippe Gagnon et Emma Roy')).toEqual([
			['name', 'Marie Tremblay'],
			['name', 'Jean-Philippe Gagnon'],
			['name', 'Emma Roy']
		]);
	});

	it('finds a known given name before a family name it does not know', () => {
		expect(found('Anaïs Kowalczyk est nouvelle')).toEqual([['name', 'Anaïs Kowalczyk']]);
	});

	it('finds an unknown full name after "s\'appelle"', () => {
		expect(found('Ma voisine se nomme Xyla Brunswick')).toEqual([['name', 'Xyla Brunswick']]);
	});

	it('finds a full name written in lower case when both names are known', () => {
		expect(found("j'ai vu marie tremblay au parc")).toEqual([['name', 'marie tremblay']]);
	});

	it('keeps only the name when a capitalised word starts the sentence', () => {
		expect(found("Hier Marie Tremblay m'a parlé")).toEqual([['name', 'Marie Tremblay']]);
	});

	it('does not take places, sentence starts or a first name alone for full names', () => {
		expect(
			found(
				'Le Parc La Fontaine. Montréal Nord. Hier Marie est venue. Merci Julie. Joyeux Noël à tous'
			)
		).toEqual([]);
	});

	it('does not take ordinary words in lower case for names', () => {
		expect(found('la rose est claire et le jean est bleu')).toEqual([]);
	});
});

describe('the personal-information guard: what a participant writes in a workshop', () => {
	it('finds nothing in sentences about the workshop', () => {
		for (const sentence of [
			"J'ai aimé l'atelier sur la confiance en soi",
			"Je pense que c'est pas ma faute",
			"J'ai le droit de dire non",
			'I felt safe talking in the group today'
		]) {
			expect(hasPersonalInformation(sentence)).toBe(false);
		}
	});

	it('says that a text holds personal information when it does', () => {
		expect(hasPersonalInformation('appelle-moi au 514-555-0199')).toBe(true);
	});
});

describe('the personal-information guard: spans', () => {
	it('gives the position of each span in the text', () => {
		const text = 'Salut! snap: julie2009 et 514-555-0199';
		for (const span of findPersonalInformation(text)) {
			expect(text.slice(span.start, span.end)).toBe(span.text);
		}
		expect(findPersonalInformation(text).map(({ start, end }) => [start, end])).toEqual([
			[13, 22],
			[26, 38]
		]);
	});

	it('returns spans sorted by position that never overlap', () => {
		const text = PII_CORPUS.map((example) => example.text).join(' \n ');
		const spans = findPersonalInformation(text);
		expect(spans.length).toBeGreaterThan(100);
		for (let i = 1; i < spans.length; i++) {
			expect(spans[i]?.start).toBeGreaterThanOrEqual(spans[i - 1]?.end ?? 0);
		}
	});

	it('prefers the whole e-mail address to the domain inside it', () => {
		expect(found('julie@monsite.ca')).toEqual([['email', 'julie@monsite.ca']]);
	});

	it('prefers the street address to a name inside it', () => {
		expect(found('1234 rue Jean Talon')).toEqual([['address', '1234 rue Jean Talon']]);
	});

	it('prefers the web address to the handle inside it', () => {
		expect(found('tiktok.com/@julie2009')).toEqual([['url', 'tiktok.com/@julie2009']]);
	});

	it('finishes on a hostile 10,000-character input and still finds what is at its end', () => {
		const tail = ' 514-555-0199 moi@example.org';
		// Long runs of the shapes that make careless patterns backtrack: spaces, digits, "@", dots, cue words.
		const fillers = ' |\t|1 |a@|a.|a_|a1|Marie |snap |un deux |@|a at b dot '.split('|');
		for (const filler of fillers) {
			const text = filler.repeat(10_000).slice(0, 10_000 - tail.length) + tail;
			const spans = findPersonalInformation(text);
			expect(spans.at(-1)?.text).toBe('moi@example.org');
		}
	});
});

describe('the personal-information guard on the labelled corpus', () => {
	it('has at least 220 examples, about half of them with personal information', () => {
		const withInformation = PII_CORPUS.filter((example) => example.expected.length > 0).length;
		expect(PII_CORPUS.length).toBeGreaterThanOrEqual(220);
		expect(withInformation / PII_CORPUS.length).toBeGreaterThan(0.4);
		expect(withInformation / PII_CORPUS.length).toBeLessThan(0.6);
	});

	it('labels only text that is in the example', () => {
		for (const example of PII_CORPUS) {
			for (const span of locateExpected(example)) {
				expect(example.text.slice(span.start, span.end)).toBe(span.text);
			}
		}
	});

	it('counts a miss and a false alarm when the finder is wrong', () => {
		const corpus = [
			{
				text: 'appelle au 514-555-0199',
				expected: [{ kind: 'phone' as const, text: '514-555-0199' }]
			}
		];
		const score = scoreCorpus(corpus, () => [{ kind: 'name', start: 0, end: 7, text: 'appelle' }]);
		expect(score.recall).toBe(0);
		expect(score.precision).toBe(0);
		expect(score.falseNegatives).toHaveLength(1);
		expect(score.falsePositives).toHaveLength(1);
	});

	it('recalls at least 95% of the personal information at a precision of at least 90%', () => {
		const score = scoreCorpus(PII_CORPUS, findPersonalInformation);
		expect(score.recall).toBeGreaterThanOrEqual(0.95);
		expect(score.precision).toBeGreaterThanOrEqual(0.9);
	});
});
