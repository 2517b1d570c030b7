// What a pseudonym must not be, beyond contact details: a real first and last name however it is written
// ("MarieTremblay", "marie_tremblay_14", "Marie T") or a birth year ("Kayla 2009"). Browser-safe.
import { AMBIGUOUS_GIVEN_NAMES, FAMILY_NAMES, GIVEN_NAMES, foldWord } from './names.ts';
import { findPersonalInformation, type PiiKind } from './pii-guard.ts';

/** A real name however it is written ('name', as the personal-information guard says of full names), a birth year. */
export type PseudonymRisk = 'name' | 'birth_year';

/** The words of a pseudonym: split at spaces, punctuation, digits and lower-to-upper case changes. */
function wordsOf(pseudonym: string): string[] {
	return pseudonym
		.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
		.replace(/(\p{L})(\p{N})|(\p{N})(\p{L})/gu, '$1$3 $2$4')
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean)
		.map(foldWord);
}

const isGiven = (word: string) => GIVEN_NAMES.has(word) || AMBIGUOUS_GIVEN_NAMES.has(word);

/** A given name glued to a family name with nothing between them ("marietremblay"). */
function gluedFullName(word: string): boolean {
	for (let cut = 2; cut <= word.length - 2; cut++)
		if (isGiven(word.slice(0, cut)) && FAMILY_NAMES.has(word.slice(cut))) return true;
	return false;
}

/** A year someone of our age range could be born in, written in full. */
const BIRTH_YEAR = /^(19[5-9]\d|20[0-2]\d)$/;

/** What makes the pseudonym point to a real person, if anything. */
export function pseudonymRisk(pseudonym: string): PseudonymRisk | null {
	const words = wordsOf(pseudonym);
	if (words.some((word) => BIRTH_YEAR.test(word))) return 'birth_year';
	const given = words.findIndex(isGiven);
	if (given !== -1) {
		const others = words.filter((_, index) => index !== given);
		// A family name, or an initial ("Marie T"), beside a given name.
		if (others.some((word) => FAMILY_NAMES.has(word) || /^\p{L}$/u.test(word))) return 'name';
	}
	if (words.some(gluedFullName)) return 'name';
	return null;
}

/** Why a pseudonym cannot be used: contact details, a real name or a birth year in it, if any. */
export function pseudonymProblem(pseudonym: string): PiiKind | PseudonymRisk | null {
	return findPersonalInformation(pseudonym)[0]?.kind ?? pseudonymRisk(pseudonym);
}
