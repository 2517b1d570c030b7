// What the disclosure signals hold back for a facilitator, what they leave to the group, and their corpus scores.
import { describe, expect, it } from 'vitest';
import {
	DISCLOSURE_BATCHES,
	DISCLOSURE_CORPUS,
	scoreDisclosures,
	type DisclosureExample
} from './disclosure-corpus.ts';
import { findDisclosureSignals, suggestsDisclosure, type DisclosureKind } from './disclosure.ts';

/** The kinds signalled, in reading order, easy to read in a failing test. */
function kinds(text: string): DisclosureKind[] {
	return findDisclosureSignals(text).map((signal) => signal.kind);
}

describe('disclosure signals: harm to the writer', () => {
	it('hears violence written in youth spelling, without accents or apostrophes', () => {
		expect(kinds('jpeux pas venir jeudi, il ma poussée contre le mur hier')).toEqual(['violence']);
		expect(kinds('he grabbed me so hard my arm still hurts')[0]).toBe('violence');
	});

	it('hears a debt paid "another way" as a debt', () => {
		expect(kinds('jlui dois 600 pis il dit que jpeux payer autrement')).toContain('debt');
		expect(kinds('he says i owe him for the room and i can pay it back with favors')).toContain(
			'debt'
		);
	});

	it('hears a threat to spread her pictures', () => {
		expect(kinds('il dit que si je pars il envoie mes photos à toute lécole')).toContain('threat');
	});

	it('hears exploitation even when she plays it down', () => {
		expect(suggestsDisclosure('mon chum me demande de voir ses amis pour payer le loyer lol')).toBe(
			true
		);
	});

	it('hears thoughts of suicide and goodbyes', () => {
		expect(kinds('honnêtement jveux pu être là')).toEqual(['self-harm']);
		expect(
			suggestsDisclosure(
				'merci pour tout les filles. Maya tu peux garder mon hoodie, jen aurai pu besoin'
			)
		).toBe(true);
	});

	it('hears the plainest words of suicide, whatever the idioms around them', () => {
		for (const text of [
			'i am going to kill myself',
			'im gonna kill myself tonight',
			'i will kill myself',
			'jvais me tuer'
		])
			expect(kinds(text), text).toContain('self-harm');
	});

	it('hears harm now even when she also speaks of the past', () => {
		expect(kinds('he hit me last year and now he hits me again')).toContain('violence');
		expect(
			kinds('l’an passé ça allait. maintenant il dit que je lui dois pis que jvais payer autrement')
		).toContain('debt');
	});

	it('does not take a crying face for a laugh', () => {
		expect(kinds('jveux pu être là 😭')).toContain('self-harm');
	});

	it('hears a friend she speaks for', () => {
		expect(kinds('ma chum dit que son chum la frappe quand elle sort')).toContain('violence');
	});

	it('hears a topic the writer says is her own life, inside a comment on a card', () => {
		expect(
			suggestsDisclosure('la carte sur les dettes, ben cest ce qui marrive en ce moment')
		).toBe(true);
	});

	it('hears grooming told as her own: compliments first, then requests', () => {
		expect(kinds('Ça m’est arrivé à moi aussi, des compliments puis des demandes.')).toContain(
			'exploitation'
		);
		expect(kinds('it happened to me too, compliments and then he asked for pics')).toContain(
			'exploitation'
		);
		// The same steps in talk about a scenario or a card name no one.
		expect(kinds('Dans le scénario, il lui fait des compliments puis des demandes.')).toEqual([]);
		expect(kinds('La carte dit : des compliments puis des demandes, c’est un signe.')).toEqual([]);
	});

	it('points at the writer’s own words, so the facilitator sees why', () => {
		const text = 'Bon atelier. Il m’a enfermée dans la chambre hier.';
		const [signal] = findDisclosureSignals(text);
		expect(signal?.kind).toBe('violence');
		expect(text.slice(signal!.start, signal!.end)).toBe(signal!.text);
		expect(signal!.text).toContain('enfermée');
	});
});

describe('disclosure signals: what the group may read', () => {
	it('leaves general talk about a scenario’s character alone', () => {
		expect(kinds('dans le scénario, Léa se fait manipuler pis son chum la frappe')).toEqual([]);
		expect(kinds('the card where he threatens to post her pics needs a next step')).toEqual([]);
	});

	it('leaves questions about people in general alone', () => {
		expect(kinds('comment on reconnaît un recruteur en ligne?')).toEqual([]);
	});

	it('leaves everyday ways of speaking alone', () => {
		expect(kinds('ma mère va me tuer si jarrive en retard lol')).toEqual([]);
		expect(kinds('jvais mourir de rire, la vidéo a gelé')).toEqual([]);
		expect(kinds('i owe you one for the notes')).toEqual([]);
	});

	it('leaves a hard past she says is over and safe alone', () => {
		expect(
			kinds(
				'il y a deux ans un gars plus vieux me contrôlait, cest fini depuis, ça va bien maintenant'
			)
		).toEqual([]);
	});

	it('leaves words quoted from the material alone', () => {
		expect(kinds('dans la scène 2 le gars dit « tu me dois ça » pis ça sonne vrai')).toEqual([]);
	});

	it('reads material written for a card as talk about the topics, yet still hears the writer herself', () => {
		const card = 'Un « cadeau » en ligne peut servir à créer une dette.';
		expect(suggestsDisclosure(card)).toBe(true);
		expect(findDisclosureSignals(card, { material: true })).toEqual([]);
		expect(
			findDisclosureSignals('comme moi, il me fait payer ma dette avec ses amis', {
				material: true
			}).length
		).toBeGreaterThan(0);
	});

	it('finds nothing in empty text', () => {
		expect(findDisclosureSignals('')).toEqual([]);
		expect(findDisclosureSignals('   ')).toEqual([]);
	});
});

describe('disclosure signals on the labelled corpus', () => {
	it('has at least 300 examples in batches, half of them general talk or everyday chat', () => {
		expect(DISCLOSURE_CORPUS.length).toBeGreaterThanOrEqual(300);
		const held = DISCLOSURE_CORPUS.filter((example) => example.disclosure !== null).length;
		expect(held / DISCLOSURE_CORPUS.length).toBe(0.5);
		expect(DISCLOSURE_BATCHES.length).toBeGreaterThanOrEqual(3);
	});

	it('reaches recall 0.95 at precision 0.8 (what the bench reports, with every miss)', () => {
		const score = scoreDisclosures(DISCLOSURE_CORPUS, findDisclosureSignals);
		expect(score.recall).toBeGreaterThanOrEqual(0.95);
		expect(score.precision).toBeGreaterThanOrEqual(0.8);
	});

	it('scores a detector that flags everything at half precision, and one that flags nothing at zero recall', () => {
		const corpus: DisclosureExample[] = [
			{ text: 'il me frappe', disclosure: 'violence', language: 'fr' },
			{ text: 'la carte est belle', disclosure: null, language: 'fr' }
		];
		const everything = scoreDisclosures(corpus, () => [{ kind: 'threat' }]);
		expect(everything).toMatchObject({ recall: 1, precision: 0.5, kindAgreement: 0 });
		const nothing = scoreDisclosures(corpus, () => []);
		expect(nothing).toMatchObject({ recall: 0, missed: [corpus[0]] });
	});
});
