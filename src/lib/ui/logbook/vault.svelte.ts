// Her logbook as her browser holds it while it is open: the data key and the decrypted pages live in this
// object's memory only — never in browser storage — and go when it locks (a reload, sign-out, quick exit, the
// idle lock). Every save is encrypted here first, then sent with retries; a page that could not be saved stays
// in memory with a clear warning (docs/logbook-security.md).
import {
	LogbookCryptoError,
	newDataKey,
	newRecoveryCode,
	unwrapWithCode,
	unwrapWithPassphrase,
	wrapWithCode,
	wrapWithPassphrase,
	type PassphraseWrapped,
	type Sealed
} from '#lib/domain/logbook/crypto.ts';
import type { EntryContent } from '#lib/domain/logbook/entry.ts';
import { openEntry, sealEntry } from '#lib/domain/logbook/flows.ts';

export type StoredEntry = {
	id: string;
	version: number;
	iv: string;
	data: string;
	writtenOn: string;
	updatedOn: string;
	promptRef: string | null;
};

export type Stored = {
	owner: string;
	wrappedKey: PassphraseWrapped | null;
	recovery: (Sealed & { salt: string }) | null;
	entries: StoredEntry[];
};

/** A page as she reads it. `unreadable` when its ciphertext did not open (changed, moved or replayed). */
export type Page = EntryContent & {
	id: string;
	version: number;
	writtenOn: string;
	promptRef: string | null;
	unreadable?: boolean;
};

/** A page being written (a new one when `id` is null), kept in memory until it is saved. */
export type Draft = {
	id: string | null;
	text: string;
	mood: number | null;
	feelings: string[];
	prompt: string | null;
	promptRef: string | null;
};

export type SendOutcome = { ok: true } | { ok: false; error: string | null; status: number };

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
	for (const pause of pauses) {
		if (pause > 0) await new Promise((resolve) => setTimeout(resolve, pause));
		try {
			const response = await fetch(url, {
				method,
				headers: body === undefined ? {} : { 'content-type': 'application/json' },
				body: body === undefined ? undefined : JSON.stringify(body),
				keepalive: method === 'DELETE'
			});
			if (response.ok) return { ok: true };
			const answer = (await response.json().catch(() => ({}))) as { error?: string };
			last = { ok: false, error: answer.error ?? null, status: response.status };
			if (response.status < 500) return last;
		} catch {
			last = { ok: false, error: null, status: 0 };
		}
	}
	return last;
}

/** Today as the server keeps it: the day only. */
const today = () => new Date(Date.now()).toISOString().slice(0, 10);

export class Vault {
	readonly owner: string;
	/** The data key: in memory only, while it is open. */
	#key: CryptoKey | null = null;
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
		const answer = await send('POST', '/logbook/keys', {
			wrappedKey: await wrapWithPassphrase(key, passphrase, this.owner),
			recovery: code ? await wrapWithCode(key, code, this.owner) : null
		});
		if (!answer.ok) return answer;
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
		const pages = await Promise.all(stored.entries.map((entry) => this.#read(key, entry)));
		// A joined key that opens none of her pages is not hers.
		if (checkPages && pages.length > 0 && pages.every((page) => page.unreadable)) return false;
		this.#key = key;
		this.pages = pages;
		this.open = true;
		return true;
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
	 * Saves a page (a new one when `id` is null): encrypted here for its next version, then sent with retries.
	 * The page list changes only once the server kept it.
	 */
	async save(
		id: string | null,
		content: EntryContent,
		promptRef: string | null
	): Promise<SendOutcome> {
		if (!this.#key) return { ok: false, error: null, status: 0 };
		const existing = id ? this.pages.find((page) => page.id === id) : undefined;
		const place = {
			id: existing?.id ?? crypto.randomUUID(),
			owner: this.owner,
			version: (existing?.version ?? 0) + 1
		};
		const sealed = await sealEntry(this.#key, content, place);
		const answer = await send('PUT', `/logbook/entries/${place.id}`, {
			version: place.version,
			...sealed,
			promptRef: existing ? existing.promptRef : promptRef
		});
		if (!answer.ok) return answer;
		const page: Page = {
			...content,
			id: place.id,
			version: place.version,
			writtenOn: existing?.writtenOn ?? today(),
			promptRef: existing ? existing.promptRef : promptRef
		};
		this.pages = existing
			? this.pages.map((other) => (other.id === page.id ? page : other))
			: [...this.pages, page];
		return answer;
	}

	/** A new recovery code, wrapping the same key (the old code stops working). */
	async newCode(stored: Stored): Promise<string | null> {
		if (!this.#key || !stored.wrappedKey) return null;
		// The server keeps one recovery wrap: setting up again is refused, so the code goes with a rewrap.
		const code = newRecoveryCode();
		const answer = await send('PUT', '/logbook/keys', {
			wrappedKey: stored.wrappedKey,
			recovery: await wrapWithCode(this.#key, code, this.owner)
		});
		return answer.ok ? code : null;
	}

	/** Forgets the key and every decrypted page. */
	lock(): void {
		this.#key = null;
		this.pages = [];
		this.open = false;
	}
}
