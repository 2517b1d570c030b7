// The personal-information guard: finds contact details and full names in text a participant wants to share.
import {
	AMBIGUOUS_GIVEN_NAMES,
	COMMON_WORDS,
	FAMILY_NAMES,
	GIVEN_NAMES,
	NAME_CUES,
	PLACE_WORDS,
	foldWord
} from './names.ts';
import { rewrite, viewOf, type View } from './text-view.ts';

export type PiiKind = 'email' | 'phone' | 'address' | 'url' | 'handle' | 'name';
export type PiiSpan = { kind: PiiKind; start: number; end: number; text: string };

/** Every span of personal information in the text, sorted by start and never overlapping. */
export function findPersonalInformation(text: string): PiiSpan[] {
	const candidates = DETECTORS.flatMap((detect) => detect(text));
	return keepLongestSpans(text.length, candidates);
}

export function hasPersonalInformation(text: string): boolean {
	return findPersonalInformation(text).length > 0;
}

type Detector = (text: string) => PiiSpan[];

// When two candidates have the same length, the more specific kind wins (an e-mail contains a domain).
const KIND_ORDER: readonly PiiKind[] = ['email', 'url', 'phone', 'address', 'handle', 'name'];

/** Greedily keeps the longest candidates, then the most specific kinds, so no two spans overlap. */
function keepLongestSpans(length: number, candidates: PiiSpan[]): PiiSpan[] {
	const ranked = [...candidates].sort(
		(a, b) =>
			b.end - b.start - (a.end - a.start) ||
			KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
			a.start - b.start
	);
	const taken = new Uint8Array(length);
	const kept: PiiSpan[] = [];
	for (const span of ranked) {
		if (taken.subarray(span.start, span.end).includes(1)) continue;
		taken.fill(1, span.start, span.end);
		kept.push(span);
	}
	return kept.sort((a, b) => a.start - b.start);
}

function span(text: string, kind: PiiKind, start: number, end: number): PiiSpan {
	return { kind, start, end, text: text.slice(start, end) };
}

// ---------------------------------------------------------------------------------------------------------------
// E-mail addresses
// ---------------------------------------------------------------------------------------------------------------

// In the four patterns below, "(?<!\s)" lets a match start only where a run of spaces starts: otherwise a long
// run of spaces would be scanned again from each of its spaces, and the time would grow with its square.
// "(at)", "[at]", "{arobase}" and " at " / " arobase " between words stand for "@".
const SPELLED_AT =
	/(?<!\s)\s*[([{<]\s*(?:at|arobase|arrobase|a)\s*[)\]}>]\s*|(?<!\s)\s+(?:at|arobase|arrobase)\s+/giu;
// "(dot)", "[point]" and " dot " / " point " between words stand for ".".
const SPELLED_DOT =
	/(?<!\s)\s*[([{<]\s*(?:dot|point|pt)\s*[)\]}>]\s*|(?<!\s)\s+(?:dot|point)\s+/giu;
