// The logbook's cryptography as her browser runs it (Node has the same WebCrypto): a pass-phrase, a recovery code
// or both escrow halves give the data key back, anything else is refused; an entry changed, moved to another id or
// owner, or replayed at another version is refused; what is stored never holds her words.
import { describe, expect, it } from 'vitest';
import {
	KDF_MINIMUM,
	LogbookCryptoError,
	decryptEntry,
	encryptEntry,
	fromBase64,
	joinDataKey,
	newDataKey,
	newKdfParams,
	newKeyPair,
	newRecoveryCode,
	normaliseRecoveryCode,
	openSealed,
	randomBytes,
	sealTo,
	splitDataKey,
	unwrapWithCode,
	unwrapWithPassphrase,
	wrapWithCode,
	wrapWithPassphrase
} from './crypto.ts';

const OWNER = '7d0c1f9e-3a4b-4c5d-8e6f-708192a3b4c5';
const PLACE = { id: '1b2c3d4e-5f60-4718-8293-a4b5c6d7e8f9', owner: OWNER, version: 1 };
const WORDS = 'Aujourd’hui j’ai parlé à Samia de ce qui me fait peur.';

async function fails(promise: Promise<unknown>, code: LogbookCryptoError['code']) {
	const error = await promise.then(
		() => null,
		(failure: unknown) => failure
	);
	expect(error).toBeInstanceOf(LogbookCryptoError);
	expect((error as LogbookCryptoError).code).toBe(code);
}

describe('the logbook’s keys', () => {
	it('give the data key back to her pass-phrase only, with the parameters stored beside it', async () => {
		const dataKey = await newDataKey();
		const sealed = await encryptEntry(dataKey, { text: WORDS }, PLACE);
		const wrapped = await wrapWithPassphrase(dataKey, 'quatre mots pour mon carnet', OWNER);
		expect(wrapped.kdf).toMatchObject({ algorithm: 'argon2id', ...KDF_MINIMUM });
		const back = await unwrapWithPassphrase(wrapped, 'quatre mots pour mon carnet', OWNER);
		expect(await decryptEntry(back, sealed, PLACE)).toEqual({ text: WORDS });
		await fails(unwrapWithPassphrase(wrapped, 'quatre mots pour mon cahier', OWNER), 'wrong_key');
		// Bound to her: another participant's record cannot take it.
		await fails(
			unwrapWithPassphrase(wrapped, 'quatre mots pour mon carnet', PLACE.id),
			'wrong_key'
		);
	});

	it('refuse parameters below the floor, so a stolen wrapped key is never cheap to attack', async () => {
		const wrapped = await wrapWithPassphrase(await newDataKey(), 'un deux trois soleil', OWNER);
		await fails(
			unwrapWithPassphrase(
				{ ...wrapped, kdf: { ...wrapped.kdf, memoryKiB: 1024 } },
				'un deux trois soleil',
				OWNER
			),
			'weak_parameters'
		);
		expect(newKdfParams({ memoryKiB: 64 * 1024 }).memoryKiB).toBe(64 * 1024);
		expect(newKdfParams({ iterations: 1 }).iterations).toBe(KDF_MINIMUM.iterations);
	});

	it('give it back to the recovery code as typed by hand, and to nothing else', async () => {
		const dataKey = await newDataKey();
		const code = newRecoveryCode();
		expect(code).toMatch(/^([A-Z2-9]{4}-){7}[A-Z2-9]{4}$/);
		const wrapped = await wrapWithCode(dataKey, code, OWNER);
		const typed = ` ${code.toLowerCase().replaceAll('-', ' ')} `;
		expect(normaliseRecoveryCode(typed)).toBe(code);
		const sealed = await encryptEntry(dataKey, { text: WORDS }, PLACE);
		const back = await unwrapWithCode(wrapped, typed, OWNER);
		expect(await decryptEntry(back, sealed, PLACE)).toEqual({ text: WORDS });
		await fails(unwrapWithCode(wrapped, newRecoveryCode(), OWNER), 'wrong_key');
		await fails(unwrapWithCode(wrapped, 'not a code', OWNER), 'wrong_key');
	});

	it('split it in two halves that give it back together and nothing alone', async () => {
		const dataKey = await newDataKey();
		const sealed = await encryptEntry(dataKey, { text: WORDS }, PLACE);
		const [first, second] = await splitDataKey(dataKey);
		expect(await decryptEntry(await joinDataKey(first, second), sealed, PLACE)).toEqual({
			text: WORDS
		});
		// A half with anything but the other half is a wrong key.
		await fails(
			decryptEntry(await joinDataKey(first, randomBytes(32)), sealed, PLACE),
			'wrong_key'
		);
		await fails(
			decryptEntry(await joinDataKey(randomBytes(32), second), sealed, PLACE),
			'wrong_key'
		);
	});
});

