// The logbook's cryptography, run in the participant's browser (and in tests under Node, which has the same
// WebCrypto): nothing here ever sends a key or a plaintext anywhere. Threat model and trade-offs:
// docs/logbook-security.md.
//
// - A random AES-GCM-256 **data key** encrypts every entry. It is **wrapped** (AES-GCM) by a key derived from the
//   logbook pass-phrase with Argon2id (WebAssembly, hash-wasm); the parameters travel with the wrapped key, so they
//   can be raised later.
// - Each entry: fresh random 96-bit IV; the entry's id, owner and version are the additional authenticated data, so
//   the server cannot swap entries between ids or owners, or replay an older version, unnoticed. The plaintext is
//   padded to a size bucket, so the stored size says little about what she wrote.
// - Recovery: a one-time code (128 random bits, HKDF) wraps the data key too; and a 2-of-2 split of the data key
//   (XOR) whose halves are wrapped separately (her sign-in pass-phrase; her facilitator's public key).
// - Sharing one entry: sealed to an adult's P-256 public key (ephemeral ECDH + HKDF-SHA-256 + AES-GCM), so sharing
//   never reveals the data key.
import { argon2id } from 'hash-wasm';

export type Bytes = Uint8Array<ArrayBuffer>;

/** Argon2id parameters, stored with what they wrapped. */
export type KdfParams = {
	algorithm: 'argon2id';
	/** KiB of memory (at least 19 MiB). */
	memoryKiB: number;
	iterations: number;
	parallelism: number;
	/** Base64 of 16 random bytes. */
	salt: string;
};

/** The floor the issue sets (OWASP's minimum for Argon2id) and our default: 19 MiB, 2 passes, 1 lane. */
export const KDF_MINIMUM = { memoryKiB: 19 * 1024, iterations: 2, parallelism: 1 } as const;

/** AES-GCM output: base64 IV and ciphertext (the tag is the ciphertext's last 16 bytes). */
export type Sealed = { iv: string; data: string };

/** A key wrapped by a pass-phrase: what the server keeps for her. */
export type PassphraseWrapped = Sealed & { kdf: KdfParams };

/** Sealed to an adult's public key: the ephemeral public key comes with it. */
export type PublicSealed = Sealed & { ephemeral: JsonWebKey };

const subtle = () => globalThis.crypto.subtle;

// ---------------------------------------------------------------------------------------------------------
// Bytes

export function randomBytes(length: number): Bytes {
	return globalThis.crypto.getRandomValues(new Uint8Array(length));
}

export function toBase64(bytes: Uint8Array): string {
	let text = '';
	for (let i = 0; i < bytes.length; i += 0x8000)
		text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(text);
}

export function fromBase64(text: string): Bytes {
	const binary = atob(text);
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return bytes;
}

const utf8 = (text: string): Bytes => new TextEncoder().encode(text) as Bytes;

// ---------------------------------------------------------------------------------------------------------
// Keys

/** A new random data key (extractable: it is wrapped, and split for the escrow). */
export function newDataKey(): Promise<CryptoKey> {
	return subtle().generateKey({ name: 'AES-GCM', length: 256 }, true, [
		'encrypt',
		'decrypt'
	]) as Promise<CryptoKey>;
}

/** New Argon2id parameters with a fresh salt (the defaults, or higher). */
export function newKdfParams(over: Partial<Omit<KdfParams, 'salt' | 'algorithm'>> = {}): KdfParams {
	return {
		algorithm: 'argon2id',
		memoryKiB: Math.max(KDF_MINIMUM.memoryKiB, over.memoryKiB ?? KDF_MINIMUM.memoryKiB),
		iterations: Math.max(KDF_MINIMUM.iterations, over.iterations ?? KDF_MINIMUM.iterations),
		parallelism: Math.max(KDF_MINIMUM.parallelism, over.parallelism ?? KDF_MINIMUM.parallelism),
		salt: toBase64(randomBytes(16))
	};
}

/**
 * A pass-phrase as it is derived: Unicode composed (NFC), no space before or after, runs of spaces as one — a
 * phone's keyboard adding a space must not lock her out. Case is kept: it is hers to choose.
 */
export function normalPassphrase(passphrase: string): string {
	return passphrase.normalize('NFC').trim().replace(/\s+/gu, ' ');
}

