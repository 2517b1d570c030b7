// Checks playing a deck alone: answer or pass, see the explanation, move on, and end with a summary of
// what one now knows, never a score.
import { describe, expect, it } from 'vitest';
import { emptyDeck, type Card, type DeckDocument } from './deck.ts';
import fc from 'fast-check';
import {
	answer,
	currentCard,
	decodeDeckPlay,
	encodeDeckPlay,
	isFinished,
	matched,
	nextCard,
	reveal,
	startDeck,
	summarise,
	type DeckPlay,
	type Guess
} from './solo-play.ts';

const both = (text: string) => ({ fr: `${text} (fr)`, en: `${text} (en)` });
const none = () => ({ fr: '', en: '' });

function card(id: string, answer: Card['answer']): Card {
	return {
		id,
		statement: both(`Affirmation ${id}`),
		answer,
		explanation: both(`Explication ${id}`),
		source: none(),
		category: 'recruitment'
	};
}

/** Three cards: a myth, a reality, a myth. */
function deckOfThree(): DeckDocument {
	return {
		...emptyDeck(both('Mythes et réalités')),
		cards: [
			card('card-myth-1', 'myth'),
			card('card-real-2', 'reality'),
			card('card-myth-3', 'myth')
		]
	};
}

/** Answers the current card and moves on, as a player pressing "next" does. */
const answerAndGoOn = (deck: DeckDocument, play: DeckPlay, guess: Guess) =>
	nextCard(deck, answer(deck, play, guess));

describe('playing a deck alone', () => {
	it('start at the first card, with nothing answered and the answer hidden', () => {
		const deck = deckOfThree();
		const play = startDeck();
		expect(play).toEqual({ position: 0, guesses: [], revealed: false });
		expect(currentCard(deck, play)).toBe(deck.cards[0]);
		expect(isFinished(deck, play)).toBe(false);
	});

	it('show the answer and record the guess once the card is answered, without changing the play before', () => {
		const deck = deckOfThree();
		const before = startDeck();
		const after = answer(deck, before, 'reality');
		expect(after).toEqual({ position: 0, guesses: ['reality'], revealed: true });
		expect(currentCard(deck, after)).toBe(deck.cards[0]);
		expect(before).toEqual({ position: 0, guesses: [], revealed: false });
	});

	it('change nothing on a second answer to the same card', () => {
		const deck = deckOfThree();
		const answered = answer(deck, startDeck(), 'myth');
		const again = answer(deck, answered, 'reality');
		expect(again).toBe(answered);
		expect(again.guesses).toEqual(['myth']);
	});

	it('say whether a guess matched, and treat a pass as neither right nor wrong', () => {
		const myth = card('card-myth-1', 'myth');
		expect(matched(myth, 'myth')).toBe(true);
		expect(matched(myth, 'reality')).toBe(false);
		expect(matched(myth, 'pass')).toBeNull();
		expect(matched(myth, undefined)).toBeNull();
	});

	it('show the answer of a passed card and record the pass', () => {
		const deck = deckOfThree();
		const passed = answer(deck, startDeck(), 'pass');
		expect(passed).toEqual({ position: 0, guesses: ['pass'], revealed: true });
		expect(matched(deck.cards[0]!, passed.guesses[0])).toBeNull();
	});

	it('stay on the card when asked for the next one before the answer is shown', () => {
		const deck = deckOfThree();
		const play = startDeck();
		expect(nextCard(deck, play)).toBe(play);
		const second = answerAndGoOn(deck, play, 'myth');
		expect(second).toEqual({ position: 1, guesses: ['myth'], revealed: false });
		expect(nextCard(deck, second)).toBe(second);
	});

	it('move to the next card with its answer hidden once the answer is shown', () => {
		const deck = deckOfThree();
		const second = answerAndGoOn(deck, startDeck(), 'reality');
		expect(currentCard(deck, second)).toBe(deck.cards[1]);
		expect(second.revealed).toBe(false);
		expect(matched(deck.cards[0]!, second.guesses[0])).toBe(false);
	});

	it('let a facilitator show the answer without recording anyone’s guess', () => {
		const deck = deckOfThree();
		const shown = reveal(startDeck());
		expect(shown).toEqual({ position: 0, guesses: [], revealed: true });
		expect(answer(deck, shown, 'myth')).toBe(shown);
		const second = nextCard(deck, shown);
		expect(second).toEqual({ position: 1, guesses: [], revealed: false });
		expect(matched(deck.cards[0]!, second.guesses[0])).toBeNull();
	});

	it('finish after the last card, after which answering and moving on change nothing', () => {
		const deck = deckOfThree();
		let play = startDeck();
		for (const guess of ['myth', 'pass', 'reality'] as const) {
			expect(isFinished(deck, play)).toBe(false);
			play = answerAndGoOn(deck, play, guess);
		}
		expect(play).toEqual({ position: 3, guesses: ['myth', 'pass', 'reality'], revealed: false });
		expect(isFinished(deck, play)).toBe(true);
		expect(currentCard(deck, play)).toBeNull();
		expect(answer(deck, play, 'myth')).toBe(play);
		const shown = reveal(play);
		expect(nextCard(deck, shown)).toBe(shown);
		expect(shown.position).toBe(3);
	});

	it('sum up every card seen, with its explanation, and how many were passed', () => {
		const deck = deckOfThree();
		let play = startDeck();
		for (const guess of ['myth', 'pass', 'reality'] as const)
			play = answerAndGoOn(deck, play, guess);
		const summary = summarise(deck, play);
		expect(summary).toEqual({ cards: deck.cards, seen: 3, passed: 1 });
		expect(summary.cards.map((item) => item.explanation.fr)).toEqual([
			'Explication card-myth-1 (fr)',
			'Explication card-real-2 (fr)',
			'Explication card-myth-3 (fr)'
		]);
	});

	it('keep score, points and ranking out of the summary, even when every guess was right', () => {
		const deck = deckOfThree();
		let play = startDeck();
		for (const item of deck.cards) play = answerAndGoOn(deck, play, item.answer);
		const summary = summarise(deck, play);
		expect(Object.keys(summary).sort()).toEqual(['cards', 'passed', 'seen']);
		expect(JSON.stringify(summary)).not.toMatch(/score|point|rank|right|wrong|correct|percent/i);
		expect(summary).toEqual({ cards: deck.cards, seen: 3, passed: 0 });
	});

	it('sum up only the cards moved past when stopped half-way', () => {
		const deck = deckOfThree();
		const second = answerAndGoOn(deck, startDeck(), 'pass');
		expect(summarise(deck, second)).toEqual({ cards: [deck.cards[0]], seen: 1, passed: 1 });
		expect(summarise(deck, answer(deck, second, 'myth'))).toEqual({
			cards: [deck.cards[0]],
			seen: 1,
			passed: 1
		});
	});

	it('start again from the first card with nothing answered, leaving the finished play as it was', () => {
		const deck = deckOfThree();
		let finished = startDeck();
		for (const guess of ['reality', 'reality', 'pass'] as const)
			finished = answerAndGoOn(deck, finished, guess);
		const again = startDeck();
		expect(again).toEqual({ position: 0, guesses: [], revealed: false });
		expect(currentCard(deck, again)).toBe(deck.cards[0]);
		expect(summarise(deck, again)).toEqual({ cards: [], seen: 0, passed: 0 });
		expect(finished).toEqual({
			position: 3,
			guesses: ['reality', 'reality', 'pass'],
			revealed: false
		});
	});

	it('finish a deck without cards at once, with an empty summary', () => {
		const deck = emptyDeck(both('Vide'));
		const play = startDeck();
		expect(isFinished(deck, play)).toBe(true);
		expect(currentCard(deck, play)).toBeNull();
		expect(answer(deck, play, 'myth')).toBe(play);
		expect(summarise(deck, play)).toEqual({ cards: [], seen: 0, passed: 0 });
	});
});

