// Zod shapes of what the logbook's endpoints accept: ciphertext in the exact shapes her browser makes (base64 of
// the right lengths, a known size bucket), Argon2id parameters at or above the floor. Messages are catalogue keys.
import { z } from 'zod';
import { KDF_MINIMUM, SIZE_BUCKETS } from '#lib/domain/logbook/crypto.ts';
import { uuid } from '#lib/domain/ids.ts';

const invalid = { error: 'validation.invalid' } as const;

/** Base64 of exactly `bytes` bytes. */
const base64Of = (bytes: number) =>
	z
		.string(invalid)
		.length(Math.ceil(bytes / 3) * 4, invalid)
		.regex(/^[A-Za-z0-9+/]+={0,2}$/, invalid);

/** Base64 of what AES-GCM made of `bytes` bytes (plus its 16-byte tag). */
const sealedOf = (bytes: number) =>
	z.object({ iv: base64Of(12), data: base64Of(bytes + 16) }).strict();

const kdf = z
	.object({
		algorithm: z.literal('argon2id', invalid),
		memoryKiB: z
			.number(invalid)
			.int(invalid)
			.min(KDF_MINIMUM.memoryKiB, invalid)
			.max(1024 * 1024, invalid),
		iterations: z
			.number(invalid)
			.int(invalid)
			.min(KDF_MINIMUM.iterations, invalid)
			.max(50, invalid),
		parallelism: z
			.number(invalid)
			.int(invalid)
			.min(KDF_MINIMUM.parallelism, invalid)
			.max(16, invalid),
		salt: base64Of(16)
	})
	.strict();

/** A 32-byte key (the data key, an escrow half) wrapped under a pass-phrase. */
export const passphraseWrapped = sealedOf(32).extend({ kdf }).strict();

/** The data key under her recovery code. */
const recoveryWrap = sealedOf(32)
	.extend({ salt: base64Of(16) })
	.strict();

export const setUpInput = z
	.object({
		wrappedKey: passphraseWrapped,
		/** The data key under her recovery code, if she chose one. */
		recovery: recoveryWrap.nullable().default(null)
	})
	.strict();
export type SetUpInput = z.infer<typeof setUpInput>;

/** Her data key wrapped again (a new pass-phrase), and a new recovery code's wrap if she asked for one. */
export const rewrapInput = z
	.object({ wrappedKey: passphraseWrapped, recovery: recoveryWrap.optional() })
	.strict();
export type RewrapInput = z.infer<typeof rewrapInput>;

/** An entry as her browser saves it: its id and next version, and the ciphertext of a padded plaintext. */
export const entryInput = z
	.object({
		id: uuid,
		version: z.number(invalid).int(invalid).min(1, invalid).max(1_000_000, invalid),
		iv: base64Of(12),
		data: z.union(
			SIZE_BUCKETS.map((size) => base64Of(size + 16)) as never as [z.ZodString, z.ZodString]
		),
		promptRef: z
			.string(invalid)
			.regex(/^[A-Za-z0-9_:.-]{1,120}$/, invalid)
			.nullable()
			.default(null)
	})
	.strict();
export type EntryInput = z.infer<typeof entryInput>;

export const entryIdInput = z.object({ id: uuid }).strict();

/** Base64url of a P-256 coordinate (32 bytes, no padding), as a JWK carries it. */
const coordinate = z.string(invalid).regex(/^[A-Za-z0-9_-]{43}$/, invalid);

/** A P-256 public key as a JWK. */
const publicKey = z
	.object({
		kty: z.literal('EC', invalid),
		crv: z.literal('P-256', invalid),
		x: coordinate,
		y: coordinate
	})
	.strict();

/** A P-256 private key (PKCS#8, 138 bytes; up to 200 allowed) wrapped under a password or pass-phrase. */
const wrappedPrivate = z
	.object({
		iv: base64Of(12),
		data: z
			.string(invalid)
			.min(24, invalid)
			.max(288, invalid)
			.regex(/^[A-Za-z0-9+/]+={0,2}$/, invalid),
		kdf
	})
	.strict();

/** One's own password or sign-in pass-phrase, confirmed by the server before a key is protected with it. */
const ownSecret = z.string(invalid).min(1, invalid).max(1024, invalid);

/** An adult's key pair: the public key (P-256, JWK) and the private key (PKCS#8) wrapped under their password. */
export const adultKeyInput = z.object({ publicKey, wrappedPrivate, password: ownSecret }).strict();
export type AdultKeyInput = z.infer<typeof adultKeyInput>;

/** Bytes sealed to a public key: AES-GCM output of `bytes` bytes, and the ephemeral public key. */
const publicSealedOf = (bytes: number) => sealedOf(bytes).extend({ ephemeral: publicKey }).strict();

/** Better Auth's user ids: letters and digits. */
const userId = z.string(invalid).regex(/^[A-Za-z0-9_-]{8,64}$/, invalid);

/** One entry shared with one adult: a copy sealed to their public key, padded like entries. */
export const shareInput = z
	.object({
		id: uuid,
		entryId: uuid,
		recipientId: userId,
		sealed: z.union(
			SIZE_BUCKETS.map((size) => publicSealedOf(size)) as never as [
				ReturnType<typeof publicSealedOf>,
				ReturnType<typeof publicSealedOf>
			]
		)
	})
	.strict();
export type ShareInput = z.infer<typeof shareInput>;

/** The escrow: half A under her sign-in pass-phrase (confirmed), half B sealed to her designated facilitator. */
export const escrowInput = z
	.object({
		signInPassphrase: ownSecret,
		holderId: userId,
		mine: passphraseWrapped,
		theirs: publicSealedOf(32)
	})
	.strict();
export type EscrowInput = z.infer<typeof escrowInput>;

/** Asking to recover: a key pair for the request, its private key wrapped under her sign-in pass-phrase. */
export const recoveryRequestInput = z
	.object({ signInPassphrase: ownSecret, publicKey, wrappedPrivate })
	.strict();
export type RecoveryRequestInput = z.infer<typeof recoveryRequestInput>;

/** Her facilitator's approval: half B sealed again, to the request's key. */
export const releaseInput = z.object({ released: publicSealedOf(32) }).strict();
export type ReleaseInput = z.infer<typeof releaseInput>;
