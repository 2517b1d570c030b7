// What the logbook pages receive from their loads, as the components read them.
import type { PassphraseWrapped, PublicSealed } from '#lib/domain/logbook/crypto.ts';

export type EscrowView = {
	holder: { userId: string; name: string; publicKey: JsonWebKey } | null;
	set: { holderName: string } | null;
	signInFromAdult: boolean;
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

export type ShareTargetView = { userId: string; name: string; publicKey: JsonWebKey };
export type MyShareView = { id: string; entryId: string; recipientName: string; sharedOn: string };
