// The scenario editor's state: the draft story and its passage and choice operations (autosave:
// AutosavedDocument). Removing a passage keeps the choices that led to it, so the graph view and the
// problem list show what now points nowhere, and undo puts everything back.
import type { Problem } from '#lib/domain/programs/validation.ts';
import { newPassage, type Passage, type ScenarioDocument } from '#lib/domain/scenarios/scenario.ts';
import { AutosavedDocument, move } from '#lib/ui/editing/autosave.svelte.ts';

const shortId = (prefix: string) => `${prefix}-${crypto.randomUUID().slice(0, 8)}`;

export class ScenarioEditorState extends AutosavedDocument<ScenarioDocument> {
	removed: { index: number; item: Passage; wasStart: boolean } | null = $state(null);

	constructor(
		scenarioId: string,
		document: ScenarioDocument,
		revision: number,
		problems: Problem[]
	) {
		super(`/tools/scenarios/${scenarioId}/draft`, document, revision, problems);
	}

	/** Adds a passage at the end and returns its id (a choice can then lead to it). */
	addPassage(ending = false): string {
		const passage = newPassage(shortId('p'), ending);
		this.document.passages.push(passage);
		return passage.id;
	}

	movePassage(index: number, to: number): void {
		move(this.document.passages, index, to);
	}

	removePassage(index: number): void {
		const [item] = this.document.passages.splice(index, 1);
		const wasStart = item!.id === this.document.start;
		if (wasStart && this.document.passages[0]) this.document.start = this.document.passages[0].id;
		this.removed = { index, item: item!, wasStart };
	}

	undoRemove(): void {
		const removed = this.removed;
		if (!removed) return;
		this.document.passages.splice(removed.index, 0, removed.item);
		if (removed.wasStart) this.document.start = removed.item.id;
		this.removed = null;
	}

	/** Adds a choice to a passage, leading to `to` (or to a new passage written next). */
	addChoice(index: number, to?: string): void {
		const target = to ?? this.addPassage();
		this.document.passages[index]!.choices.push({
			id: shortId('c'),
			label: { fr: '', en: '' },
			to: target
		});
	}

	removeChoice(index: number, choice: number): void {
		this.document.passages[index]!.choices.splice(choice, 1);
	}

	moveChoice(index: number, choice: number, to: number): void {
		move(this.document.passages[index]!.choices, choice, to);
	}
}
