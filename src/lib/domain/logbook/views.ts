// What the logbook's server gives her browser (and an adult's), as both sides read it: ciphertext, keys and
// names, never a word she wrote.
import type { PassphraseWrapped, PublicSealed, Sealed } from './crypto.ts';

/** One entry as stored: its ciphertext, the day only, and which reflection prompt it answers (if one). */
export type EntryCiphertext = {
	id: string;
	version: number;
	iv: string;
	data: string;
	writtenOn: string;
	updatedOn: string;
	promptRef: string | null;
};

export type LogbookCiphertext = {
	/** Her participant id: what her browser binds each wrap and entry to. */
	owner: string;
	/** Null until she sets it up. */
	wrappedKey: PassphraseWrapped | null;
	/** The data key under her recovery code, if she chose one. */
	recovery: (Sealed & { salt: string }) | null;
	entries: EntryCiphertext[];
};

/** A facilitator of her groups she can share with: their public key seals the copy. */
export type ShareTarget = { userId: string; name: string; publicKey: JsonWebKey };

/** A page she shares, and with whom. */
export type MyShare = { id: string; entryId: string; recipientName: string; sharedOn: string };

export type EscrowState = {
	/** Her usual group's designated facilitator, with their public key, or null when none can hold a half. */
	holder: ShareTarget | null;
	/** Whether her escrow is set, and with whom. */
	set: { holderName: string } | null;
	/** An adult has seen her sign-in pass-phrase (a card, a reset): it cannot protect half A until she changes it. */
	signInFromAdult: boolean;
	/**
	 * Her request to recover, once asked (for three days): waiting (with its key, whose fingerprint she shows her
	 * facilitator), or approved with what she needs to join the halves.
	 */
	request:
		| { status: 'waiting'; holderName: string; requestKey: JsonWebKey }
		| {
				status: 'approved';
				holderName: string;
				mine: PassphraseWrapped;
				released: PublicSealed;
				requestPrivate: PassphraseWrapped;
		  }
		| null;
};
