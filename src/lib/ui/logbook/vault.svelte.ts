// Her logbook as her browser holds it while it is open: the data key and the decrypted pages live in this
// object's memory only — never in browser storage — and go when it locks (a reload, sign-out, quick exit, the
// idle lock). Every save is encrypted here first, then sent with retries; a page that could not be saved stays
// in memory with a clear warning (docs/logbook-security.md).
import {
	LogbookCryptoError,
	decryptEntry,
	encryptEntry,
	newDataKey,
	newRecoveryCode,
	unwrapWithCode,
	unwrapWithPassphrase,
	wrapWithCode,
	wrapWithPassphrase,
	type Sealed
} from '#lib/domain/logbook/crypto.ts';
import type { EntryContent } from '#lib/domain/logbook/entry.ts';
import { openEntry, sealEntry } from '#lib/domain/logbook/flows.ts';
import type { EntryCiphertext, LogbookCiphertext } from '#lib/domain/logbook/views.ts';

/** Her entries and keys as stored, as the server gives them. */
export type StoredEntry = EntryCiphertext;
export type Stored = LogbookCiphertext;

/** A page as she reads it. `unreadable` when its ciphertext did not open (changed, moved or replayed). */
export type Page = EntryContent & {
	id: string;
	version: number;
	writtenOn: string;
	promptRef: string | null;
	unreadable?: boolean;
};

/**
 * A page being written, kept in memory until it is saved: its id and the version it replaces (0 for a new page)
 * are fixed when it opens, so sending it again after a lost answer can never make a second page.
 */
export type Draft = {
	id: string;
	version: number;
	text: string;
	mood: number | null;
	feelings: string[];
	prompt: string | null;
	promptRef: string | null;
};

export type SendOutcome =
	| { ok: true }
	| {
			ok: false;
			error: string | null;
			status: number;
			values?: Record<string, string | number>;
			/** A try before this one may have reached the server (its answer was lost). */
			retried?: boolean;
	  };

/** Pauses between tries on a bad network: about ten seconds in all, then she is told. */
const RETRY_PAUSES_MS = [0, 700, 2000, 5000];

/**
 * Sends JSON, trying again while the network or the server fails (never on a refusal). Each try sends the same
 * body: a page's version makes a repeated save harmless (the second is refused as stale, and the first counted).
 */
export async function send(
	method: 'POST' | 'PUT' | 'DELETE',
	url: string,
	body?: unknown,
	pauses: readonly number[] = RETRY_PAUSES_MS
): Promise<SendOutcome> {
	let last: SendOutcome = { ok: false, error: null, status: 0 };
	let tries = 0;
	for (const pause of pauses) {
		if (pause > 0) await new Promise((resolve) => setTimeout(resolve, pause));
		tries++;
		try {
			const response = await fetch(url, {
				method,
				headers: body === undefined ? {} : { 'content-type': 'application/json' },
				body: body === undefined ? undefined : JSON.stringify(body),
				keepalive: method === 'DELETE'
			});
			if (response.ok) return { ok: true };
			const answer = (await response.json().catch(() => ({}))) as {
				error?: string;
				values?: Record<string, string | number>;
			};
			last = {
				ok: false,
				error: answer.error ?? null,
				status: response.status,
				values: answer.values,
				retried: tries > 1
			};
			if (response.status < 500) return last;
		} catch {
			last = { ok: false, error: null, status: 0, retried: tries > 1 };
		}
	}
	return last;
}

/** Her logbook as the server keeps it now (after a lost answer, to see whether a save arrived). */
async function storedNow(): Promise<Stored | null> {
	try {
		const response = await fetch('/logbook/keys');
		return response.ok ? ((await response.json()) as Stored) : null;
	} catch {
		return null;
	}
}

/** Today as the server keeps it: the day only. */
const today = () => new Date(Date.now()).toISOString().slice(0, 10);

