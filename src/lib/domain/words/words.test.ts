import { describe, expect, it } from 'vitest';
import { WORDS_EN } from './words-en.ts';
import { WORDS_FR } from './words-fr.ts';

// Words that must never be printed on a teen's card, in either list: a list word read in the other
// language counts too (French "pine" and "bite" are vulgar; English "pain" hurts). Not exhaustive:
// a net under the hand-made choice, for the words most likely to slip in.
const DENIED = `
	sex sexy nude naked kiss hug lover date party gift secret hotel motel club escort massage model
	daddy baby babe honey sugar sweetie cutie doll kitten kitty bunny princess angel sunshine pumpkin
	peanut cupcake muffin candy cookie cherry peach banana melon eggplant cucumber sausage hotdog
	carrot taco nuts balls box bush beaver pussy cock tit hoe ass butt bum booty chick hen fox foxy
	body breast chest belly hip lip lips leg thigh skin hair nail neck mouth tongue blood bone skull
	fat thin skinny ugly pretty cute hot curvy whale hippo pig cow dog bitch rat snake sheep monkey
	ape gorilla donkey mule chicken goose turkey shrimp sloth slug worm toad weasel vulture wolf
	shark spider cockroach gun knife sword arrow bomb bullet rifle pistol weapon kill knife punch
	fight war dead death grave ghost coffin funeral blade trap cage chain rope lock prison jail cell
	police cop judge court crime thief steal drug drugs weed grass pot snow ice crystal pills pill
	smoke pipe joint needle powder beer wine vodka rum gin whisky cider bar pub money cash coin debt
	bank card wallet purse gold silver diamond jewel rich poor church cross bible god devil hell
	heaven pray saint mom mum dad mother father sister brother son daughter aunt uncle family home
	pain hurt cry tears sad alone lost scared fear rape shit fuck damn stupid idiot dumb loser freak
	slave pimp trick game player track stroll bottom phone camera photo video selfie chat message
	bed pillow shower bath bikini skirt dress bra panties thong string slip
	chatte chienne chien poule poulet poulette dinde thon morue grue truie vache cochon boudin
	baleine pigeon souris lapin moule abricot figue cerise banane bonbon sucette cadeau biche puce
	cocotte bijou doudou coeur canon bombe maquereau herbe neige caillou radis oseille argent
	billet fric thune balle fusil couteau arme sang mort tombe cercueil croix prison police flic
	juge vin biere alcool bouteille verre tabac clope drogue pilule poudre pipe bite pine queue
	gland bitte sein seins fesse fesses cul con conne salope pute merde nichon gros grosse laid
	laide mince maigre moche bouffon viol violet violon baiser lit douche bain maman papa mere pere
	soeur frere famille maison ecole cave tunnel donjon chaine corde cage cabane grelot patin pelle
`
	.trim()
	.split(/\s+/);

// Roots that should not appear even inside a longer word.
const DENIED_INSIDE = [
	'sex',
	'porn',
	'fuck',
	'shit',
	'nazi',
	'kill',
	'rape',
	'viol',
	'pute',
	'merd'
];

describe.each([
	['English', WORDS_EN],
	['French', WORDS_FR]
])('the %s pass-phrase words', (_language, words) => {
	it('are at least 600, for at least 36 bits in a four-word phrase', () => {
		expect(words.length).toBeGreaterThanOrEqual(600);
		expect(4 * Math.log2(words.length)).toBeGreaterThanOrEqual(36);
	});

	it('hold no duplicate', () => {
		const seen = new Set<string>();
		const duplicates = words.filter((word) => seen.size === seen.add(word).size);
		expect(duplicates).toEqual([]);
	});

	it('are lower-case ASCII letters only, 3 to 8 of them', () => {
		expect(words.filter((word) => !/^[a-z]{3,8}$/.test(word))).toEqual([]);
	});

	it('hold nothing from the denylist, in either language', () => {
		expect(words.filter((word) => DENIED.includes(word))).toEqual([]);
		expect(words.filter((word) => DENIED_INSIDE.some((root) => word.includes(root)))).toEqual([]);
	});

	it('hold no word that a hurried reader could take for another by missing one letter', () => {
		// "aviron" read as "avion", "crater" as "crate": a dropped letter after the first one.
		const list = new Set(words);
		const misread = words.flatMap((word) =>
			[...word]
				.map((_letter, i) => word.slice(0, i) + word.slice(i + 1))
				.slice(1)
				.filter((shorter) => list.has(shorter))
				.map((shorter) => `${word}/${shorter}`)
		);
		expect(misread).toEqual([]);
	});

	it('hold no plural of another word on the list', () => {
		const list = new Set(words);
		expect(words.filter((word) => /[sx]$/.test(word) && list.has(word.slice(0, -1)))).toEqual([]);
	});
});

describe('the denylist itself', () => {
	it('catches a word that slips in', () => {
		const slipped = [...WORDS_FR, 'cerise'];
		expect(slipped.filter((word) => DENIED.includes(word))).toEqual(['cerise']);
	});
});