/** The wrapping key a pass-phrase gives with these parameters (Argon2id, then an AES-GCM key). */
export async function passphraseKey(passphrase: string, kdf: KdfParams): Promise<CryptoKey> {
	if (
		kdf.algorithm !== 'argon2id' ||
		kdf.memoryKiB < KDF_MINIMUM.memoryKiB ||
		kdf.iterations < KDF_MINIMUM.iterations
	)
		// Parameters below the floor would make a stolen wrapped key cheap to attack: never used.
		throw new LogbookCryptoError('weak_parameters');
	const raw = await argon2id({
		password: normalPassphrase(passphrase),
		salt: fromBase64(kdf.salt),
		iterations: kdf.iterations,
		parallelism: kdf.parallelism,
		memorySize: kdf.memoryKiB,
		hashLength: 32,
		outputType: 'binary'
	});
	return aesKey(raw as Bytes);
}

/** An AES-GCM key from 32 raw bytes, usable only to encrypt and decrypt, never exported. */
function aesKey(raw: Bytes): Promise<CryptoKey> {
	return subtle().importKey('raw', raw, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
}

/** A 256-bit key from high-entropy input (a recovery code, an ECDH secret) by HKDF-SHA-256. */
async function hkdfKey(input: Bytes, salt: Bytes, info: string): Promise<CryptoKey> {
	const base = await subtle().importKey('raw', input, 'HKDF', false, ['deriveKey']);
	return subtle().deriveKey(
		{ name: 'HKDF', hash: 'SHA-256', salt, info: utf8(info) },
		base,
		{ name: 'AES-GCM', length: 256 },
		false,
		['encrypt', 'decrypt']
	);
}

export class LogbookCryptoError extends Error {
	/** "wrong_key" (a wrong pass-phrase or code, or tampered data), "weak_parameters", "malformed". */
	readonly code: 'wrong_key' | 'weak_parameters' | 'malformed';

	constructor(code: LogbookCryptoError['code']) {
		super(code);
		this.code = code;
	}
}

// ---------------------------------------------------------------------------------------------------------
// AES-GCM with a context

async function seal(key: CryptoKey, plaintext: Bytes, context: string): Promise<Sealed> {
	const iv = randomBytes(12);
	const data = await subtle().encrypt(
		{ name: 'AES-GCM', iv, additionalData: utf8(context) },
		key,
		plaintext
	);
	return { iv: toBase64(iv), data: toBase64(new Uint8Array(data)) };
}

async function open(key: CryptoKey, sealed: Sealed, context: string): Promise<Bytes> {
	let iv: Bytes;
	let data: Bytes;
	try {
		iv = fromBase64(sealed.iv);
		data = fromBase64(sealed.data);
	} catch {
		throw new LogbookCryptoError('malformed');
	}
	if (iv.length !== 12 || data.length < 16) throw new LogbookCryptoError('malformed');
	try {
		return new Uint8Array(
			await subtle().decrypt({ name: 'AES-GCM', iv, additionalData: utf8(context) }, key, data)
		);
	} catch {
		// The tag did not match: a wrong key, or data changed or moved to another place.
		throw new LogbookCryptoError('wrong_key');
	}
}

// ---------------------------------------------------------------------------------------------------------
// Wrapping the data key

const rawOf = async (key: CryptoKey): Promise<Bytes> =>
	new Uint8Array(await subtle().exportKey('raw', key));

const dataKeyFrom = (raw: Bytes): Promise<CryptoKey> =>
	subtle().importKey('raw', raw, { name: 'AES-GCM' }, true, ['encrypt', 'decrypt']);

/** Wraps the data key under a pass-phrase (Argon2id with `kdf`); `owner` binds it to her. */
export async function wrapWithPassphrase(
	dataKey: CryptoKey,
	passphrase: string,
	owner: string,
	kdf: KdfParams = newKdfParams()
): Promise<PassphraseWrapped> {
	const key = await passphraseKey(passphrase, kdf);
	return { ...(await seal(key, await rawOf(dataKey), `logbook-key:v1:${owner}`)), kdf };
}

/** The data key, or LogbookCryptoError("wrong_key") for a wrong pass-phrase. */
export async function unwrapWithPassphrase(
	wrapped: PassphraseWrapped,
	passphrase: string,
	owner: string
): Promise<CryptoKey> {
	const key = await passphraseKey(passphrase, wrapped.kdf);
	return dataKeyFrom(await open(key, wrapped, `logbook-key:v1:${owner}`));
}

/** A recovery code: 128 random bits as eight groups of four letters and digits she can copy by hand. */
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export function newRecoveryCode(): string {
	// 32 symbols of 5 bits = 160 bits of which 128 come from here; the rest pad the last groups.
	const bytes = randomBytes(20);
	let bits = 0;
	let value = 0;
	let code = '';
	for (const byte of bytes) {
		value = (value << 8) | byte;
		bits += 8;
		while (bits >= 5) {
			code += CODE_ALPHABET[(value >>> (bits - 5)) & 31];
			bits -= 5;
		}
	}
	return code.match(/.{4}/g)!.join('-');
}

/** The code as typed: case, spaces and dashes do not matter; O and I read as 0 and 1 are not in the alphabet. */
export function normaliseRecoveryCode(typed: string): string | null {
	const letters = typed.toUpperCase().replace(/[\s-]/g, '');
	if (letters.length !== 32 || [...letters].some((letter) => !CODE_ALPHABET.includes(letter)))
		return null;
	return letters.match(/.{4}/g)!.join('-');
}

/** Wraps the data key under a recovery code (high entropy: HKDF, no Argon2 needed). */
export async function wrapWithCode(
	dataKey: CryptoKey,
	code: string,
	owner: string
): Promise<Sealed & { salt: string }> {
	const salt = randomBytes(16);
	const key = await hkdfKey(utf8(code), salt, `logbook-recovery:v1:${owner}`);
	return {
		...(await seal(key, await rawOf(dataKey), `logbook-key:v1:${owner}`)),
		salt: toBase64(salt)
	};
}

export async function unwrapWithCode(
	wrapped: Sealed & { salt: string },
	code: string,
	owner: string
): Promise<CryptoKey> {
	const normal = normaliseRecoveryCode(code);
	if (!normal) throw new LogbookCryptoError('wrong_key');
	const key = await hkdfKey(utf8(normal), fromBase64(wrapped.salt), `logbook-recovery:v1:${owner}`);
	return dataKeyFrom(await open(key, wrapped, `logbook-key:v1:${owner}`));
}

/** A 2-of-2 split of the data key: two random-looking halves, each alone says nothing of the key. */
export async function splitDataKey(dataKey: CryptoKey): Promise<[Bytes, Bytes]> {
	const raw = await rawOf(dataKey);
	const first = randomBytes(raw.length);
	const second = raw.map((byte, i) => byte ^ first[i]!) as Bytes;
	raw.fill(0);
	return [first, second];
}

/** The data key from both halves, joined in her browser. */
export function joinDataKey(first: Bytes, second: Bytes): Promise<CryptoKey> {
	if (first.length !== 32 || second.length !== 32) throw new LogbookCryptoError('malformed');
	return dataKeyFrom(first.map((byte, i) => byte ^ second[i]!) as Bytes);
}

/** Wraps some bytes (an escrow half, an adult's private key) under a pass-phrase; `context` names what it is. */
export async function wrapBytesWithPassphrase(
	bytes: Bytes,
	passphrase: string,
	context: string,
	kdf: KdfParams = newKdfParams()
): Promise<PassphraseWrapped> {
	return { ...(await seal(await passphraseKey(passphrase, kdf), bytes, context)), kdf };
}

export async function unwrapBytesWithPassphrase(
	wrapped: PassphraseWrapped,
	passphrase: string,
	context: string
): Promise<Bytes> {
	return open(await passphraseKey(passphrase, wrapped.kdf), wrapped, context);
}

// ---------------------------------------------------------------------------------------------------------
// An adult's key pair, and sealing to it

const P256 = { name: 'ECDH', namedCurve: 'P-256' } as const;

/** A key pair for an adult: the public key as JWK for the server, the private key as PKCS#8 bytes to wrap. */
export async function newKeyPair(): Promise<{ publicKey: JsonWebKey; privateKey: Bytes }> {
	const pair = (await subtle().generateKey(P256, true, ['deriveBits'])) as CryptoKeyPair;
	const publicKey = await subtle().exportKey('jwk', pair.publicKey);
	const privateKey = new Uint8Array(await subtle().exportKey('pkcs8', pair.privateKey));
	return {
		publicKey: { kty: publicKey.kty, crv: publicKey.crv, x: publicKey.x, y: publicKey.y },
		privateKey
	};
}

async function publicKeyOf(jwk: JsonWebKey): Promise<CryptoKey> {
	try {
		return await subtle().importKey('jwk', { ...jwk, ext: true }, P256, true, []);
	} catch {
		throw new LogbookCryptoError('malformed');
	}
}

const sealInfo = (context: string) => `logbook-seal:v1:${context}`;

/** Seals bytes to an adult's public key: only her private key opens it. `context` is bound in. */
export async function sealTo(
	publicKey: JsonWebKey,
	bytes: Bytes,
	context: string
): Promise<PublicSealed> {
	const recipient = await publicKeyOf(publicKey);
	const ephemeral = (await subtle().generateKey(P256, true, ['deriveBits'])) as CryptoKeyPair;
	const secret = new Uint8Array(
		await subtle().deriveBits({ name: 'ECDH', public: recipient }, ephemeral.privateKey, 256)
	);
	const ephemeralJwk = await subtle().exportKey('jwk', ephemeral.publicKey);
	const salt = utf8(`${ephemeralJwk.x}.${ephemeralJwk.y}`);
	const key = await hkdfKey(secret, salt, sealInfo(context));
	return {
		...(await seal(key, bytes, context)),
		ephemeral: {
			kty: ephemeralJwk.kty,
			crv: ephemeralJwk.crv,
			x: ephemeralJwk.x,
			y: ephemeralJwk.y
		}
	};
}

/** Opens what was sealed to this adult, with her private key (PKCS#8 bytes, unwrapped in her browser). */
export async function openSealed(
	privateKey: Bytes,
	sealed: PublicSealed,
	context: string
): Promise<Bytes> {
	let own: CryptoKey;
	try {
		own = await subtle().importKey('pkcs8', privateKey, P256, false, ['deriveBits']);
	} catch {
		throw new LogbookCryptoError('malformed');
	}
	const secret = new Uint8Array(
		await subtle().deriveBits(
			{ name: 'ECDH', public: await publicKeyOf(sealed.ephemeral) },
			own,
			256
		)
	);
	const salt = utf8(`${sealed.ephemeral.x}.${sealed.ephemeral.y}`);
	return open(await hkdfKey(secret, salt, sealInfo(context)), sealed, context);
}

// ---------------------------------------------------------------------------------------------------------
// Entries

/** Sizes a padded entry can have: what is stored says only which bucket she wrote in. */
export const SIZE_BUCKETS = [512, 2048, 8192, 32768, 131072] as const;

/** The additional data binding an entry to its place: its id, its owner and its version. */
export const entryContext = (entry: { id: string; owner: string; version: number }) =>
	`logbook-entry:v1:${entry.id}:${entry.owner}:${entry.version}`;

/** UTF-8 of the text with its length in front, padded with zeros to the smallest bucket that holds it. */
export function pad(text: string): Bytes {
	const body = utf8(text);
	const size = SIZE_BUCKETS.find((bucket) => bucket >= body.length + 4);
	if (!size) throw new LogbookCryptoError('malformed');
	const padded = new Uint8Array(size);
	new DataView(padded.buffer).setUint32(0, body.length);
	padded.set(body, 4);
	return padded;
}

export function unpad(padded: Bytes): string {
	if (padded.length < 4) throw new LogbookCryptoError('malformed');
	const length = new DataView(padded.buffer, padded.byteOffset).getUint32(0);
	if (length > padded.length - 4) throw new LogbookCryptoError('malformed');
	return new TextDecoder('utf-8', { fatal: true }).decode(padded.subarray(4, 4 + length));
}

/** Encrypts an entry's content (a JSON-able value) for its place. */
export async function encryptEntry(
	dataKey: CryptoKey,
	content: unknown,
	place: { id: string; owner: string; version: number }
): Promise<Sealed> {
	return seal(dataKey, pad(JSON.stringify(content)), entryContext(place));
}

/** Decrypts an entry at its place; LogbookCryptoError("wrong_key") if it was changed, moved or replayed. */
export async function decryptEntry(
	dataKey: CryptoKey,
	sealed: Sealed,
	place: { id: string; owner: string; version: number }
): Promise<unknown> {
	const text = unpad(await open(dataKey, sealed, entryContext(place)));
	try {
		return JSON.parse(text) as unknown;
	} catch {
		throw new LogbookCryptoError('malformed');
	}
}
