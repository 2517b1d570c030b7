// Playing a deck alone: one card at a time, answer or pass, see the explanation, then a summary of what
// one now knows. No timer, no points, no ranking: the summary lists facts, never a score.
import type { Card, DeckDocument } from './deck.ts';

export type Guess = 'myth' | 'reality' | 'pass';

export type DeckPlay = {
	/** The card being looked at (equal to the number of cards once finished). */
	position: number;
	guesses: Guess[];
	/** Whether the current card's answer is shown. */
	revealed: boolean;
};

export function startDeck(): DeckPlay {
	return { position: 0, guesses: [], revealed: false };
}

export function isFinished(deck: DeckDocument, play: DeckPlay): boolean {
	return play.position >= deck.cards.length;
}

export function currentCard(deck: DeckDocument, play: DeckPlay): Card | null {
	return deck.cards[play.position] ?? null;
}

/** Answers (or passes on) the current card and shows its answer; a second answer changes nothing. */
export function answer(deck: DeckDocument, play: DeckPlay, guess: Guess): DeckPlay {
	if (play.revealed || isFinished(deck, play)) return play;
	const guesses = [...play.guesses];
	guesses[play.position] = guess;
	return { ...play, guesses, revealed: true };
}

/** Group play: the facilitator shows the answer without anyone's guess being recorded. */
export function reveal(deck: DeckPlay): DeckPlay {
	return { ...deck, revealed: true };
}

export function nextCard(deck: DeckDocument, play: DeckPlay): DeckPlay {
	if (!play.revealed || isFinished(deck, play)) return play;
	return { ...play, position: play.position + 1, revealed: false };
}

/** Whether the guess matched; a pass is neither right nor wrong. */
export function matched(card: Card, guess: Guess | undefined): boolean | null {
	return guess === undefined || guess === 'pass' ? null : guess === card.answer;
}

export type DeckSummary = {
	/** Every card seen, with what it teaches: this is what the summary shows. */
	cards: Card[];
	seen: number;
	passed: number;
};

export function summarise(deck: DeckDocument, play: DeckPlay): DeckSummary {
	const seen = Math.min(play.position, deck.cards.length);
	return {
		cards: deck.cards.slice(0, seen),
		seen,
		passed: play.guesses.filter((guess) => guess === 'pass').length
	};
}

const GUESS_LETTERS: Record<Guess, string> = { myth: 'm', reality: 'r', pass: 'p' };
const LETTER_GUESSES: Record<string, Guess> = { m: 'myth', r: 'reality', p: 'pass' };

/**
 * Where a player is, as a short text for the page's address (so a pause, a reload or the browser's Back
 * return to the same card with her answers): "<position>.<revealed 0|1>.<one letter per card, - if none>".
 */
export function encodeDeckPlay(play: DeckPlay): string {
	const letters = Array.from({ length: play.guesses.length }, (_, index) => {
		const guess = play.guesses[index];
		return guess ? GUESS_LETTERS[guess] : '-';
	}).join('');
	return `${play.position}.${play.revealed ? 1 : 0}.${letters}`;
}

/** The play an address holds, checked against the deck; anything that does not fit starts over. */
export function decodeDeckPlay(deck: DeckDocument, text: string | null): DeckPlay {
	const match = /^(\d{1,4})\.([01])\.([mrp-]{0,1000})$/.exec(text ?? '');
	if (!match) return startDeck();
	const position = Number(match[1]);
	const revealed = match[2] === '1';
	const letters = match[3]!;
	if (position > deck.cards.length || letters.length > position + 1) return startDeck();
	const guesses: Guess[] = [];
	[...letters].forEach((letter, index) => {
		const guess = LETTER_GUESSES[letter];
		if (guess) guesses[index] = guess;
	});
	return { position, guesses, revealed };
}
