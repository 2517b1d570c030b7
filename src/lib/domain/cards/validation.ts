// What must be true before a myths-and-realities deck is published: every problem, in one list, each
// pointing at its place; a card that gives a figure must say where it comes from.
import { missingText, type Problem } from '../publishing/problems.ts';
import { statesAFigure, type DeckDocument } from './deck.ts';

/** Every problem that blocks publishing `document`; an empty list means it can be published. */
export function validateDeck(document: DeckDocument): Problem[] {
	const languages = document.languages;
	const problems: Problem[] = [
		...missingText(document.title, 'title', languages),
		...missingText(document.description, 'description', languages)
	];
	if (document.cards.length === 0) problems.push({ key: 'cards.problem_no_card', path: 'cards' });

	const seen = new Set<string>();
	document.cards.forEach((card, i) => {
		const at = `cards.${i}`;
		if (seen.has(card.id))
			problems.push({ key: 'cards.problem_duplicate_id', path: at, values: { id: card.id } });
		seen.add(card.id);
		problems.push(
			...missingText(card.statement, `${at}.statement`, languages),
			...missingText(card.explanation, `${at}.explanation`, languages)
		);
		if (statesAFigure(card.statement) || statesAFigure(card.explanation)) {
			for (const locale of languages) {
				if (card.source[locale].trim() === '')
					problems.push({ key: 'cards.problem_needs_source', path: `${at}.source`, locale });
			}
		}
	});
	return problems;
}
