// Disclosure signals (DESIGN.md §4 rule 6): words in a youth's text that suggest she, or a friend she speaks for, is
// in danger or is telling of harm — violence, sexual exploitation, threats, a "debt" paid with her body, self-harm.
// A signal never decides anything: it holds the text back from the group and asks the designated facilitator to
// check in. The rules read a folded copy of the text (no accents, youth spelling spelled out) and look for harm done
// to the writer ("il m'a poussée", "he says i owe him"), to a friend she names ("ma chum…", "my friend…"), or a
// writer saying a topic is her own life ("c'est ce qui m'arrive"). General talk about the workshops' topics
// ("dans le scénario, Léa se fait frapper") names no one and is left alone. Runs in the browser and on the server.
import type { DisclosureKind } from './disclosure-corpus.ts';
import { rewrite, viewOf, type View } from './text-view.ts';

export type { DisclosureKind } from './disclosure-corpus.ts';

export type DisclosureSignal = { kind: DisclosureKind; start: number; end: number; text: string };

/**
 * The passages of the text that suggest danger or harm, in reading order. `material`: the text is written as
 * workshop material (a card, a scenario's line), talk about the topics by construction — only what speaks of the
 * writer or a friend she names counts then.
 */
export function findDisclosureSignals(
	text: string,
	options: { material?: boolean } = {}
): DisclosureSignal[] {
	const view = folded(text);
	const ownWords = unquoted(view.text);
	const found = contextOf(view.text, ownWords);
	const context = options.material ? { ...found, story: true } : found;
	const signals: DisclosureSignal[] = [];
	for (const rule of RULES) {
		if (rule.needs === 'someone' && !context.someone) continue;
		if (rule.playful && context.laughing) continue;
		for (const match of view.text.matchAll(rule.pattern)) {
			const end = match.index + match[0].length;
			const sentence = sentenceAround(view.text, match.index, end);
			if (IDIOM.test(sentence)) continue;
			// A hard time she says is over and fine now: only the sentence that tells of the past is set aside.
			if (context.resolved && RESOLVED_PAST.test(sentence)) continue;
			// Words quoted in talk about the workshops are someone else's ("the quote « pay him back… »").
			if (
				context.story &&
				!context.own &&
				!context.toHer &&
				!ownWords.slice(match.index, end).trim()
			)
				continue;
			// What was said to her ("when he says « be nice to my friend »") is hers to tell.
			const heard = context.toHer ? view.text : ownWords;
			if (rule.needs === 'near' && !nearHer(heard, match.index, end, context)) continue;
			if (rule.needs === 'own' && !context.own && !(context.someone && !context.story)) {
				// Said in the first person it is her own life, unless the text is talk about the workshops and the
				// passage itself does not say "me".
				const personal = rule.personal ?? FIRST_PERSON;
				const passage = ownWords.slice(match.index, end);
				if (!personal.test(passage) && (context.story || !personal.test(ownWords))) continue;
			}
			const start = view.from[match.index] ?? 0;
			const stop = view.to[end - 1] ?? start;
			signals.push({ kind: rule.kind, start, end: stop, text: text.slice(start, stop) });
		}
	}
	return dropOverlaps(signals);
}

export function suggestsDisclosure(text: string): boolean {
	return findDisclosureSignals(text).length > 0;
}

// ---------------------------------------------------------------------------------------------------------------
// Folding: lower case, no accents, elisions and youth spellings written out ("jme suis" → "je me suis").
// ---------------------------------------------------------------------------------------------------------------

