// A deck in a live session: one card per step, voted Myth / Reality / I pass; once the facilitator reveals,
// the answer, its explanation and its source. No names, no scores, no speed.
import type { LiveBehaviour } from '../live/behaviour.ts';
import type { DeckDocument } from './deck.ts';

export const deckLive: LiveBehaviour<Record<string, string>, DeckDocument> = {
	steps: ({ tool }) => Math.max(1, tool?.cards.length ?? 0),
	question: ({ tool, at }) =>
		tool?.cards[at.step]
			? {
					options: [
						{ key: 'myth', label: { message: 'cards.myth' } },
						{ key: 'reality', label: { message: 'cards.reality' } }
					],
					minimumToShow: 1
				}
			: null,
	content: ({ activity, tool, at }) => {
		const card = tool?.cards[at.step];
		if (!card) return { lines: [activity.participantText] };
		return {
			lines: [card.statement],
			reveal: {
				answer: card.answer === 'myth' ? 'cards.it_is_myth' : 'cards.it_is_reality',
				explanation: card.explanation,
				source: card.source
			}
		};
	}
};
