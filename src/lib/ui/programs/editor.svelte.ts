// The program editor's state: the draft being edited and its structure operations (autosave: AutosavedDocument).
import { activityKind } from '#lib/domain/programs/activity-kinds.ts';
import {
	emptyText,
	newId,
	type Activity,
	type ProgramDocument,
	type Workshop
} from '#lib/domain/programs/document.ts';
import type { Problem } from '#lib/domain/programs/validation.ts';
import { AutosavedDocument, deepCopy, move } from '../editing/autosave.svelte.ts';

type Removed =
	| { type: 'workshop'; index: number; item: Workshop }
	| { type: 'activity'; workshop: number; index: number; item: Activity };

export function newActivity(kind: string): Activity {
	const entry = activityKind(kind);
	return {
		id: newId(),
		kind,
		title: emptyText(),
		participantText: emptyText(),
		facilitatorNotes: {
			goals: emptyText(),
			howTo: emptyText(),
			watchFor: emptyText(),
			disclosure: emptyText()
		},
		durationMinutes: 10,
		adaptations: { rehabilitation: emptyText(), community: emptyText() },
		settings: (entry?.defaults() ?? {}) as Record<string, unknown>
	};
}

export function newWorkshop(): Workshop {
	return {
		id: newId(),
		title: emptyText(),
		objectives: emptyText(),
		durationMinutes: 75,
		materials: emptyText(),
		contentWarning: emptyText(),
		activities: []
	};
}

export class ProgramEditorState extends AutosavedDocument<ProgramDocument> {
	removed: Removed | null = $state(null);
	readonly programId: string;

	constructor(programId: string, document: ProgramDocument, revision: number, problems: Problem[]) {
		super(`/programs/${programId}/draft`, document, revision, problems);
		this.programId = programId;
	}

	addWorkshop(): void {
		this.document.workshops.push(newWorkshop());
	}

	moveWorkshop(index: number, to: number): void {
		move(this.document.workshops, index, to);
	}

	duplicateWorkshop(index: number): void {
		const copy = deepCopy(this.document.workshops[index]!);
		copy.id = newId();
		for (const activity of copy.activities) activity.id = newId();
		this.document.workshops.splice(index + 1, 0, copy);
	}

	removeWorkshop(index: number): void {
		const [item] = this.document.workshops.splice(index, 1);
		this.removed = { type: 'workshop', index, item: item! };
	}

	addActivity(workshop: number, kind: string): void {
		this.document.workshops[workshop]!.activities.push(newActivity(kind));
	}

	moveActivity(workshop: number, index: number, to: number): void {
		move(this.document.workshops[workshop]!.activities, index, to);
	}

	duplicateActivity(workshop: number, index: number): void {
		const activities = this.document.workshops[workshop]!.activities;
		const copy = deepCopy(activities[index]!);
		copy.id = newId();
		activities.splice(index + 1, 0, copy);
	}

	removeActivity(workshop: number, index: number): void {
		const [item] = this.document.workshops[workshop]!.activities.splice(index, 1);
		this.removed = { type: 'activity', workshop, index, item: item! };
	}

	/** Puts back what was just deleted, where it was. */
	undoRemove(): void {
		const removed = this.removed;
		if (!removed) return;
		if (removed.type === 'workshop') this.document.workshops.splice(removed.index, 0, removed.item);
		else
			this.document.workshops[removed.workshop]?.activities.splice(removed.index, 0, removed.item);
		this.removed = null;
	}
}
