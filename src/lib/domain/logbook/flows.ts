// The logbook's steps as her browser (and an adult's) runs them, on top of crypto.ts: each names what it binds
// (whose, for whom), so that nothing sealed for one place opens in another. Tests run the very same steps.
import {
	type Bytes,
	type PassphraseWrapped,
	type PublicSealed,
	decryptEntry,
	encryptEntry,
	joinDataKey,
	newKeyPair,
	openSealed,
	pad,
	sealTo,
	splitDataKey,
	unpad,
	unwrapBytesWithPassphrase,
	wrapBytesWithPassphrase
} from './crypto.ts';
import { passphraseSecret } from '#lib/domain/words/passphrase-form.ts';
import { entryContent, type EntryContent } from './entry.ts';

const escrowMineContext = (owner: string) => `logbook-escrow-a:v1:${owner}`;
const escrowTheirsContext = (owner: string) => `logbook-escrow-b:v1:${owner}`;
const requestContext = (owner: string) => `logbook-request:v1:${owner}`;
const releaseContext = (owner: string) => `logbook-release:v1:${owner}`;
const shareContext = (shareId: string, owner: string, recipientId: string) =>
	`logbook-share:v1:${shareId}:${owner}:${recipientId}`;
const adultKeyContext = (userId: string) => `logbook-adult-key:v1:${userId}`;

// ---------------------------------------------------------------------------------------------------------
// Entries

/** An entry's content, encrypted at its place. */
export function sealEntry(
	dataKey: CryptoKey,
	content: EntryContent,
	place: { id: string; owner: string; version: number }
) {
	return encryptEntry(dataKey, content, place);
}

/** An entry read at its place, checked to be an entry (LogbookCryptoError if moved, changed or replayed). */
export async function openEntry(
	dataKey: CryptoKey,
	sealed: { iv: string; data: string },
	place: { id: string; owner: string; version: number }
): Promise<EntryContent> {
	return entryContent.parse(await decryptEntry(dataKey, sealed, place));
}

// ---------------------------------------------------------------------------------------------------------
// An adult's key pair

/** A new key pair for an adult, its private key wrapped under their password. */
export async function newAdultKey(userId: string, password: string) {
	const pair = await newKeyPair();
	const wrappedPrivate = await wrapBytesWithPassphrase(
		pair.privateKey,
		password,
		adultKeyContext(userId)
	);
	pair.privateKey.fill(0);
	return { publicKey: pair.publicKey, wrappedPrivate };
}

/** The adult's private key, opened with their password (LogbookCryptoError "wrong_key" otherwise). */
export function openAdultKey(
	userId: string,
	wrapped: PassphraseWrapped,
	password: string
): Promise<Bytes> {
	return unwrapBytesWithPassphrase(wrapped, password, adultKeyContext(userId));
}

/** The same private key, wrapped under their new password. */
export function rewrapAdultKey(userId: string, privateKey: Bytes, password: string) {
	return wrapBytesWithPassphrase(privateKey, password, adultKeyContext(userId));
}

// ---------------------------------------------------------------------------------------------------------
// Sharing one entry

/** A copy of an entry sealed to one adult: bound to the share, her and them. */
export function sealShare(
	content: EntryContent & { writtenOn: string },
	share: { id: string; owner: string; recipientId: string },
	recipientKey: JsonWebKey
): Promise<PublicSealed> {
	return sealTo(
		recipientKey,
		pad(JSON.stringify(content)),
		shareContext(share.id, share.owner, share.recipientId)
	);
}

/** A shared copy, opened by its adult. */
export async function openShare(
	privateKey: Bytes,
	share: { id: string; owner: string; recipientId: string; sealed: PublicSealed }
): Promise<EntryContent & { writtenOn: string }> {
	const bytes = await openSealed(
		privateKey,
		share.sealed,
		shareContext(share.id, share.owner, share.recipientId)
	);
	const { writtenOn, ...content } = JSON.parse(unpad(bytes)) as Record<string, unknown>;
	return {
		...entryContent.parse(content),
		writtenOn: typeof writtenOn === 'string' ? writtenOn : ''
	};
}