describe('her pass-phrase as typed', () => {
	it('opens her key whatever spaces a phone adds around or between words, but not in another case', async () => {
		const key = await newDataKey();
		const wrapped = await wrapWithPassphrase(key, 'lune violette  sur le toit', 'owner-1');
		for (const typed of [
			'lune violette sur le toit',
			' lune violette sur le toit ',
			'lune\u00a0violette sur le toit'
		])
			await expect(unwrapWithPassphrase(wrapped, typed, 'owner-1'), typed).resolves.toBeDefined();
		await expect(
			unwrapWithPassphrase(wrapped, 'Lune violette sur le toit', 'owner-1')
		).rejects.toThrow('wrong_key');
	});
});

describe('an entry', () => {
	it('is refused when changed, moved to another id or owner, or replayed at another version', async () => {
		const dataKey = await newDataKey();
		const sealed = await encryptEntry(dataKey, { text: WORDS }, PLACE);
		const bytes = fromBase64(sealed.data);
		bytes[10] = bytes[10]! ^ 1;
		const changed = { ...sealed, data: btoa(String.fromCharCode(...bytes)) };
		await fails(decryptEntry(dataKey, changed, PLACE), 'wrong_key');
		await fails(decryptEntry(dataKey, sealed, { ...PLACE, id: OWNER }), 'wrong_key');
		await fails(decryptEntry(dataKey, sealed, { ...PLACE, owner: PLACE.id }), 'wrong_key');
		await fails(decryptEntry(dataKey, sealed, { ...PLACE, version: 2 }), 'wrong_key');
		await fails(decryptEntry(dataKey, { iv: 'AAAA', data: sealed.data }, PLACE), 'malformed');
		await fails(decryptEntry(dataKey, { iv: sealed.iv, data: '%%%' }, PLACE), 'malformed');
	});

	it('is stored padded to a size bucket and never holds her words', async () => {
		const dataKey = await newDataKey();
		const short = await encryptEntry(dataKey, { text: 'Bien.' }, PLACE);
		const longer = await encryptEntry(dataKey, { text: WORDS }, PLACE);
		const again = await encryptEntry(dataKey, { text: WORDS }, PLACE);
		expect(fromBase64(short.data).length).toBe(fromBase64(longer.data).length);
		// A fresh IV each time: the same words never look the same twice.
		expect(again.iv).not.toBe(longer.iv);
		expect(again.data).not.toBe(longer.data);
		const stored =
			JSON.stringify([short, longer]) + new TextDecoder().decode(fromBase64(longer.data));
		for (const word of ['Samia', 'peur', 'Bien']) expect(stored).not.toContain(word);
	});
});

describe('sealing to an adult', () => {
	it('opens with her private key only, for the place it was sealed for', async () => {
		const adult = await newKeyPair();
		const other = await newKeyPair();
		expect(Object.keys(adult.publicKey).sort()).toEqual(['crv', 'kty', 'x', 'y']);
		const words = new TextEncoder().encode(WORDS);
		const sealed = await sealTo(adult.publicKey, words, 'share:1');
		expect(new TextDecoder().decode(await openSealed(adult.privateKey, sealed, 'share:1'))).toBe(
			WORDS
		);
		await fails(openSealed(other.privateKey, sealed, 'share:1'), 'wrong_key');
		await fails(openSealed(adult.privateKey, sealed, 'share:2'), 'wrong_key');
		await fails(
			sealTo({ kty: 'EC', crv: 'P-256', x: 'AA', y: 'AA' }, words, 'share:1'),
			'malformed'
		);
	});
});
