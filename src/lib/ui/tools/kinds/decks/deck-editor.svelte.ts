// The deck editor's state: the draft deck and its card operations (autosave: AutosavedDocument).
import { newCard, type Card, type DeckDocument } from '#lib/domain/cards/deck.ts';
import type { Problem } from '#lib/domain/programs/validation.ts';
import { AutosavedDocument, deepCopy, move } from '#lib/ui/editing/autosave.svelte.ts';

const cardId = () => `card-${crypto.randomUUID().slice(0, 8)}`;

export class DeckEditorState extends AutosavedDocument<DeckDocument> {
	removed: { index: number; item: Card } | null = $state(null);

	constructor(deckId: string, document: DeckDocument, revision: number, problems: Problem[]) {
		super(`/tools/decks/${deckId}/draft`, document, revision, problems);
	}

	addCard(): void {
		this.document.cards.push(newCard(cardId()));
	}

	moveCard(index: number, to: number): void {
		move(this.document.cards, index, to);
	}

	duplicateCard(index: number): void {
		const copy = deepCopy(this.document.cards[index]!);
		copy.id = cardId();
		this.document.cards.splice(index + 1, 0, copy);
	}

	removeCard(index: number): void {
		const [item] = this.document.cards.splice(index, 1);
		this.removed = { index, item: item! };
	}

	undoRemove(): void {
		if (!this.removed) return;
		this.document.cards.splice(this.removed.index, 0, this.removed.item);
		this.removed = null;
	}
}
