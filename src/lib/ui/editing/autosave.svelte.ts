// A document being edited in the browser, saved on its own a moment after each change, with retries
// (nothing is lost when the network drops; the person is warned if it stays down) and a refusal to
// overwrite someone else's newer save. Programs, decks, scenarios and videos are all edited through it.
import type { Problem } from '#lib/domain/programs/validation.ts';

export type SaveStatus = 'saved' | 'saving' | 'unsaved' | 'offline' | 'conflict';

const DEBOUNCE_MS = 800;
const RETRIES_BEFORE_WARNING = 3;

export function move<T>(items: T[], from: number, to: number): void {
	if (to < 0 || to >= items.length || from === to) return;
	const [item] = items.splice(from, 1);
	items.splice(to, 0, item!);
}

export function deepCopy<T>(item: T): T {
	return JSON.parse(JSON.stringify(item)) as T;
}

export class AutosavedDocument<D> {
	document: D = $state() as D;
	status: SaveStatus = $state('saved');
	problems: Problem[] = $state([]);
	/** Where the draft is saved: `PUT { revision, document }` answers `{ revision, problems }`. */
	readonly draftUrl: string;
	#revision: number;
	#savedJson: string;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#failures = 0;
	#inFlight = false;
	/** Goes up at every change: a save knows whether the document changed while it was being sent. */
	#changes = 0;

	constructor(draftUrl: string, document: D, revision: number, problems: Problem[]) {
		this.draftUrl = draftUrl;
		this.document = document;
		this.#revision = revision;
		this.#savedJson = JSON.stringify(document);
		this.problems = problems;
	}

	/**
	 * Call after any change: saves a moment later, once typing pauses. Nothing is serialised here, so a
	 * keystroke costs nothing however large the document; the save compares once, when it runs.
	 */
	touch(): void {
		if (this.status === 'conflict') return;
		this.#changes++;
		if (this.status === 'saved') this.status = 'unsaved';
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.save(), DEBOUNCE_MS);
	}

	get dirty(): boolean {
		return this.status !== 'saved';
	}

	async save(): Promise<void> {
		if (this.#inFlight || this.status === 'conflict') return;
		// Serialised once per save, and sent as it is.
		const json = JSON.stringify(this.document);
		if (json === this.#savedJson) {
			this.status = 'saved';
			return;
		}
		const changesSent = this.#changes;
		this.#inFlight = true;
		if (this.status !== 'offline') this.status = 'saving';
		try {
			const response = await fetch(this.draftUrl, {
				method: 'PUT',
				headers: { 'content-type': 'application/json' },
				body: `{"revision":${this.#revision},"document":${json}}`
			});
			if (response.status === 409) {
				this.status = 'conflict';
				return;
			}
			if (!response.ok) throw new Error(`status ${response.status}`);
			const saved = (await response.json()) as { revision: number; problems: Problem[] };
			this.#revision = saved.revision;
			this.#savedJson = json;
			this.problems = saved.problems;
			this.#failures = 0;
			this.status = this.#changes === changesSent ? 'saved' : 'unsaved';
			if (this.status === 'unsaved') this.#timer = setTimeout(() => void this.save(), DEBOUNCE_MS);
		} catch {
			// The change stays here; try again, less and less often, and say so after a few failures.
			this.#failures++;
			this.status = this.#failures >= RETRIES_BEFORE_WARNING ? 'offline' : 'unsaved';
			const wait = Math.min(1000 * 2 ** this.#failures, 15_000);
			this.#timer = setTimeout(() => void this.save(), wait);
		} finally {
			this.#inFlight = false;
		}
	}
}