export class Vault {
	readonly owner: string;
	/** The data key: in memory only, while it is open. */
	#key: CryptoKey | null = null;
	/** What this page saved or deleted since its data loaded: unlocking again starts from the newest. */
	// Plain records: kept in memory, not shown (nothing reactive about them).
	#saved: Record<string, StoredEntry> = {};
	#deleted: Record<string, true> = {};
	/** A page being written when it locked, sealed under the data key until it opens again. */
	#sealedDraft: Sealed | null = null;
	open = $state(false);
	pages = $state<Page[]>([]);

	constructor(owner: string) {
		this.owner = owner;
	}

	get key(): CryptoKey | null {
		return this.#key;
	}

	/** Makes her logbook: a new data key under her pass-phrase, and a recovery code if she wants one. */
	async setUp(
		passphrase: string,
		withCode: boolean
	): Promise<{ code: string | null } | Extract<SendOutcome, { ok: false }>> {
		const key = await newDataKey();
		const code = withCode ? newRecoveryCode() : null;
		const wrappedKey = await wrapWithPassphrase(key, passphrase, this.owner);
		const answer = await send('POST', '/logbook/keys', {
			wrappedKey,
			recovery: code ? await wrapWithCode(key, code, this.owner) : null
		});
		// Sent twice (the first answer lost): it is hers if the server kept this very wrap.
		const arrived =
			!answer.ok &&
			answer.retried &&
			answer.error === 'logbook.already_set_up' &&
			(await storedNow())?.wrappedKey?.iv === wrappedKey.iv;
		if (!answer.ok && !arrived) return answer;
		this.#key = key;
		this.open = true;
		this.pages = [];
		return { code };
	}