// Spaces around "@" and before a "." are padding: "moi @ gmail . com".
const PADDED_AT = /(?<![ \t])[ \t]*@[ \t]*/gu;
const PADDED_DOT = /(?<![ \t])[ \t]+\.[ \t]*/gu;
// One character followed by a space and another lone character: letter-spaced writing such as "m o i".
const LETTER_SPACED = /(?<![\p{L}\p{N}])([\p{L}\p{N}@._-]) (?=[\p{L}\p{N}@._-](?![\p{L}\p{N}]))/gu;
// Characters of the part before "@" ("julie.b+ecole_09").
const LOCAL_PART = /[\p{L}\p{N}._%+-]{1,64}$/u;
// The domain after "@": labels separated by dots; the last one is checked afterwards.
const DOMAIN = /[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*/uy;
// Top-level domains accepted when the address was disguised ("gmail point com"), where guessing is riskier.
const KNOWN_TLDS = new Set('com ca fr org net io co me info be ch'.split(' '));
// Mail providers that identify an address even without ".com" ("jojo123@gmail").
const MAIL_PROVIDERS = new Set('gmail hotmail outlook yahoo icloud live videotron'.split(' '));

/** The text with disguised "@" and "." turned back into the symbols, offsets kept. */
function undisguiseEmails(text: string): View {
	let view = viewOf(text);
	view = rewrite(view, LETTER_SPACED, (match) => match.slice(0, -1));
	view = rewrite(view, SPELLED_AT, '@');
	view = rewrite(view, SPELLED_DOT, '.');
	view = rewrite(view, PADDED_AT, '@');
	view = rewrite(view, PADDED_DOT, '.');
	return view;
}

/** Whether a domain ends like a real one: a known top-level domain, any when written plainly, or a provider. */
function isMailDomain(domain: string, disguised: boolean): boolean {
	const labels = domain.toLowerCase().split('.');
	const tld = labels.at(-1) ?? '';
	if (labels.length === 1) return MAIL_PROVIDERS.has(tld);
	return disguised ? KNOWN_TLDS.has(tld) : /^\p{L}{2,24}$/u.test(tld);
}

/**
 * The addresses around each "@" of the view. Each "@" is looked at on its own (not one regex over the text), so a
 * false start such as "reach me@luna.star@example.com" cannot hide the real address after it.
 */
function emailsIn(text: string, view: View): PiiSpan[] {
	const spans: PiiSpan[] = [];
	for (let at = view.text.indexOf('@'); at !== -1; at = view.text.indexOf('@', at + 1)) {
		const local = view.text
			.slice(Math.max(0, at - 64), at)
			.match(LOCAL_PART)?.[0]
			.replace(/^[.-]+/u, '');
		DOMAIN.lastIndex = at + 1;
		const domain = DOMAIN.exec(view.text)?.[0].replace(/[.-]+$/u, '');
		if (!local || !domain) continue;
		const first = at - local.length;
		const last = at + domain.length;
		const start = view.from[first] ?? 0;
		const end = view.to[last] ?? 0;
		const disguised = text.slice(start, end) !== view.text.slice(first, last + 1);
		// "tiktok @mimi.qc" is a platform and a handle, not an address.
		if (disguised && HANDLE_CUE_WORDS.has(foldWord(local))) continue;
		if (isMailDomain(domain, disguised)) spans.push(span(text, 'email', start, end));
	}
	return spans;
}

const findEmails: Detector = (text) => {
	if (!/@|\b(?:at|arobase|arrobase)\b/iu.test(text)) return [];
	// Plain addresses are read from the text as written, disguised ones from the undisguised copy.
	return [...emailsIn(text, viewOf(text)), ...emailsIn(text, undisguiseEmails(text))];
};

// ---------------------------------------------------------------------------------------------------------------
// Phone numbers
// ---------------------------------------------------------------------------------------------------------------

// (514) 555-0199, 514.555.0199, +1 514 555 0199, 1-800-555-0199, 5145550199.
const PHONE =
	/(?<![\p{L}\p{N}])(?:\+\s?1[\s.-]?|1[\s.-])?(?:\(\s?\d{3}\s?\)|\d{3})[ \t.\-–]?\s?\d{3}[ \t.\-–]?\d{4}(?!\p{N})/gu;
// 555-0199 or 555 0199: a local number, not the end of a longer one (no digit, then a space, before it).
const LOCAL_PHONE = /(?<![\p{L}\p{N}]|\p{N}[ .\-–])\d{3}[ .\-–]\d{4}(?![ .\-–]?\p{N})/gu;
// Digits with any spacing between them ("5 1 4 - 5 5 5 - 0 1 9 9"); judged afterwards by how many digits it holds.
const DIGIT_RUN =
	/(?<![\p{L}\p{N}])(?:\+[ \t]{0,2})?\(?\d(?:(?:[ \t]{1,3}(?:[-.–][ \t]{0,3})?|[-.–][ \t]{0,3}|\)[ \t]{0,3}|[ \t]{0,3}\()?\d)*\)?/gu;
// Money, percentages and units right after a number mean it is an amount, not a phone number.
const AMOUNT_AFTER = /^\s*(?:\$|€|£|¢|%|dollars?|piasses?|euros?|km|kg|ans|years)/iu;

function digitGroups(run: string): number[] {
	return (run.match(/\d+/g) ?? []).map((group) => group.length);
}

/** 1 000 000 000: a first group of one to three digits, then only groups of three, is a large amount. */
function looksLikeThousands(groups: number[]): boolean {
	const [first = 0, ...rest] = groups;
	return rest.length > 0 && first <= 3 && rest.every((size) => size === 3);
}

/** "1234567" or "9876543": someone counting, not a phone number. */
function isCounting(digits: string): boolean {
	const steps = new Set(
		Array.from(digits.slice(1), (digit, i) => Number(digit) - Number(digits[i]))
	);
	return steps.size === 1 && (steps.has(1) || steps.has(-1));
}

/** Whether a run of digits with loose spacing has the shape of a North American phone number. */
function isSpacedPhone(run: string): boolean {
	const groups = digitGroups(run);
	const count = groups.reduce((sum, size) => sum + size, 0);
	const digits = run.replace(/\D/g, '');
	if (looksLikeThousands(groups)) return false;
	if (count === 10 || (count === 11 && digits.startsWith('1'))) return true;
	const spacedOut = groups.every((size) => size === 1) && !isCounting(digits);
	return count === 7 && (spacedOut || (groups[0] === 3 && groups[1] === 4));
}

// Digits written as words, possibly mixed with figures: "cinq un quatre, 555, zéro un neuf neuf".
const DIGIT_WORDS = new Map(
	Object.entries({
		zero: '0',
		oh: '0',
		un: '1',
		une: '1',
		one: '1',
		deux: '2',
		two: '2',
		trois: '3',
		three: '3',
		quatre: '4',
		four: '4',
		cinq: '5',
		five: '5',
		six: '6',
		sept: '7',
		seven: '7',
		huit: '8',
		eight: '8',
		neuf: '9',
		nine: '9'
	})
);
const SPELLED_DIGITS =
	/(?<![\p{L}\p{N}])(?:(?:z[ée]ro|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|one|two|three|four|five|seven|eight|nine|oh|\d+)(?:[ \t,.\-–]{1,3}(?=[\p{L}\p{N}])|(?![\p{L}\p{N}]))){7,14}/giu;

/** Whether a run of digit words and figures holds as many digits as a phone number (and is not all figures). */
function isSpelledPhone(run: string): boolean {
	const tokens = run.match(/[\p{L}\p{N}]+/gu) ?? [];
	if (tokens.every((token) => /^\d+$/u.test(token))) return false;
	const digits = tokens.map((token) => DIGIT_WORDS.get(foldWord(token)) ?? token).join('');
	return /^\d+$/u.test(digits) && !isCounting(digits) && [7, 10, 11].includes(digits.length);
}

const findPhones: Detector = (text) => {
	const spans: PiiSpan[] = [];
	const add = (start: number, end: number) => {
		if (!AMOUNT_AFTER.test(text.slice(end, end + 12))) spans.push(span(text, 'phone', start, end));
	};
	for (const match of text.matchAll(PHONE)) add(match.index, match.index + match[0].length);
	for (const match of text.matchAll(LOCAL_PHONE)) add(match.index, match.index + match[0].length);
	for (const match of text.matchAll(DIGIT_RUN)) {
		const run = match[0].replace(/[\s.\-–(]+$/u, '');
		if (isSpacedPhone(run)) add(match.index, match.index + run.length);
	}
	for (const match of text.matchAll(SPELLED_DIGITS)) {
		const run = match[0].replace(/[\s,.\-–]+$/u, '');
		if (isSpelledPhone(run)) add(match.index, match.index + run.length);
	}
	return spans;
};

// ---------------------------------------------------------------------------------------------------------------
// Street addresses and postal codes
// ---------------------------------------------------------------------------------------------------------------

// Canadian postal code: letter-digit-letter, space or dash or nothing, digit-letter-digit (never D F I O Q U).
const POSTAL_CODE =
	/(?<![\p{L}\p{N}])[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ -]?\d[ABCEGHJ-NPRSTV-Z]\d(?![\p{L}\p{N}])/giu;
// French order: civic number, optional comma, street type ("1234 rue", "55, boulevard", "12 av.").
const FRENCH_STREET_START =
	/(?<![\p{L}\p{N}])\d{1,5}[a-z]?(?:\s*,\s*|\s+)(rue|boulevard|boul|blvd|bd|avenue|av|ave|chemin|ch|rang|route|rte|place|mont[ée]e|c[ôo]te|croissant|impasse|all[ée]e|promenade|terrasse|ruelle)(?![\p{L}\p{N}])\.?/giu;
// Street types that are also ordinary words ("il reste 1 place"): the name after them must be capitalised.
const AMBIGUOUS_STREET_TYPES = new Set(['place', 'route', 'chemin', 'ch', 'rang', 'cote', 'allee']);
// English order: civic number, one to three capitalised words (or an ordinal), street type ("123 Main Street").
const ENGLISH_STREET =
	/(?<![\p{L}\p{N}])\d{1,5}[a-z]?\s+(?:(?:\p{Lu}[\p{L}\p{M}'’-]*|\d{1,3}(?:st|nd|rd|th|e))\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Court|Ct|Crescent|Cres|Way|Place|Pl|Terrace|Circle|Parkway|Highway|Hwy|Trail)\b\.?/gu;
// The same in lower case, with one name word and only the unmistakable street types ("12 main street").
const LOWERCASE_ENGLISH_STREET =
	/(?<![\p{L}\p{N}])\d{1,5}\s+(\p{Ll}[\p{Ll}\p{M}'’-]+)\s+(?:street|avenue|road|boulevard|blvd)\b/gu;
// The apartment right after a street address: ", app. 4", " apt 3B", ", Unit 5", " app 1203".
const APARTMENT_AFTER =
	/^\s*,?\s*(?:app\.?|appt\.?|apt\.?|appartement|apartment|unit[ée]?|suite|#)\s*#?\s*\d{1,4}[a-z]?(?![\p{L}\p{N}])/iu;
// A civic number before a saint's street without its type, very common in Quebec ("1234 Sainte-Catherine").
const SAINT_STREET =
	/(?<![\p{L}\p{N}])\d{2,5},?\s+(?:Saint|Sainte|St|Ste)-\p{Lu}[\p{L}\p{M}'’-]*(?:\s+(?:Ouest|Est|Nord|Sud))?/gu;
// The civic number after the street: "rue Ontario au 3200", "Main Street at 45".
const NUMBER_AFTER_STREET =
	/(?<![\p{L}\p{N}])(?:rue|boulevard|boul\.?|avenue|av\.|chemin)\s+(?:(?:de\s+la|du|des|de)\s+)?\p{Lu}[\p{L}\p{M}'’-]*(?:\s+(?:Ouest|Est|Nord|Sud|ouest|est|nord|sud))?,?\s+(?:au|num[ée]ro|no\.?|#)\s*\d{1,5}(?![\p{L}\p{N}])/giu;
// "app. 4", "appartement 12", "apt 3B" on their own (not "l'app 3 fois": the short form needs its dot).
const APARTMENT_ALONE =
	/(?<![\p{L}\p{N}])(?:app\.|appt\.?|apt\.?|appartement|apartment)\s*#?\s*\d{1,4}[a-z]?(?![\p{L}\p{N}])/giu;
// Words of a street name after its type: "de la", "du", "d'" and so on, then names, then a direction.
const STREET_PARTICLE = /^(?:de\s+la|de\s+l['’]|du|des|de|d['’]|la|le|les|l['’])\s*/iu;
const STREET_WORD = /^[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’.-]*/u;
const DIRECTIONS = new Set('ouest est nord sud o e n s west east north south'.split(' '));

function isCapitalised(word: string): boolean {
	return /^\p{Lu}/u.test(word);
}

/** Where the street name that starts at `from` ends: its first word, then capitalised words or a direction. */
function streetNameEnd(text: string, from: number, needsCapital: boolean): number | null {
	let at = from + (text.slice(from, from + 8).match(/^[ \t]*/u)?.[0].length ?? 0);
	at += text.slice(at, at + 12).match(STREET_PARTICLE)?.[0].length ?? 0;
	const first = text
		.slice(at, at + 60)
		.match(STREET_WORD)?.[0]
		.replace(/\.$/u, '');
	if (!first) return null;
	const folded = foldWord(first);
	if (needsCapital && !isCapitalised(first) && !/^\d/u.test(first)) return null;
	if (!isCapitalised(first) && COMMON_WORDS.has(folded)) return null;
	let end = at + first.length;
	for (let words = 0; words < 3; words++) {
		const next = text.slice(end, end + 40).match(/^[ \t]+([\p{L}\p{M}][\p{L}\p{M}'’-]*\.?)/u);
		const word = next?.[1];
		if (!next || !word) break;
		const bare = foldWord(word.replace(/\.$/u, ''));
		if (DIRECTIONS.has(bare) || (isCapitalised(word) && !COMMON_WORDS.has(bare))) {
			end += next[0].length;
		} else break;
	}
	return end;
}

/** Where an address ending at `from` really ends, with its apartment number if one follows. */
function apartmentEnd(text: string, from: number): number {
	return from + (text.slice(from, from + 32).match(APARTMENT_AFTER)?.[0].length ?? 0);
}

const findAddresses: Detector = (text) => {
	const spans: PiiSpan[] = [];
	for (const match of text.matchAll(FRENCH_STREET_START)) {
		const type = foldWord(match[1] ?? '');
		const nameEnd = streetNameEnd(
			text,
			match.index + match[0].length,
			AMBIGUOUS_STREET_TYPES.has(type)
		);
		if (nameEnd !== null)
			spans.push(span(text, 'address', match.index, apartmentEnd(text, nameEnd)));
	}
	for (const match of text.matchAll(ENGLISH_STREET)) {
		spans.push(
			span(text, 'address', match.index, apartmentEnd(text, match.index + match[0].length))
		);
	}
	for (const match of text.matchAll(LOWERCASE_ENGLISH_STREET)) {
		if (COMMON_WORDS.has(foldWord(match[1] ?? ''))) continue;
		spans.push(
			span(text, 'address', match.index, apartmentEnd(text, match.index + match[0].length))
		);
	}
	for (const pattern of [POSTAL_CODE, APARTMENT_ALONE, SAINT_STREET, NUMBER_AFTER_STREET]) {
		for (const match of text.matchAll(pattern)) {
			spans.push(span(text, 'address', match.index, match.index + match[0].length));
		}
	}
	return spans;
};

// ---------------------------------------------------------------------------------------------------------------
// Web addresses
// ---------------------------------------------------------------------------------------------------------------

const URL_TAIL = `[^\\s<>"'«»]*`;
// http(s)://… up to the next space.
const HTTP_URL = new RegExp(`(?<![\\p{L}\\p{N}])https?://${URL_TAIL}`, 'giu');
// www.… up to the next space.
const WWW_URL = new RegExp(`(?<![\\p{L}\\p{N}./-])www\\.${URL_TAIL}`, 'giu');
// A bare domain ending in a common top-level domain, lower case ("monsite.ca", "insta.com/quelquun").
// Labels are separated by dots, so a long run of letters cannot make the engine backtrack more than once.
const TLDS =
	'com|ca|org|net|fr|io|co|info|tv|gg|ly|app|dev|xyz|me|link|site|online|store|shop|blog';
const BARE_DOMAIN = new RegExp(
	`(?<![\\p{L}\\p{N}._@/-])[\\p{L}\\p{N}][\\p{L}\\p{N}-]*(?:\\.[\\p{L}\\p{N}][\\p{L}\\p{N}-]*)*\\.(?:${TLDS})(?![\\p{L}\\p{N}-])(?:/${URL_TAIL})?`,
	'gu'
);
// "monsite point com": a spoken domain.
const SPOKEN_DOMAIN =
	/(?<![\p{L}\p{N}])([\p{L}\p{N}][\p{L}\p{N}-]{1,62})\s+(?:point|dot)\s+(?:com|ca|org|net|fr)(?![\p{L}\p{N}])/giu;
// Sentence punctuation stuck to the end of a URL is not part of it.
const TRAILING_PUNCTUATION = /[.,;:!?)\]}'"»]+$/u;

const findUrls: Detector = (text) => {
	const spans: PiiSpan[] = [];
	for (const pattern of [HTTP_URL, WWW_URL, BARE_DOMAIN]) {
		for (const match of text.matchAll(pattern)) {
			const url = match[0].replace(TRAILING_PUNCTUATION, '');
			if (url.includes('.')) spans.push(span(text, 'url', match.index, match.index + url.length));
		}
	}
	for (const match of text.matchAll(SPOKEN_DOMAIN)) {
		if (COMMON_WORDS.has(foldWord(match[1] ?? ''))) continue;
		spans.push(span(text, 'url', match.index, match.index + match[0].length));
	}
	return spans;
};

// ---------------------------------------------------------------------------------------------------------------
// Social-media handles
// ---------------------------------------------------------------------------------------------------------------

// "@julie_2009", not the "@" of an e-mail address.
const AT_HANDLE = /(?<![\p{L}\p{N}_.@])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,29}[A-Za-z0-9_])?/gu;
// "julie#1234": a Discord tag.
const DISCORD_TAG = /(?<![\p{L}\p{N}_.#])[A-Za-z][A-Za-z0-9_.]{1,31}#\d{4}(?!\p{N})/gu;
// Words after which a username usually follows: platforms, "pseudo", "ajoute-moi".
const PLATFORMS =
	'snap(?:chat)?|sc|insta(?:gram)?|ig|tik ?tok|discord|twitter|facebook|fb|messenger|whats ?app|telegram|kik|wattpad|youtube|yt|twitch|reddit|bereal|roblox|xbox|psn|minecraft|pinterest|skype|vsco|tumblr';
const HANDLE_CUE = new RegExp(
	`(?<![\\p{L}\\p{N}])(?:${PLATFORMS}|pseudo|username|user ?name|nom d['’]utilisateur|gamertag|handle|ajoute[- ]moi|add me|follow me|suis[- ]moi|[ée]cris[- ]moi|texte[- ]moi|dm me|contacte[- ]moi)(?![\\p{L}\\p{N}])`,
	'giu'
);
// Cue words are never usernames themselves ("ajoute-moi sur snap"), nor the start of an e-mail address.
const HANDLE_CUE_WORDS = new Set(
	`snap snapchat sc insta instagram ig tiktok discord twitter facebook fb messenger whatsapp telegram kik
	wattpad youtube yt twitch reddit bereal roblox xbox psn minecraft pinterest skype vsco tumblr pseudo
	username`.split(/\s+/)
);
// What follows a cue: a separator, up to three linking words ("c'est", "sur", "moi"), then the username.
const AFTER_CUE =
	/(?<separator>\s*(?:[:=,]|->|=>)\s*|\s+)(?<links>(?:(?:c['’]?\s?est|cest|c|is|it['’]?s|est|moi|me|on|sur|à|a|au|at|mon|my|de|du|le)\s+){0,3})(?<name>@?[\p{L}_][\p{L}\p{N}_.]{1,29}(?:#\d{4})?)/uy;
// "c'est", "is" and the like announce a username after "mon insta …".
const ANNOUNCES = /c['’]?\s?est|cest|\bc\b|\bis\b|it['’]?s|\best\b/iu;
// "mon", "my", "ton"… just before the cue (one word may sit between: "mon compte insta").
const POSSESSIVE_BEFORE =
	/(?<![\p{L}])(?:mon|ma|my|ton|ta|your|son|sa|his|her|notre|our)\s+(?:\p{L}+\s+)?$/iu;

/**
 * Whether a plain word (no digit, no underscore, no dot) after a cue is a username: "snap: julie", or
 * "mon insta c'est julie"; but not "Instagram c'est toxique" nor "YouTube: c'est relaxant".
 */
function announcesPlainName(
	text: string,
	cueStart: number,
	separator: string,
	links: string
): boolean {
	if (/[:=]/u.test(separator) && links === '') return true;
	const before = text.slice(Math.max(0, cueStart - 30), cueStart);
	return POSSESSIVE_BEFORE.test(before) && ANNOUNCES.test(links);
}

// A username-shaped word just before "sur snap", "on insta": "je suis julie2009 sur snap".
const HANDLE_BEFORE_PLATFORM = new RegExp(
	`(?<![\\p{L}\\p{N}_.@#])@?[\\p{L}_][\\p{L}\\p{N}_.]{1,40}(?=\\s+(?:sur|on)\\s+(?:${PLATFORMS})(?![\\p{L}\\p{N}]))`,
	'giu'
);
// A word shaped like a username: a digit, an underscore or an inner dot ("julie2009", "xo.mia.xo").
// Its two open-ended parts can backtrack, so it only ever runs on the short window after a cue.
const SHAPED_NAME =
	/(?<![\p{L}\p{N}_.@#])@?[\p{L}_][\p{L}\p{N}_.]*[\d_.][\p{L}\p{N}_.]*(?:#\d{4})?/u;

/** Whether a token has a username's shape, not that of an abbreviation such as "p.ex". */
function isShapedName(name: string): boolean {
	if (/[\d_#@]/u.test(name)) return /\p{L}/u.test(name);
	return name.includes('.') && (name.match(/\p{L}/gu) ?? []).length >= 5;
}

/** The username right after a cue: "snap: julie", "mon insta c'est julie.2009". */
function handleRightAfterCue(text: string, cueStart: number, cueEnd: number): PiiSpan | null {
	AFTER_CUE.lastIndex = cueEnd;
	const match = AFTER_CUE.exec(text);
	const groups = match?.groups;
	if (!match || !groups) return null;
	const name = (groups.name ?? '').replace(/\.+$/u, '');
	const folded = foldWord(name.replace(/^@/u, ''));
	if (COMMON_WORDS.has(folded) || HANDLE_CUE_WORDS.has(folded) || folded.length < 3) return null;
	const plain = !isShapedName(name);
	if (plain && !announcesPlainName(text, cueStart, groups.separator ?? '', groups.links ?? '')) {
		return null;
	}
	const start = match.index + match[0].length - (groups.name ?? '').length;
	return span(text, 'handle', start, start + name.length);
}

/** A username-shaped word later in the same sentence as the cue: "mon snap c'est le même : xo.lea". */
function shapedHandleNearCue(text: string, cueEnd: number): PiiSpan | null {
	const window = text.slice(cueEnd, cueEnd + 40).split(/[!?\n]|\.(?:\s|$)/u)[0] ?? '';
	const match = window.match(SHAPED_NAME);
	if (!match || match.index === undefined) return null;
	const name = match[0].replace(/\.+$/u, '');
	if (!isShapedName(name) || COMMON_WORDS.has(foldWord(name))) return null;
	return span(text, 'handle', cueEnd + match.index, cueEnd + match.index + name.length);
}

const findHandles: Detector = (text) => {
	const spans: PiiSpan[] = [];
	for (const match of text.matchAll(AT_HANDLE)) {
		const handle = match[0];
		if (/\p{L}/u.test(handle) && !/^@\d{1,2}h\d{0,2}$/iu.test(handle)) {
			spans.push(span(text, 'handle', match.index, match.index + handle.length));
		}
	}
	for (const match of text.matchAll(DISCORD_TAG)) {
		spans.push(span(text, 'handle', match.index, match.index + match[0].length));
	}
	for (const match of text.matchAll(HANDLE_BEFORE_PLATFORM)) {
		const name = match[0].replace(/\.+$/u, '');
		if (isShapedName(name))
			spans.push(span(text, 'handle', match.index, match.index + name.length));
	}
	for (const match of text.matchAll(HANDLE_CUE)) {
		const cueEnd = match.index + match[0].length;
		const handle =
			handleRightAfterCue(text, match.index, cueEnd) ?? shapedHandleNearCue(text, cueEnd);
		if (handle) spans.push(handle);
	}
	return spans;
};

// ---------------------------------------------------------------------------------------------------------------
// Full names
// ---------------------------------------------------------------------------------------------------------------

type Word = { text: string; start: number; end: number; folded: string };

// Words with inner hyphens or apostrophes ("Jean-Philippe", "O'Brien", "aujourd'hui").
const WORD = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu;
// French elisions before a word ("l'Atelier", "J'ai"): the word starts after the apostrophe.
const ELISION = /^(?:[ljmnstc]|qu|jusqu|lorsqu|puisqu)['’](?=\p{L})/iu;

function wordsOf(text: string): Word[] {
	return Array.from(text.matchAll(WORD), (match) => {
		const elided = match[0].match(ELISION)?.[0].length ?? 0;
		const start = match.index + elided;
		const word = match[0].slice(elided);
		return { text: word, start, end: start + word.length, folded: foldWord(word) };
	});
}

function anyPart(word: Word, list: ReadonlySet<string>): boolean {
	return list.has(word.folded) || word.folded.split('-').some((part) => list.has(part));
}

const isGiven = (word: Word) => anyPart(word, GIVEN_NAMES);
const isFamily = (word: Word) => anyPart(word, FAMILY_NAMES);
const isOrdinary = (word: Word) => COMMON_WORDS.has(word.folded) || anyPart(word, PLACE_WORDS);
// A capitalised word: "Marie", "Jean-Philippe", "O'Brien", "MacLeod" (not "DPJ", not "marie").
const isTitleCase = (word: Word) =>
	/^\p{Lu}[\p{Ll}\p{M}]/u.test(word.text) || /^\p{Lu}['’]\p{Lu}\p{Ll}/u.test(word.text);

/** Whether only spaces separate two words (a comma or a line break ends a name). */
function adjacent(text: string, left: Word, right: Word): boolean {
	return /^[ \t]{1,3}$/u.test(text.slice(left.end, right.start));
}

/** Whether one of the two words before `index` announces a name ("s'appelle", "Mme", "my name is"). */
function cued(words: Word[], index: number): boolean {
	return words.slice(Math.max(0, index - 3), index).some((word) => NAME_CUES.has(word.folded));
}

/** Whether a given word followed by a family word reads as a person's full name. */
function isFullName(first: Word, second: Word, hasCue: boolean): boolean {
	const given = isGiven(first);
	const family = isFamily(second);
	if (!isTitleCase(first) || !isTitleCase(second)) {
		// Lower case or shouting: only a known given name with a known family name, neither an everyday word.
		const plainWord = (word: Word) =>
			!isTitleCase(word) && (AMBIGUOUS_GIVEN_NAMES.has(word.folded) || isOrdinary(word));
		return given && family && !plainWord(first) && !plainWord(second);
	}
	if (given && family) return true;
	if (isOrdinary(second)) return false;
	if (given) return !AMBIGUOUS_GIVEN_NAMES.has(first.folded) || hasCue;
	if (isOrdinary(first)) return false;
	return family || hasCue;
}

/** Whether a third word continues the name ("Marie Ève Tremblay", "Jean-Philippe Gagnon Roy"). */
function continuesName(middle: Word, last: Word): boolean {
	if (!isTitleCase(last) || isOrdinary(last)) return false;
	return isFamily(last) || isGiven(middle);
}

const findNames: Detector = (text) => {
	const words = wordsOf(text);
	const spans: PiiSpan[] = [];
	for (let i = 0; i + 1 < words.length; i++) {
		const first = words[i];
		const second = words[i + 1];
		if (!first || !second || !adjacent(text, first, second)) continue;
		if (!isFullName(first, second, cued(words, i))) continue;
		let last = i + 1;
		const third = words[i + 2];
		if (third && adjacent(text, second, third) && continuesName(second, third)) last = i + 2;
		spans.push(span(text, 'name', first.start, words[last]?.end ?? second.end));
		i = last;
	}
	return spans;
};

// Declared last because it lists the detectors above; the guard runs every one of them on the whole text.
const DETECTORS: readonly Detector[] = [
	findEmails,
	findUrls,
	findPhones,
	findAddresses,
	findHandles,
	findNames
];