describe('keeping her place in the page address', () => {
	it('comes back to the same card, with the same answers, whatever she did before pausing', () => {
		const deck = deckOfThree();
		const step = fc.oneof(
			fc.constant('next' as const),
			fc.constant('reveal' as const),
			fc.constantFrom<Guess>('myth', 'reality', 'pass')
		);
		fc.assert(
			fc.property(fc.array(step, { maxLength: 12 }), (steps) => {
				const play = steps.reduce<DeckPlay>(
					(current, move) =>
						move === 'next'
							? nextCard(deck, current)
							: move === 'reveal'
								? reveal(current)
								: answer(deck, current, move),
					startDeck()
				);
				const back = decodeDeckPlay(deck, encodeDeckPlay(play));
				expect(back.position).toBe(play.position);
				expect(back.revealed).toBe(play.revealed);
				expect(summarise(deck, back)).toEqual(summarise(deck, play));
				expect([...back.guesses]).toEqual([...play.guesses]);
			})
		);
	});

	it('starts over on an address that does not fit the deck', () => {
		const deck = deckOfThree();
		for (const text of [null, '', 'x', '9.0.mrm', '1.0.mrmr', '4.1.mrm', '1.2.m', '1.0.z'])
			expect(decodeDeckPlay(deck, text), String(text)).toEqual(startDeck());
		expect(decodeDeckPlay(deck, '1.1.mr')).toEqual({
			position: 1,
			guesses: ['myth', 'reality'],
			revealed: true
		});
	});
});