	/** Opens it with her pass-phrase; false for a wrong one. */
	async unlock(stored: Stored, passphrase: string): Promise<boolean> {
		if (!stored.wrappedKey) return false;
		return this.#opened(stored, () =>
			unwrapWithPassphrase(stored.wrappedKey!, passphrase, this.owner)
		);
	}

	/** Opens it with her recovery code; false for a wrong one. */
	async unlockWithCode(stored: Stored, code: string): Promise<boolean> {
		if (!stored.recovery) return false;
		return this.#opened(stored, () => unwrapWithCode(stored.recovery!, code, this.owner));
	}

	/** Opens it with a key joined elsewhere (the escrow), checked against her pages. */
	async unlockWithKey(stored: Stored, key: CryptoKey): Promise<boolean> {
		return this.#opened(stored, async () => key, true);
	}

	async #opened(
		stored: Stored,
		keyOf: () => Promise<CryptoKey>,
		checkPages = false
	): Promise<boolean> {
		let key: CryptoKey;
		try {
			key = await keyOf();
		} catch (failure) {
			if (failure instanceof LogbookCryptoError) return false;
			throw failure;
		}
		const pages = await Promise.all(this.#newest(stored).map((entry) => this.#read(key, entry)));
		// A joined key that opens none of her pages is not hers.
		if (checkPages && pages.length > 0 && pages.every((page) => page.unreadable)) return false;
		this.#key = key;
		this.pages = pages;
		this.open = true;
		return true;
	}

	/** Her entries as loaded, with what this page saved or deleted since. */
	#newest(stored: Stored): StoredEntry[] {
		const entries: Record<string, StoredEntry> = {};
		for (const entry of stored.entries) entries[entry.id] = entry;
		for (const entry of Object.values(this.#saved))
			if ((entries[entry.id]?.version ?? 0) < entry.version) entries[entry.id] = entry;
		for (const id of Object.keys(this.#deleted)) delete entries[id];
		return Object.values(entries);
	}

	async #read(key: CryptoKey, entry: StoredEntry): Promise<Page> {
		const place = { writtenOn: entry.writtenOn, promptRef: entry.promptRef };
		try {
			const content = await openEntry(key, entry, {
				id: entry.id,
				owner: this.owner,
				version: entry.version
			});
			return { ...content, ...place, id: entry.id, version: entry.version };
		} catch {
			return {
				text: '',
				mood: null,
				feelings: [],
				prompt: null,
				...place,
				id: entry.id,
				version: entry.version,
				unreadable: true
			};
		}
	}

	/** Her pass-phrase changed: the same data key wrapped again. */
	async rewrap(passphrase: string): Promise<SendOutcome> {
		if (!this.#key) return { ok: false, error: null, status: 0 };
		return send('PUT', '/logbook/keys', {
			wrappedKey: await wrapWithPassphrase(this.#key, passphrase, this.owner)
		});
	}

	/**
	 * Saves a page: encrypted here for the version after the one the draft replaces, then sent with retries.
	 * The page list changes only once the server kept it.
	 */
	async save(draft: Draft, content: EntryContent): Promise<SendOutcome> {
		if (!this.#key) return { ok: false, error: null, status: 0 };
		const existing = this.pages.find((page) => page.id === draft.id);
		const place = { id: draft.id, owner: this.owner, version: draft.version + 1 };
		const sealed = await sealEntry(this.#key, content, place);
		const promptRef = existing ? existing.promptRef : draft.promptRef;
		const answer = await send('PUT', `/logbook/entries/${place.id}`, {
			version: place.version,
			...sealed,
			promptRef
		});
		// Refused as stale after a lost answer: kept if the server holds this very ciphertext.
		const arrived =
			!answer.ok &&
			answer.retried &&
			answer.error === 'logbook.stale' &&
			(await storedNow())?.entries.some(
				(entry) =>
					entry.id === place.id && entry.version === place.version && entry.iv === sealed.iv
			);
		if (!answer.ok && !arrived) return answer;
		const writtenOn = existing?.writtenOn ?? today();
		this.#saved[place.id] = {
			id: place.id,
			version: place.version,
			...sealed,
			writtenOn,
			updatedOn: today(),
			promptRef
		};
		delete this.#deleted[place.id];
		const page: Page = { ...content, id: place.id, version: place.version, writtenOn, promptRef };
		this.pages = existing
			? this.pages.map((other) => (other.id === page.id ? page : other))
			: [...this.pages, page];
		return { ok: true };
	}

	/** A page deleted on the server: gone from this page's memory too. */
	forget(id: string): void {
		this.#deleted[id] = true;
		delete this.#saved[id];
		this.pages = this.pages.filter((page) => page.id !== id);
	}

	/** A new recovery code, wrapping the same key (the old code stops working). */
	async newCode(stored: Stored): Promise<string | null> {
		if (!this.#key || !stored.wrappedKey) return null;
		const code = newRecoveryCode();
		const answer = await send('PUT', '/logbook/keys', {
			wrappedKey: stored.wrappedKey,
			recovery: await wrapWithCode(this.#key, code, this.owner)
		});
		return answer.ok ? code : null;
	}

	/**
	 * Forgets the key and every decrypted page. A page being written is first sealed under the key, in memory: it
	 * comes back when she opens her logbook again (`takeDraft`), and nothing she wrote is lost to the lock.
	 */
	async lock(draft: Draft | null = null): Promise<void> {
		const key = this.#key;
		this.#key = null;
		this.pages = [];
		this.open = false;
		this.#sealedDraft =
			draft && key
				? await encryptEntry(key, draft, { id: 'draft', owner: this.owner, version: 0 })
				: null;
	}

	/** The page she was writing when it locked, once it is open again (then forgotten). */
	async takeDraft(): Promise<Draft | null> {
		const sealed = this.#sealedDraft;
		if (!sealed || !this.#key) return null;
		this.#sealedDraft = null;
		try {
			return (await decryptEntry(this.#key, sealed, {
				id: 'draft',
				owner: this.owner,
				version: 0
			})) as Draft;
		} catch {
			return null;
		}
	}
}