const SPELLINGS: [RegExp, string][] = [
	[/[’‘`´]/gu, "'"],
	[/\bs'il/gu, 'si il'],
	[/(?<=^|\s)'([^'\s]+)'(?=$|[\s,.!?;:])/gu, '$1'],
	[
		/\bill(?= (?:pay|be|make|do|have|go|come|tell|never|just|probably|still|get|see|try|call|need|text|leave|stay)\b)/gu,
		'i will'
	],
	// Elided words before a consonant, as youth write them: "jsuis", "jme", "jlui dois", "jpeux".
	[/\bj(?=[bcdfghklmnpqrstvwxz])(?!s?p\b)/gu, 'je '],
	// The same without the apostrophe before a vowel, for the words where it cannot be anything else.
	[
		/\bj(?=(?:ai|avais|avait|aurais|etais|etait|aime|aimerais|ecris|arrive|arrete|en|y|habite|ose|irai|essaie|essaye|envoie|ecoute|avoue|attends|oublie|imagine|accepte|appelle|ajouterais|adore)\b)/gu,
		'je '
	],
	[/\b(?:chu|chus|chui|chuis|shuis)\b/gu, 'je suis'],
	[/\bjsp\b/gu, 'je sais pas'],
	[/\bqu'/gu, 'que '],
	// Apostrophes left out: "il ma dit" (il m'a dit), "ils mont texté", "cest", "quil", "largent", "yme loge".
	[
		/(?<=\b(?:il|elle|ils|elles|y|on|qui|ca|tu|lui|eux|ce) )ma(?= (?!dette|vie|mere|soeur|chum|famille|blonde)\p{L})/gu,
		'me a'
	],
	[/(?<=\b(?:ils|elles|qui|y|ca) )mont\b/gu, 'me ont'],
	[/\bm(?=avai(?:t|ent)\b)/gu, 'me '],
	[
		/(?<=\b(?:mere|pere|chum|frere|soeur|ex|beau-pere|beau pere|gars|blonde|cousin|oncle|tante|coloc) )ma(?= (?:encore |deja |souvent )?\p{L}+(?:e|ee|es|i|is|it|u|ue)\b)/gu,
		'me a'
	],
	[/\bm(?=(?!dr\b|me\b|tl\b|lle\b)[bcdfghjklnpqrstvwxz]\p{L}{2,})/gu, 'me '],
	[/\bcest\b/gu, 'ce est'],
	[
		/\bm(?=(?:arrive|avait|ont|envoie|ecrit|attend|oblige|appelle|aide|enleve|amene|empeche)\b)/gu,
		'me '
	],
	[
		/\bl(?=(?:histoire|atelier|activite|animatrice|intervenante|exemple|argent|ecole|appart|hotel|autre)\b)/gu,
		'le '
	],
	[/\bquil(s?)\b/gu, 'que il$1'],
	[
		/\bquelle(?= (?:me|te|se|lui|le|la|les|a|est|va|allait|doit|devait|dit|fait|veut|peut|revient|aille|parle|reste|travaille|avait|etait)\b)/gu,
		'que elle'
	],
	[/\bdavoir\b/gu, 'de avoir'],
	[/\blargent\b/gu, 'le argent'],
	[/\by(?= (?:me|m|te|t|a|est|va|veut|dit|les|la|le|lui|sait|garde|prend|demande)\b)/gu, 'il'],
	[/\by(?=me\b|m\p{L})/gu, 'il '],
	[/\b([jmtlsncd])'/gu, '$1e '],
	[/\bpu\b/gu, 'plus'],
	[/\bc(?= (?:normal|correct|grave|ok|pas|vrai|quoi)\b)/gu, 'ce est'],
	[/\bi'?m\b/gu, 'i am'],
	[/\bi'?ve\b/gu, 'i have'],
	[/\bi'll\b/gu, 'i will'],
	[/\bi'?d\b/gu, 'i would'],
	[/\b(he|she)'ll\b|\b(they|she)'?ll\b/gu, '$1$2 will'],
	[/\bhed\b/gu, 'he would'],
	[/\b(he|she|they)'d\b/gu, '$1 would'],
	// Laughing faces are laughs.
	[/[😂🤣💀😅]/gu, ' lol '],
	[
		/\b(he|she)'?s\b(?= (?:\w+ing|going|gonna|always|never|the|not|got|been|waiting|drunk|high|mad|angry|\d+)\b)/gu,
		'$1 is'
	],
	[/\bdont\b/gu, 'do not'],
	[/\bcan'?t\b/gu, 'can not'],
	[/\bwon'?t\b/gu, 'will not'],
	[/\b(do|does|did|is|are|was|were|could|would|should|have|has)n'?t\b/gu, '$1 not'],
	// Scare quotes around a word or two ("j'allais « payer »") are the writer's own words.
	[/[«"“]\s*([^»"”\s]+(?: [^»"”\s]+)?)\s*[»"”]/gu, '$1'],
	[/\bgonna\b/gu, 'going to'],
	[/\bwanna\b/gu, 'want to'],
	[/\bu\b/gu, 'you'],
	[/\bbf\b/gu, 'boyfriend'],
	[/\bbc\b|\bcuz\b|\bcause\b/gu, 'because']
];

function folded(text: string): View {
	let view = rewrite(viewOf(text), /[^\n -~]|[A-Z]/gu, (character) =>
		character.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
	);
	for (const [pattern, by] of SPELLINGS) {
		view = rewrite(view, pattern, (_, groups) =>
			by.replace(/\$(\d)/gu, (__, group: string) => groups[Number(group)] ?? '')
		);
	}
	return view;
}

// ---------------------------------------------------------------------------------------------------------------
// Context: who the text is about.
// ---------------------------------------------------------------------------------------------------------------

type Context = {
	/** A friend or a sister the writer speaks for ("ma chum", "my friend", "une fille de mon centre"). */
	someone: boolean;
	/** The writer says a topic is her own life, or asks about her own situation. */
	own: boolean;
	/** The text talks about the workshop's material or about people in general. */
	story: boolean;
	/** The text laughs ("lol", "mdr"). */
	laughing: boolean;
	/** A hard time she says is over and safe. */
	resolved: boolean;
	/** Someone said or wrote something to her ("il me a dit", "texted me"): what she quotes was said to her. */
	toHer: boolean;
};

/** One regular expression that finds any of the phrases (themselves regular expressions) as whole words. */
function anyOf(phrases: string[]): RegExp {
	return new RegExp(`\\b(?:${phrases.join('|')})\\b`, 'u');
}

const SOMEONE = anyOf([
	'ma (?:chum|meilleure amie|meilleure chum|best|soeur|petite soeur|grande soeur|cousine|petite cousine|coloc|amie)',
	'une (?:de )?mes (?:amies|chums)',
	'une amie a moi',
	'my (?:friend|bestie|best friend|bff|sister|little sister|cousin|roommate)',
	'(?:friend|bestie|sister) of mine'
]);

const OWN = anyOf([
	'moi aussi',
	'ben moi',
	'(?:ce est|c) moi (?:ca|ça)',
	'(?:ce|ca) (?:qui )?me arrive',
	'(?:ca|ce|cela) me est (?:deja )?arrive',
	'(?:it|that|this|same thing) (?:has )?(?:already )?happened to me',
	'ce est (?:ce|ca) qui se passe',
	'(?:comme|like) (?:avec )?(?:moi|mon chum|my boyfriend|me and|at my place|chez nous)',
	'for me i mean',
	'not a scenario',
	'literally (?:what )?my \\w+',
	'(?:kinda |i )?relate to',
	'je me reconnais',
	"(?:that'?s|that is) how it feels",
	'(?:ma|my) vie',
	'my life',
	'(?:this|that|thats) is (?:literally )?(?:me|what happens)',
	"that'?s (?:literally )?(?:me|what happens|what mine)",
	'what happens at my',
	'happening to me',
	'me too',
	'asking for (?:me|real|a friend)',
	'not (?:hypothetically|hypothetical)',
	'(?:demande|question) pour (?:une amie|moi)',
	'un peu pour moi',
	'(?:ce est|c) mon (?:quotidien|\\w+ soir|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|weekend|fin de semaine)',
	'ask me how i know',
	'you do the math',
	'(?:devinez|devine) pourquoi',
	'guess why',
	'(?:en|version) vraie vie',
	'\\(not really\\)',
	'chez nous (?:ce est|c)',
	'(?:for a|pour un) (?:scenario|story|friend)\\W+(?:kinda|sort of|genre)',
	'(?:pcq|parce que|because|cause) moi',
	"(?:ce est|c|its|it is|it's) (?:pour|for) (?:moi|me)",
	'happening (?:rn|right now|now|to me)',
	'(?:make|making) this about me',
	'(?:ce est|c) urgent',
	'its urgent',
	'(?:idk|i do not know) who to tell',
	'je sais (?:pas|plus) a qui (?:le )?(?:dire|parler)',
	'pour moi (?:aussi|tbh)',
	'je ai coche',
	'is (?:it|this) normal',
	'is (?:it|this) (?:a threat|abuse|violence|exploitation|legal|ok) if (?:he|my|i)',
	'est-ce (?:que )?(?:ce est )?(?:une menace|de la violence|de le exploitation) (?:si|quand)',
	'est-ce (?:que )?(?:ce est|c) (?:normal|correct|grave|legal)',
	'est-ce normal',
	'ce tu (?:normal|grave|correct)',
	'ce est (?:normal|correct) non',
	'je sais (?:pas|plus) si ce est (?:de le |de la )?(?:exploitation|normal|grave|correct|violence)',
	'je sais (?:pas|plus) quoi faire',
	'idk what to (?:call|do)',
	'i do not know what to do',
	"mine(?:'?s| is| says)",
	'still going on',
	'(?:ca|ce) se passe encore',
	'keeps happening',
	'lately',
	'depuis (?:\\d+|deux|trois) (?:mois|semaines|jours)',
	'(?:ca|ce) compte(?:-| )?(?:tu|ti)',
	'(?:does|would) (?:it|this|that) count',
	'is (?:that|this|it) (?:exploitation|abuse|violence|sequestration|a crime)',
	'(?:ce est|c|ce) (?:quand meme|tu) (?:de le exploitation|de la violence|une menace|de la sequestration)',
	'est-ce (?:que )?(?:ce est )?(?:de le exploitation|de la violence|une menace|de la sequestration)',
	'la mienne',
	'le mien'
]);

const STORY = anyOf([
	'scenarios?',
	'mises? en situation',
	'personnages?',
	'findings?',
	'constats?',
	'characters?',
	'(?:la|the|cette|this) video',
	'films?',
	'movies?',
	'show',
	'series?',
	'histoires?',
	'story',
	'chansons?',
	'songs?',
	'cartes?(?! cadeaux)',
	'cards?',
	'deck',
	'fiches?',
	'quiz',
	'jeu',
	'debat',
	'debate',
	'faq',
	'loi',
	'law',
	'illegal',
	'verso',
	'recto',
	'bd',
	'bande dessinee',
	'comics?',
	'repliques?',
	'dialogues?',
	'guide',
	'pilot\\w*',
	'asked',
	'(?:a|ont) demande',
	'scripts?',
	'lines?',
	'commitments?',
	'engagements?',
	'proposals?',
	'(?:the )?research',
	'recherche',
	'mots?',
	'words?',
	'wording',
	'scenes?',
	'textes?',
	'resultats?',
	'game',
	'ateliers?',
	'workshops?',
	'activites?',
	'activity',
	'role play',
	'jeu de role',
	'nouvelles',
	'news',
	'statisti\\w*',
	'stats?',
	'reseaux sociaux',
	'social media',
	'exemples?',
	'examples?',
	'temoignages?',
	'testimon\\w*',
	'quote',
	'citation',
	'le bout',
	'the (?:\\w+ ){0,2}part',
	'prevention',
	'animatrices?',
	'intervenant\\w*',
	'facilitators?',
	'adult(?:e|es|s)?',
	'la partie',
	'section',
	'les filles',
	'girls',
	'les jeunes',
	'a girl',
	'une fille',
	'someone',
	"quelqu'?\\s?un",
	'if a friend',
	'si une amie',
	'what (?:do|should) (?:you|we|i) do if',
	'what if',
	'si tu te fais',
	'if you get',
	'(?:tu peux|you can) (?:appeler|call)',
	'si je etais',
	'if i (?:were|was) (?:a|an|the)',
	'on fait quoi',
	'quoi faire si',
	'en general',
	'in general',
	'faudrait',
	'devrait',
	'devraient',
	'should',
	'pourrait',
	'could',
	'maybe',
	'suggestion',
	'propose',
	'idee',
	'idea'
]);

const TO_HER = anyOf([
	'me (?:a |ont |avait )?(?:dit|ecrit|texte|envoye|rappelle|repete)',
	'(?:told|texted|wrote|messaged|tells|sends|sent|dms?|dming) me',
	'(?:when|quand) (?:he|il) (?:me )?(?:says|dit)'
]);

/** Laughing ("lol", "mdr"). */

/** The text with what it quotes blanked out, same length: « si tu pars je publie tout » is someone else's words. */
function unquoted(text: string): string {
	return text.replace(
		/«[^»]*»?|"[^"]*"?|“[^”]*”?|(?<=^|\s)'[^']{3,80}'(?=$|[\s,.!?;:])/gu,
		(quote) => ' '.repeat(quote.length)
	);
}

/** `ownWords`: the text without what it quotes; "is it a threat if he…" asked by a girl in the pilot is hers. */
function contextOf(text: string, ownWords: string): Context {
	return {
		someone: SOMEONE.test(ownWords),
		own: OWN.test(ownWords),
		story: STORY.test(text),
		laughing: LAUGH.test(text),
		toHer: TO_HER.test(ownWords),
		resolved: RESOLVED_PAST.test(text) && RESOLVED_NOW.test(text)
	};
}

// ---------------------------------------------------------------------------------------------------------------
// Rules. `needs`: "nothing" when the words speak of the writer themselves; "own" when they are often general talk
// and count only if the writer says it is her own life or a friend's; "someone" when they speak of a third person,
// who must be a friend she names. `personal`, when it matches the passage, keeps it even beside workshop talk.
// ---------------------------------------------------------------------------------------------------------------

type Rule = {
	kind: DisclosureKind;
	pattern: RegExp;
	needs: 'nothing' | 'own' | 'someone' | 'near';
	personal?: RegExp;
	/** Words also used in jest ("my brother hit me with a pillow lol"): a laugh in the text cancels them. */
	playful?: boolean;
};

const LAUGH = /\b(?:lol\w*|lmao\w*|lmfao\w*|mdr|ptdr|haha\w*|hihi|jk|rip|xd)\b|😂|🤣|💀/u;

/** Harm said in the first person ("me", "my", "i") is personal even in a text about a card or a scenario. */
const FIRST_PERSON = /\b(?:me|moi|mon|ma|mes|je|i|my|myself)\b/u;

// Someone acting on the writer: "il me a poussee", "ils me frappent", never "ce qui me a frappe" (struck me).
const NOT_FIGURATIVE = '(?<!(?:ce qui|ca|cela|qui|que|ce que) )';

const RULES: Rule[] = [
	// Violence
	{
		kind: 'violence',
		pattern: new RegExp(
			`${NOT_FIGURATIVE}\\b(?:me|nous) (?:a |ont |avait |avaient )?(?:encore |souvent |toujours |deja )?(?:frapp\\w*|battu\\w*|bat|bats|batt\\w*|pouss\\w*|gifl\\w*|enferm\\w*|etrangl\\w*|bless\\w*|brass\\w*|cogn\\w*|lanc\\w* (?:un|une|des|son|sa|ses)\\b|tap(?:e|ee|ent|ait)|mord\\w*|serr\\w* (?:fort|le cou|la gorge|le bras|les bras)|pren\\w* (?:par le cou|a la gorge)|tir\\w* les cheveux|fai(?:t|sait|saient) mal|kick\\w*|bard\\w*)`,
			'gu'
		),
		needs: 'nothing'
	},
	{
		kind: 'violence',
		pattern:
			/(?<!(?:what|it|that|this|which|reality|truth|it just|really) )\b(?:hit|hits|hitting|slapp?(?:ed|s)?|punch(?:ed|es)?|push(?:ed|es)?|shov(?:ed|es)|grabb?(?:ed|s)|chok(?:ed|es)|kick(?:ed|s)|beat(?:s|en)?|lock(?:ed|s)|hurt|hurts|(?:threw|throws|throwing|thrown) (?:\w+ ){0,3}at|pinn(?:ed|s)|strangl(?:ed|es)) me\b/gu,
		needs: 'nothing'
	},
	{
		kind: 'violence',
		pattern:
			/\b(?:(?:je ai|i have|i got|j'ai) (?:des bleus|des marques|bruises|marks)|(?:des bleus|bruises) (?:sur|on) (?:les|mes|my|the) (?:bras|jambes|arms|legs)|black eye|oeil au beurre noir|(?:=|got the|get the|gets the|avec la|coups? de) (?:belt|ceinture)|(?:got|gets|getting) physical|(?:i (?:get|got|am|was)|je me suis fait) (?:locked|barrer|enfermer) (?:in|out|dehors)?\w*|(?:my|mon|ma|mes) \w+ (?:to heal|guerisse)|(?:ca|ça) (?:a )?(?:mal fini|finit mal|mal tourne)|par le cou|by the (?:neck|throat))/gu,
		needs: 'nothing'
	},
	{
		kind: 'violence',
		pattern:
			/\b(?:(?:garde|gardent|prend|prennent|enleve|a enleve|takes|took|keeps|hides|cache) (?:me )?(?:mes|my) (?:cles|clefs|souliers|shoes|keys|papiers|passeport|passport|carte|cartes)|(?:peux|peut) (?:pas|plus) sortir|(?:je|i) (?:peux|can) (?:pas|plus|not|never) (?:sortir|leave|go out)|me barre|(?:laisse|laissent) (?:plus|pas|jamais) sortir|barre la porte|can(?: )?not (?:leave|go out|get out)|(?:will not|does not|never) let me (?:leave|go|out)|(?:il|elle) me a enleve mon (?:cell|telephone)|(?:takes|took) my phone)/gu,
		needs: 'own',
		personal: FIRST_PERSON
	},
	{
		kind: 'violence',
		pattern:
			/\b(?:(?:la|le|les|lui) (?:frapp\w*|bat|battu\w*|pouss\w*|enferm\w*|gifl\w*)|(?:hits?|hitting|slaps?|slapped|beats?|pushes|pushed|grabs|grabbed|chokes|locks|locked) her\b|(?:des|avec des) (?:marques|bleus)\b|bruises)/gu,
		needs: 'someone'
	},
	{
		kind: 'violence',
		pattern:
			/\b(?:ma mere|mon pere|mes parents|son chum|mon beau-pere|my (?:mom|dad|parents|stepdad)) (?:me )?(?:frapp\w*|hits? me|beats? me)/gu,
		needs: 'nothing'
	},

	// Sexual exploitation
	{
		kind: 'exploitation',
		pattern:
			/\b(?:(?:vend|vendre|vendait|sells?|selling|sold|posts?|poste|met) (?:mes|my|her|ses|les|them)(?: \w+)? (?:photos|pics|nudes|images|videos)|(?:les|them) (?:vend|vendre|sells?|selling) (?:a|to|dans|in)\b|(?:vend|vendait|sells?|selling|sold) (?:them|les|it)\b|(?:il|he) (?:les )?vend\b|ads? with (?:my|her) (?:pics|photos))/gu,
		needs: 'own',
		personal: /\b(?:mes|my|je|i)\b/u
	},
	{
		kind: 'exploitation',
		pattern:
			/\b(?:(?:prend|prends|garde|gardait|prenait|keeps|takes|took) (?:tout )?(?:l'argent|le argent|le cash|mon argent|mon cash|the money|all the money|my money)|(?:never|jamais) (?:see|vois|voir) (?:any of |la couleur de )?(?:the money|l'argent|le argent)|(?:donne|donner) tout mon (?:cash|argent)|(?:il|elle) (?:me )?(?:paie|paye|payait) (?:le|les|mon|mes|l')|(?:books|reserve) (?:the |des )?(?:rooms|chambres)|the guys)\b/gu,
		needs: 'own',
		personal: /\b(?:mon|mes|my|je|i|me)\b/u
	},
	{
		kind: 'exploitation',
		pattern:
			/\b(?:voir (?:des|ses|son|un|les) (?:gars|amis?|clients|hommes|messieurs|ami a lui)|rencontrer (?:ses|des) (?:amis|gars|clients)|(?:see|meet|meeting|seeing) (?:people|guys|clients|men|his friends?)\b|one time with his friend|avec (?:des|ses) (?:gars|clients)|(?:dans|in) des (?:hotels|apparts|motels|chambres)|(?:to|a) (?:hotels?|motels?) (?:on|le|la)|(?:mes|my|her|ses) clients|(?:son|her|his|mon|my) (?:manager|boss|pimp|cousin)\b.{0,40}(?:argent|money|cash)|(?:argent|money|cash).{0,40}(?:son|her|his) (?:manager|cousin)|easy money|argent facile|\d+ ?\$? (?:par|per|a|the) (?:weekend|fin de semaine|soir|night)|(?:makes?|made|fait|force) (?:me|her|moi) (?:work|travailler|see|meet|voir|aller (?:dans|voir))|(?:travaille|works?) pour (?:son|mon|her|my) (?:chum|man|boyfriend)|(?:prete|lends?|shares?|passe) (?:me |moi )?a ses amis|(?:lends?|shares?) me (?:to|with)|en echange|in exchange|(?:envoie|envoyer|sent|send|sends|amene|brings?) (?:\w+ )?(?:a|to|en) (?:ottawa|toronto|montreal|quebec|gatineau|laval|vancouver|calgary|another city|une autre ville|de autres villes|other cities)|(?:passe|passer|spend) du temps avec (?:des|de autres|ses)|(?:avec|with) (?:de autres|other|older) (?:gars|hommes|guys|men)|(?:paient|paye|paie|payent|pay|pays|paid) (?:pour|to|for) (?:me )?(?:voir|see|hang|time|meet)|posts? me online|give him money|lui donnent de le argent|(?:do not|dont) (?:really )?remember (?:those|the|anything)|me souviens (?:pas|plus) de (?:ces|ce|rien))/gu,
		needs: 'own',
		personal: /\b(?:me|je|i|mon chum|my (?:boyfriend|man))\b/u
	},
	{
		kind: 'exploitation',
		pattern:
			/\b(?:(?:je|i) (?:pourrais|peux|could|can|would|will) (?:make|faire) .{0,20}(?:\$|money|argent|cash)|(?:il|elle|he|she|mon chum|my boyfriend) (?:me )?(?:veut|wants?|demande|asks?|dit|says?|force) (?:que je|me|moi|de|to|i|that i)\b.{0,50}(?:gars|clients|amis a lui|his friends?|guys|men|photos|pics|nudes)\b|(?:envoie|send|sends|sent) me (?:voir|to see)|me (?:fait|font|faisait) (?:aller|rencontrer|voir)|(?:sends|sent) me to)/gu,
		needs: 'nothing'
	},

	// Grooming as the workshops describe it: compliments or gifts first, then requests (photos, meeting, more).
	{
		kind: 'exploitation',
		pattern:
			/\b(?:compliments?|cadeaux|gifts?|love ?bomb\w*)\b.{0,40}\b(?:puis|ensuite|apres|then|and then|after that)\b.{0,30}\b(?:demandes?|demandait|photos|pics|nudes|asks?|asked|asking|requests?)\b/gu,
		needs: 'own'
	},

	// Threats
	{
		kind: 'threat',
		pattern:
			/\b(?:(?:il|elle|ils|he|she|they|on) (?:va|vont|allait|will|would|is going to|are going to|going to|menace de|threatens? to|threatened to|said (?:he|she|they) (?:will|would|'d))\b.{0,60}(?:(?:si|if) (?:je|j|i|tu|you)\b|(?:mes|my|ma|moi|me|mon)\b)|(?:si|if) (?:je|i|tu|you)\b.{0,60}(?:(?:il|elle|ils|he|she|they) (?:va|vont|will|would|is going to|going to|'ll)\b|(?:publie|post|envoie|send)))/gu,
		needs: 'own',
		personal: /\b(?:je|i|me|moi|mes|my|ma|mon)\b/u
	},
	{
		kind: 'threat',
		pattern:
			/\b(?:(?:menace|menacait|menacent|threaten\w*) (?:de |to |me )|we know where you live|(?:sait|sais|savait|knows?|know|knew) (?:ou|where) (?:ma|mon|mes|je|my|i)\b|(?:ca va|it will|its going to|it is going to) (?:mal finir|end badly)|(?:vas?|vais|allait|allais) (?:le )?regretter|(?:will|would) regret|(?:va|vais|allait|allais|will|going to) (?:payer|pay)\b(?! (?:le|la|les|the|for|pour|mon|my|ma|son|his|her))|know what happens when|(?:be|sera|serait) (?:waiting|en train de m'attendre)|il me attend|(?:faire|fera|fait) (?:du mal|mal) a (?:mon|ma|mes)|(?:hurt|hurts|harm) my|mettre? en ligne|(?:les|them) met en ligne|(?:leak|expose|post) (?:them|it|everything|my))\b/gu,
		needs: 'own',
		personal: /\b(?:je|i|me|moi|mes|my|ma|mon)\b/u
	},
	{
		kind: 'threat',
		pattern:
			/\b(?:(?:il|elle|ils|he|she|they) (?:me (?:menace|menacait|menacent)|threatens me|threatened me)|(?:send|envoyer|post|publier|montrer|show) (?:it|them|everything|mes photos|my pics|tout|les photos) (?:a|to) (?:ma|mon|mes|my)\b|me (?:le )?rappelle a chaque fois|snitch(?:es)? (?:end up|get)|sait a quelle (?:ecole|adresse|heure)|knows (?:which|what) school|(?:si|if) .{0,40}(?:je suis mort\w*|i am dead)|ce qui (?:arrive|arriverait|va arriver) si (?:je|j)|what (?:happens|would happen|he would do|he will do|he'll do) if (?:i|he)|what happens to (?:girls|people|those) who (?:snitch|talk|tell)|(?:come|venir) (?:find|after|get|chercher) (?:my|me|ma|mon)|tu meurs|(?:pourrait|could|might) (?:avoir|have) (?:un accident|an accident)|(?<!(?:mere|pere|mom|dad|mother|father|soeur|sister|frere|brother|coach|prof|teacher) )(?:va|vont|allait|will|is going to) me (?:tuer|kill)|(?:ca va|it'll|it will) mal (?:finir|tourner) pour moi|make sure (?:her|my|his) \w+ (?:gets? hurt|is hurt))/gu,
		needs: 'nothing'
	},

	{
		kind: 'threat',
		pattern:
			/\b(?:(?:va|vont|allait|allaient|will|would|is going to|going to)\b.{0,60}\b(?:si elle|if she)\b|(?:si elle|if she)\b.{0,60}\b(?:va|vont|allait|will|would|going to|'ll)\b)/gu,
		needs: 'someone'
	},

	{
		kind: 'debt',
		pattern:
			/\b(?:owes?|doit|devait) (?:de la drogue |de le argent |de l'argent |money |\d+ ?\$? )?(?:a un gars|a un homme|this guy|a guy|to a guy|him|lui)\b|\b(?:owes?|doit|devait) (?:de la drogue|de le argent|money)\b/gu,
		needs: 'someone'
	},

	// A "debt" paid otherwise than with money
	{
		kind: 'debt',
		pattern:
			/\b(?:(?:je|j) (?:lui |leur )?(?:dois|devais)\b(?! (?:encore )?(?:[1-9]|[1-4]\d) ?\$)(?! (?:une|un|ca|mes|les) (?:poutine|cafe|notes?|chips|faveur|service))|(?:says|said|thinks|claims) i owe|i (?:still |really |kinda )?owe (?:him|them|her|this guy|that guy)\b(?! one\b)|(?:ma|my) dette|my debt|jsuis a lui|je suis a lui|(?:tant que|until|till) (?:ce est|c|its|it is) (?:pas )?(?:paid|paye|rembourse)|keeps? a (?:tab|list)|garde une liste|(?:je|j|i) (?:owe|dois) (?:de l'argent|de le argent|money|this guy|a guy|a un gars|him)\b)/gu,
		needs: 'nothing'
	},
	{
		kind: 'debt',
		pattern:
			/\b(?:(?:rembourser|repay|pay (?:it |him |them )?back|payer)\b.{0,60}(?:autre|autrement|favors|faveurs|not with money|pas avec (?:de le )?argent|sa facon|his way|other ways?|talents)|(?:pas avec (?:de le )?argent|not with money)|(?:d'autres|de autres|other) (?:talents|ways to pay|facons de payer)|(?:lui|him) appartien\w*|belongs? to him|lui rendre|(?:i|je) (?:will |vais )?(?:pay|payer) (?:it |him )?back|(?:ma dette|la mienne|mine) .{0,20}(?:monte|going up|is like \d|keeps)|keeping paying the way|paying the way he wants|a mon tour de .{0,4}contribuer|make it up to him|work (?:it|that) off|(?:je|i) (?:dois|owe) (?:le |la |the )?\w+ (?:a|to) (?:un|une|a|this|that|the) (?:gars|guy|homme|man|fille|girl))/gu,
		needs: 'nothing'
	},

	// Self-harm and suicide
	{
		kind: 'self-harm',
		pattern:
			/\b(?:prenez soin|take care of (?:everyone|each other|the others|yourselves)|(?:will not|wo not) (?:be )?need\w*|en aur\w* plus besoin|giving (?:\w+ )*(?:to whoever|away)|peux garder mon|(?:plus de|no more) raison)\b[^]*\b(?:merci|thanks?|thank you)\b|\b(?:merci|thanks?|thank you)\b[^]*\b(?:prenez soin|take care of (?:everyone|each other|the others|yourselves)|(?:will not|wo not) (?:be )?need\w*|en aur\w* plus besoin|giving (?:\w+ )*(?:to whoever|away)|peux garder mon|(?:plus de|no more) raison)\b/gu,
		needs: 'nothing'
	},
	{
		kind: 'self-harm',
		pattern:
			/\b(?:je me (?:suis )?(?:re)?(?:fai[st]|fait) (?:du )?mal|me (?:suis )?(?:re)?(?:fait|faite) mal (?:hier|encore|expres)|(?:hurt|hurting|cut|cutting|harm|harming) myself|self[- ]?harm(?:ing)? again|(?:je (?:veux|vais|voulais|pense a|ai envie de)|envie de|je devrais) me (?:tuer|suicider)|me suicider|kill myself|(?:end|ending) (?:it all|my life)|(?:veux|voulais|want|wanted) (?:plus|pas) (?:etre la|vivre|exister|be here|to be here|to live)|(?:plus|pu) etre la|(?:not|never|will not|wont|no longer) (?:be )?(?:here|around) (?:by|anymore|next|much longer)|be here anymore|disparaitre (?:pour de bon|pour toujours|for good)|(?:je pense|jpense|i think about|thinking about) (?:juste )?a disparaitre|(?:mieux|better off) (?:sans|without) (?:moi|toi|me)|si je (?:mourais|meurs|mourrais)|(?:reveillais|reveille) pas|(?:point|reason) (?:of|to|in) (?:waking up|living|being here)|(?:prendre|take|took|taking) (?:toutes? )?(?:ses|mes|my|her|all (?:my|her)) (?:pilules|pills|meds)|(?:saving|stocking) (?:up )?(?:my )?(?:meds|pills)|au cas ou (?:je|jsuis)|in case i (?:am not|do not|dont)|(?:close|proche) (?:to|de) (?:the edge|le bord)|if i (?:do not|don't) show up (?:next|again)|ni apres|(?:j'ai|je ai|i) recommence|(?:months?|mois|weeks?|semaines?) clean|(?:veux|want to|wanna|want) (?:mourir|die)\b(?! de)|ne plus me reveiller|ni nulle part|or anywhere|nowhere anymore|sur terre|on earth|(?:pas de |plus de |no |no more )(?:raison|reason|point) (?:de|to) (?:continuer|continue|keep going|live|vivre|rester|stay)|(?:fine|better|happier|mieux|bien) (?:off )?(?:sans|without) (?:moi|me)|whats the point|what is the point|(?:ce est )?quoi le point|a quoi bon|nothing(?: is|'?s)? (?:ever )?(?:going to |gonna |will )?get\w* better|tired of (?:everything|it all)|(?:pas de |no )(?:avenir|future)|(?:me|myself) (?:brul|burn|gratt|scratch|coup)\w*|idea came back|idees (?:noires )?(?:sont )?revenues?|jusque? ?a?u sang|lames|blades|not (?:planning|going) to be around|(?:will not|wo not) be around|(?:stopped|arrete de) (?:eating|manger)|(?:do not|je) (?:deserve|merite pas)|(?:plus|pas|pu) envie de vivre|cutting again|see myself (?:being )?(?:around|here|alive)|me vois pas (?:etre )?(?:la|ici|en vie)|dose (?:de |of )?\w* ?(?:qui est |that is |is )?(?:dangereuse|mortelle|lethal|dangerous)|how many \w+ (?:is|are) (?:too many|dangerous|lethal)|(?:be|being|stay|rester) (?:alive|en vie) anymore|(?:want|wanna|veux) (?:pas |plus )?(?:to )?(?:be alive|etre en vie)|(?:make it|survive) (?:to|through|until) (?:the )?(?:morning|night|tomorrow|demain)|(?:her|my|sa|ma) (?:last|derniere) (?:night|nuit|day|jour|journee)|(?:gave|donne) (?:me|moi) (?:her|his|sa|son|ses) \w+|plus la force (?:de rien|de continuer|de vivre)|(?:plus|pas) capable de (?:rien|continuer|vivre)|je suis plus capable|(?:want to|wanna) disappear)/gu,
		needs: 'nothing'
	},

	// Broader words of each kind: they count when the text speaks of the writer or a friend and is not workshop talk
	// (or when she says the topic is her own life). Listed last, so a clearer passage above names the kind first.
	{
		kind: 'violence',
		pattern:
			/\b(?:frapp\w*|bat|battu\w*|pogn\w* par|pouss\w*|gifl\w*|claqu\w*|enferm\w*|brutal\w*|bleus|marques|hits?|hitting|slapp?\w*|punch\w*|shov\w*|chok\w*|strangl\w*|bruis\w*|lock(?:s|ed)? (?:me|us|her)|physical|peur de rentrer|scared to go home|afraid to go home|finit (?:toujours )?mal|(?:quand|when) (?:il|he) (?:a )?(?:bu|boit|drinks|is drunk))\b/gu,
		needs: 'own',
		playful: true
	},
	{
		kind: 'exploitation',
		pattern:
			/\b(?:nudes|annonces?|ads|clients?|hotels?|motels?|dates|older (?:guys|men)|gars plus vieux|hommes de \d+|cartes? cadeaux|gift cards?|(?:paid|pays|paye|paie|payait|donne) (?:me|moi|him|en|in)\b|travailler pour|works? for|fait travailler|me trouve du monde|(?:set|sets) (?:it|them|things) up|qui organise|manager|pimp|proxenete|(?:il|he|they|ils) (?:se fait|gets|get) (?:payer|paid)|(?:je|i) (?:vois|see) des (?:gars|guys|hommes|men)|envoie des photos|send (?:him )?pics|(?:des|mes|my) (?:videos|photos|pics) pour (?:un|des)|partys avec des hommes)\b/gu,
		needs: 'own',
		playful: true
	},
	{
		kind: 'threat',
		pattern:
			/\b(?:menac\w*|threat\w*|(?:sait|savait|knows?|knew) (?:ou|where)|accident|regrett?\w*|payer pour ca|pay for (?:it|this|that)|me trouve|find me|du monde partout|people everywhere|screenshots?|captures? (?:de )?ecran|you die|oublie pas ce que|ce que (?:je|il) a (?:sur moi)?|has (?:my|stuff on me)|still has my|(?:va|vont|will|going to) (?:publier|poster|post|envoyer|send|montrer|show|leak))\b/gu,
		needs: 'own',
		playful: true
	},
	{
		kind: 'debt',
		pattern:
			/\b(?:(?:je|i) (?:lui |leur )?(?:dois|devais|owe|owed)\b(?! (?:my|ma|mon|mes|you|toi|te|a|one|ca)\b)|(?:je|i|me)\b[^.!?]{0,25}\b(?:rembours\w*|pay (?:\w+ )?back)|dette|debt|work (?:it |that )?off|liste de tout|(?:paid|paye|payait) (?:for )?(?:everything|tout)\b.{0,60}(?:owe|dois|doit|rembours|back)|(?:tout ce que|everything) (?:il|he) (?:a )?(?:paye|paid|bought|achete)|me nourrit|me loge|(?:le|the|my|mon) (?:loyer|rent)|des services|effacer ca|faire quelque chose pour lui|a mon tour|my turn|keeps going up|(?:on|a) (?:a|my) tab)\b/gu,
		needs: 'own'
	},
	{
		kind: 'self-harm',
		pattern:
			/\b(?:(?:me|se) (?:fai[st]|fait|faisait) (?:encore )?(?:du )?mal|(?:hurt|hurting|cut|cutting|kill|killing)\w* (?:myself|herself)|(?<!(?:va|vont|allait|will|gonna|going to) )(?:me|se) (?:tuer|suicider)|suicid\w*|(?:mourir|die)\b(?! (?:de|of|from|laughing))|disparaitre|disappear\w*|en finir|end it|(?:wake|waking) up|me reveill\w*|(?:want|wants|wanted) (?:it|everything|this) to stop|point of (?:anything|it all|everything)|(?:la|the) force de rien|plus la force|au cas ou|just in case|idees noires|dark thoughts|(?:tannee|tired) (?:de|of) (?:etre|being) (?:ici|la|here)|prenez soin de|take care of (?:everyone|the others|each other)|mon dernier|my last (?:one|workshop)|a quoi bon|rien (?:ne )?change|(?:has|a) (?:a plan|un plan)|tired of existing|tannee de exister|nobody would (?:even )?notice|personne (?:le )?remarquerait|hotline|tannee de (?:tout|toute|vivre)|tired of (?:everything|living|being here))\b/gu,
		needs: 'own',
		playful: true
	},

	// Broadest: words of harm in the writer's own sentence about herself or the friend she named.
	{
		kind: 'violence',
		pattern:
			/\b(?:frapp\w*|battu\w*|cogn\w*|pogn\w*|pouss\w*|gifl\w*|claqu\w*|enferm\w*|barr(?:e|ee) (?:dans|la porte|ma)|etrangl\w*|bless\w*|bleus|marques|platre|sling|cast|(?:tombee|fell|fall) (?:again|encore)|chicane|brass\w*|hit|hits|slapp?\w*|punch\w*|shov\w*|push\w*|grab\w*|chok\w*|strangl\w*|bruis\w*|hurt|hurts|physical|locked|lock|hands on my (?:neck|throat)|par le cou|peur de rentrer|rentrer (?:ce soir|chez nous|chez moi)|go home|not a good night|pas une bonne (?:soiree|nuit)|misere a marcher|slept (?:in|outside|on)|open the door|ouvrir la porte|dehors|tient le bras|yells|crie|slamm\w*|fond de teint|(?:cache|hide|hiding|cover)\w* (?:les |the |my |mes )?(?:marques|bleus|marks|bruises)|(?:threw|throws) (?:\w+ ){0,3}at (?:me|my)|belt|ceinture|rough|leaves? (?:the )?marks|serre\w*|poignet|wrist|enfle\w*|swollen|split lip|levre fendue|flinch\w*|sursaute\w*|par la gorge|went off again|coups|(?:when|quand) (?:he|il) (?:is )?(?:drinking|drunk|boit|saoul|sou)|(?:wait|attends) (?:till|until|que) (?:he|il) (?:is )?(?:asleep|sleeps|dort)|home (?:is not|isn't|aint) (?:great|safe|good|ok)|locks?|barree|confisque\w*|sequestr\w*|(?:pas|not) safe (?:a la maison|at home|chez nous|chez moi|at my)|dors chez des amies|threw me|throws me)\b/gu,
		needs: 'near'
	},
	{
		kind: 'exploitation',
		pattern:
			/\b(?:vend(?:s|u|ue|ent|re|ait|aient)?|sell\w*|sold|photos|pics|nudes|site|annonces?|ads|clients?|hotels?|motels?|partys?|parties|gars plus vieux|older (?:guy|guys|man|men)|hommes|men|work trip|travaill\w*|(?:for|pour) (?:le|the)? ?(?:rent|loyer)|agency|agence|manager|amis de (?:mon|son) chum|his friends|ses amis|en echange|cash|dates?|autres villes|voyages? (?:a|to) \w+|trips? to \w+|(?:pas le droit|not allowed|peux pas|can not) (?:de )?(?:to )?(?:dire non|say no)|other cities|weed|pot|drogue|drugs|services?|(?:le|him) remercier|thank him|be nice to (?:my|his) friends?|fine avec (?:ses|mes) (?:amis|chums)|payent|paient|club|danc\w*|drives her|onlyfans|gere mon compte|(?:runs|manages) my (?:account|page)|sugar daddy|buys me|me (?:paye|achete) tout|amis a (?:mon|son) chum|pour (?:le )?appart|for (?:the|our) (?:apartment|place)|rencontres|payees|loverboys?|pimps?|proxenetes?|manager|(?:somewhere|a place|une place) (?:to sleep|pour dormir|ou dormir)|pour le argent|books? (?:them|the guys|clients|dates)|(?:amener|amene|emmene|driven|taken|brought) (?:a|to|en) \w+|new city|nouvelle ville|coucher avec|sleep with|hook up with|websites?|posts her|to book|for (?:the )?(?:money|cash)|working for (?:him|her|them|his)|the money goes|(?:le|the) argent va)\b/gu,
		needs: 'near'
	},
	{
		kind: 'threat',
		pattern:
			/\b(?:menac\w*|threat\w*|regrett?\w*|toute le ecole|whole school|find out|(?:va|vont|will) (?:savoir|la voir|le voir|les voir|know)|ce qui arrive (?:aux|a|si)|what happens (?:to|if|when)|(?:va|vont|allait|will|going to) (?:payer|pay) (?:pour|for) (?:ca|it|this|that)|y passe|never talk again|(?:gonna|going to) get it|watch (?:ur|your) back|(?:ur|you are) done|(?:know|knows|sait) (?:ur|your|mon|ton) (?:schedule|horaire)|passe devant chez (?:nous|moi)|pic of my (?:house|building)|(?:va|vont) (?:la|te|me) (?:trouver|faire payer|faire mal)|faire payer|kill himself and then|(?:auto|char|car|voiture|truck) \w* ?(?:attend\w*|waiting|parked)|attendait (?:encore )?en face|(?:me|te) faire la peau|knife|couteau|gun|fusil|(?:showed|shows|showing) up|coming back|mon adresse|my address|my building|mon bloc|(?:found|trouve) (?:u|you|me|toi)\b|me suit|(?:follows|following|followed) me|see what happens|voir ce qui (?:arrive|va arriver)|keeps showing up|walk me (?:to|home)|(?:si|if) (?:la |the )?(?:police|cops|dpj)|(?:ca|it) (?:va|will|is going to) (?:mal finir|end badly)|attend en (?:char|auto)|waiting (?:outside|in (?:the|his) car)|(?:have|has|a|ont) (?:your|my|ton|mon) (?:address|adresse)|jusqua|jusque a|deadline|until (?:friday|monday|tuesday|wednesday|thursday|saturday|sunday|tomorrow)|(?:video|videos|photos|pics) (?:de|of) moi|sait ou|knows where|(?:si|if) (?:je|j|i|tu|you) .{0,30}(?:va|vont|will|would|allait|going to))\b/gu,
		needs: 'near'
	},
	{
		kind: 'debt',
		pattern:
			/\b(?:owe|owed|owes(?! me)|dois|(?<!me )doit|devais|dettes?|debts?|rembours\w*|pay (?:it|them|him|her) back|pay(?:ing)? back|quittes|clears? it|efface\w*|(?:one|une) (?:night|soiree|nuit) avec|one night with|no other way to pay|\d+ ?\$? (?:short|de retard)|(?:faveurs|favours|favors)|(?:paye|paie|pays|paid|payait) (?:mon|ma|mes|my|for my|le|la)|keeps adding|pay\w* (?:\w+ )?off|never goes down|baisse jamais|(?:ce est|c) (?:a )?mon tour|borrow\w*|emprunt\w*|(?:we are|were|on est) (?:even|quittes)|(?:when|quand) (?:he|il) (?:decides|decide)|no way out|bought me|me a achete|(?:pour|to|for) (?:payer|pay) (?:ma|mon|my|le|la|the))\b/gu,
		needs: 'near'
	},
	{
		kind: 'self-harm',
		pattern:
			/\b(?:disparaitre|disappear\w*|(?:plus|pu) la|not (?:be )?here|(?:wo|will) not need|mourir|die|suicid\w*|hurt (?:myself|yourself|herself)|(?:me|se|te) faire du mal|reveill\w*|wake up|goodbye|adieu|note|lettres?|se (?:brul|gratt|coup)\w*|herself|(?:juste )?au cas\b|prenez soin|manches longues|long sleeves|(?:think|thinking|pense) (?:about|a) (?:dying|mourir)|interet de continuer|point in continuing|donne (?:mon|mes)|giving (?:my|away)|away|en aur\w* (?:plus|pu) besoin|(?:donner|donne|give away|giving|gave) (?:tout |all )?(?:mon|mes|my)|(?:pris|took|prendre|take) (?:des |trop de |all )?(?:pilules|pills|meds)|overdose|hopital|hospital|(?:me|se|te) faire (?:du )?mal|raison de continuer|easier if|plus simple si|remarquerait|notice|loved (?:working|you)|who gets (?:my|your|her) (?:stuff|things)|(?:needed|besoin de) (?:that|the|la) (?:line|hotline|ligne)|qui va avoir mes affaires|(?:if|si) (?:i am|je suis) (?:not|pas|plus) (?:here|la))\b/gu,
		needs: 'near'
	}
];

/** The sentence around a passage and the one after it. */
function sentenceAround(text: string, start: number, end: number): string {
	const before = text.slice(0, start);
	const from = Math.max(...['.', '!', '?', '\n', ';'].map((mark) => before.lastIndexOf(mark))) + 1;
	// The next sentence too: "ça me parle, la recherche sur les clients. moi j'en vois trois par semaine".
	const rest = text.slice(end);
	const first = rest.search(/[.!?\n;]/u);
	if (first === -1) return text.slice(from);
	const second = rest.slice(first + 1).search(/[.!?\n;]/u);
	return text.slice(from, second === -1 ? text.length : end + first + 1 + second);
}

/**
 * Whether broad words of harm are near the writer: her own sentence speaks of "me", "my", "us" or of her doing
 * something (not of her opinion: "je trouve", "i think"), or of the friend she named; or, with nobody named, the text
 * is not talk about the workshops at all ("pas capable de rentrer ce soir, il va être là").
 */
function nearHer(text: string, start: number, end: number, context: Context): boolean {
	const sentence = sentenceAround(text, start, end);
	if (context.own || context.toHer || VICTIM.test(sentence)) return true;
	if (context.someone && FRIEND_WORDS.test(sentence) && !(context.story && GENERAL.test(sentence)))
		return true;
	return !context.story && !GENERAL.test(text);
}

const VICTIM = anyOf([
	// "me", except where something only touches her mind: "ça me parle", "ce qui m'a frappée", "new to me".
	'(?<!(?:ca|ce qui|ce que|cela|qui|for|to|with|about|what|it|that|this) )me(?! (?:parle|parlent|touche|rejoint|fait penser|a frapp\\w*|doit|doivent|semble|tente|interesse|dit rien))',
	// Possessives, except of her ideas and of the people she names (those are friends, counted apart).
	'(?:mon|ma|mes|my) (?!(?:idee|avis|opinion|question|vote|suggestion|proposition|favorite|fav|part|exam|examen|ideas?|thoughts?|soeur|sister|chum|amie|friend|bestie|cousine|cousin|frere|brother|mere|pere|mom|dad|prof|teacher|coach|school|ecole|class|classe|group|groupe|team|equipe)\\b)',
	'myself',
	'(?:at|a la) (?:home|maison)',
	'chez (?:nous|moi)',
	'mine',
	'la mienne',
	'le mien',
	// Her doing or living something, not her opinion ("je trouve", "i think", "j'ai vu un film").
	'(?:je|i) (?!(?:trouve|pense|crois|aime|aimerais|adore|vote|propose|suggere|ajouterais|aurais|sais|savais|comprends|dirais|suis (?:pas )?de accord|regarde|ecoute|lis|watch\\w*|listen\\w*|veux que|me demande|ai (?:vu|lu|trouve|aime|appris|entendu)|think|thought|like|love|loved|vote|suggest|would|agree|disagree|liked|found|read|saw|heard|learned|know|knew|guess|feel like (?:the|this|that)|wish|hope|mean|do not (?:think|know|like|get)|am not sure|have a question)\\b)'
]);

const FRIEND_WORDS = anyOf(['elle', 'she', 'her', 'lui', 'la', 'sa', 'ses']);

/** Questions and advice about people in general: "si quelqu'un…", "what do you do if…", "est-ce qu'une fille…". */
const GENERAL = anyOf([
	"si quelqu'?\\s?un",
	'if (?:someone|somebody|a girl|a friend)',
	'what if',
	'what (?:do|should|can) (?:you|we|i) do',
	'on fait (?:quoi|si)',
	'que est-ce que on fait',
	'comment (?:on|tu)',
	'how (?:do|can|should) (?:you|we)',
	'en general',
	'in general',
	'une fille',
	'les filles',
	'girls'
]);

/** A hard time that is over and safe ("ça fait deux ans, c'est fini, chu suivie"). */
const RESOLVED_PAST = anyOf([
	'(?:ce est|c) fini depuis',
	"(?:il y a|ya|y a|y'a|il a|ca fait) (?:\\d+|deux|trois|quatre) ans",
	'(?:\\d+|two|three|four) years ago',
	'last year',
	"(?:le an|l'an) passe",
	'(?:la |le )?annee (?:passee|derniere)',
	'(?:je suis|i am) (?:safe|en securite) (?:now|maintenant)'
]);
const RESOLVED_NOW = anyOf([
	'ca va (?:bien|mieux|vraiment bien)',
	'(?:je suis|i am) (?:correcte|ok|okay|safe|good|doing (?:good|better|well)|suivie|en securite)',
	'doing (?:good|better|well) now',
	'in a good place',
	'(?:je|j) vais bien',
	'(?:therapy|la therapie) (?:helped|me a aide)'
]);

/** Everyday ways of speaking that borrow the words ("je vais mourir de honte", "my dad will kill me"). */
const IDIOM = anyOf([
	'(?:mourir|mort|morte|meurs|die|dying|died|dead) (?:de|of|at|laughing|from) (?:rire|honte|fatigue|faim|ennui|chaleur|froid|boredom|laughter|embarrassment|cringe)?',
	'(?:wanna|want to|gonna) die .{0,30}(?:hair|exam|test|class|photo|pic|cringe|outfit|math)',
	'(?:kill|tuez|tue) (?:me|moi) (?:now|ce est)',
	'(?:mere|pere|mom|dad|mother|father|soeur|sister|frere|brother|coach|prof|teacher) (?:va|vont|will|is going to|gonna) (?:me |le |la )?(?:tuer|kill|murder)',
	'disparaitre sous',
	'(?:dette|dois|owe) (?:envers toi|you|te)',
	'(?:je )?te dois',
	'(?:dette|debt) de sommeil',
	'sleep debt',
	'run suicides',
	'sell my soul',
	'failli mourir',
	'(?:vente de (?:biscuits|gateaux|chocolat)|bake sale|fundraiser|levee de fonds)',
	'(?:frere|soeur|brother|sister)\\b.{0,40}(?:menac|threat)\\w*.{0,60}(?:spoil|tell (?:on|mom)|dire a ma mere|hoodie|chips|pouding|dessert|linge)',
	'(?:one|two|three|four|five|ten|deux|trois|cinq|dix) (?:bucks|piasses|dollars)',
	'(?:cat|dog|chat|chien)\\b.{0,20}(?:menac|threat)\\w*',
	'comme (?:sa|une|un) (?:bonne|esclave|servante|servant|maid)',
	"disparaitre (?:jusqu'?\\s?a|until|till|pour la fin de semaine)",
	'(?:debt|dette|owe|dois)\\b.{0,40}\\b(?:notes|homework|devoirs|bubble tea|cafes?|coffees?|poutine|pizza|chips)',
	'debt free',
	'(?:[1-9]|[1-4]\\d) (?:bucks|piasses|dollars)',
	'battu\\w* pour (?:le|la|un|une|les)',
	'(?:mom|mere|dad|pere|coach|prof|teacher)\\b.{0,30}(?:menac|threat)\\w* (?:to take|to ground|de (?:me |nous )?(?:prendre|confisquer|faire))',
	'(?:dois|owe) (?:encore |still )?(?:[1-9]|[1-4]\\d)(?= ?\\$)',
	'si je etais (?:un|une|le|la|animatrice|intervenante|a (?:ta|leur|sa) place)',
	'if i (?:were|was) (?:a|an|the|in (?:your|their) (?:place|shoes))',
	'(?:en )?dois une',
	'i owe you',
	'owe (?:my|you|her|him) (?:one|big)',
	'owe my (?:sister|brother|mom|dad|friend|bestie|best friend)',
	'(?:this|that|it) slaps',
	'(?:pillow|oreiller|snowball|balle de neige)',
	'(?:phone|battery|cell|batterie|telephone)\\S* (?:is )?(?:about to|going to|va) (?:die|mourir)',
	'(?:exams?|examen|test|maths?|devoirs?|homework|school|reunion|meeting|chanson|song|toune)\\b.{0,60}\\b(?:mourir|die|dead|tuer|kill)',
	'(?:mourir|die|dead|tuer|kill)\\b.{0,40}\\b(?:exams?|examen|test|maths?|devoirs?|homework|reunion|meeting)',
	'(?:frere|soeur|brother|sister)\\b.{0,60}(?:menac|threat)\\w*.{0,80}(?:lol|lmao|mdr)',
	// She is the one joking about hitting someone, never about herself ("i'm going to kill myself" is not this).
	'(?:je|i) (?:vais|will|am going to|going to) (?:le |la |les |te )?(?:frapper|tuer|hit|kill|punch|slap)(?! ?(?:myself|me|moi|herself))',
	'(?:will|gonna|going to) (?:literally )?disappear',
	'(?:this|that|ce) (?:beat|song|chanson|toune) (?:hits|slaps|frappe)'
]);

/** Keeps one signal per passage: where two overlap, the first found (rules are listed from the clearest). */
function dropOverlaps(signals: DisclosureSignal[]): DisclosureSignal[] {
	const kept: DisclosureSignal[] = [];
	for (const signal of signals) {
		if (kept.some((other) => signal.start < other.end && other.start < signal.end)) continue;
		kept.push(signal);
	}
	return kept.sort((a, b) => a.start - b.start);
}