// ---------------------------------------------------------------------------------------------------------
// The escrow

/** Her data key split in two: half A under her sign-in pass-phrase, half B sealed to her facilitator. */
export async function makeEscrow(
	dataKey: CryptoKey,
	signInPassphrase: string,
	holderKey: JsonWebKey,
	owner: string
): Promise<{ mine: PassphraseWrapped; theirs: PublicSealed }> {
	const [first, second] = await splitDataKey(dataKey);
	const mine = await wrapBytesWithPassphrase(
		first,
		passphraseSecret(signInPassphrase),
		escrowMineContext(owner)
	);
	const theirs = await sealTo(holderKey, second, escrowTheirsContext(owner));
	first.fill(0);
	second.fill(0);
	return { mine, theirs };
}

/** Her request to recover: a key pair whose private key is wrapped under her sign-in pass-phrase. */
export async function newRecoveryRequest(signInPassphrase: string, owner: string) {
	const pair = await newKeyPair();
	const wrappedPrivate = await wrapBytesWithPassphrase(
		pair.privateKey,
		passphraseSecret(signInPassphrase),
		requestContext(owner)
	);
	pair.privateKey.fill(0);
	return { publicKey: pair.publicKey, wrappedPrivate };
}

/** Her facilitator's approval, in their browser: half B opened, and sealed again to her request's key. */
export async function releaseHalf(
	adultPrivate: Bytes,
	theirs: PublicSealed,
	requestKey: JsonWebKey,
	owner: string
): Promise<PublicSealed> {
	const half = await openSealed(adultPrivate, theirs, escrowTheirsContext(owner));
	const released = await sealTo(requestKey, half, releaseContext(owner));
	half.fill(0);
	return released;
}

/**
 * Her data key, joined in her browser from half A (her sign-in pass-phrase) and half B (released to her
 * request). A wrong pass-phrase, or one reset since, opens neither: LogbookCryptoError "wrong_key".
 */
export async function recoverWithEscrow(
	signInPassphrase: string,
	approved: { mine: PassphraseWrapped; released: PublicSealed; requestPrivate: PassphraseWrapped },
	owner: string
): Promise<CryptoKey> {
	const secret = passphraseSecret(signInPassphrase);
	const requestPrivate = await unwrapBytesWithPassphrase(
		approved.requestPrivate,
		secret,
		requestContext(owner)
	);
	const first = await unwrapBytesWithPassphrase(approved.mine, secret, escrowMineContext(owner));
	const second = await openSealed(requestPrivate, approved.released, releaseContext(owner));
	return joinDataKey(first, second);
}

/** Letters and digits easy to read aloud and to tell apart (no O/0, I/1). */
const FINGERPRINT_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/**
 * A short code for a request's public key, shown on her phone and typed by her facilitator before approving: the
 * approval goes to the key of the request she made in front of them, not to one put there by someone else.
 */
export async function keyFingerprint(publicKey: JsonWebKey): Promise<string> {
	const digest = new Uint8Array(
		await globalThis.crypto.subtle.digest(
			'SHA-256',
			new TextEncoder().encode(`${publicKey.x}.${publicKey.y}`)
		)
	);
	const letters = [...digest.subarray(0, 6)].map(
		(byte) => FINGERPRINT_ALPHABET[byte % FINGERPRINT_ALPHABET.length]
	);
	return `${letters.slice(0, 3).join('')}-${letters.slice(3).join('')}`;
}

/** The fingerprint as typed: case, spaces and dashes do not matter. */
export function sameFingerprint(typed: string, fingerprint: string): boolean {
	const fold = (text: string) => text.toUpperCase().replace(/[\s-]/g, '');
	return fold(typed) === fold(fingerprint);
}
