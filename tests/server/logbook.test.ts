// The logbook's endpoints over real HTTP: her browser's ciphertext goes in and comes back for her alone; bad bodies
// (too large, not JSON, malformed ciphertext, a wrong id, a replayed version) get a clear refusal and change
// nothing; adults get "not found or not allowed"; the app's output never holds her words or pass-phrase.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	decryptEntry,
	encryptEntry,
	newDataKey,
	unwrapWithPassphrase,
	wrapWithPassphrase
} from '#lib/domain/logbook/crypto.ts';
import {
	makeEscrow,
	newAdultKey,
	newRecoveryRequest,
	openAdultKey,
	openShare,
	recoverWithEscrow,
	releaseHalf,
	sealShare
} from '#lib/domain/logbook/flows.ts';
import { startApp, type RunningApp } from '../support/app.ts';
import { client } from '../support/http.ts';
import { populatedPlatform, type Platform } from '../support/people.ts';

let app: RunningApp;
let platform: Platform;
beforeAll(async () => {
	app = await startApp();
	platform = await populatedPlatform(app);
});
afterAll(async () => {
	await app?.stop();
});

const PASSPHRASE = 'girafe orange sous la pluie';
const WORDS = 'Ce soir je me sens plus légère.';
const SHARED = 'Hier soir je ressentais de la peur, je voulais te le dire.';

type Person = Platform['participant'];

function send(person: Person, method: string, path: string, body?: unknown, raw?: string) {
	return fetch(`${app.url}${path}`, {
		method,
		headers: {
			cookie: person.jar.header(),
			origin: app.url,
			...(body !== undefined || raw !== undefined ? { 'content-type': 'application/json' } : {})
		},
		...(raw !== undefined
			? { body: raw }
			: body !== undefined
				? { body: JSON.stringify(body) }
				: {})
	});
}

describe('the logbook’s endpoints', () => {
	it('keep her ciphertext for her alone, refuse bad bodies clearly, and change nothing when they do', async () => {
		const me = platform.participant;
		const empty = (await (await send(me, 'GET', '/logbook/keys')).json()) as {
			owner: string;
			wrappedKey: unknown;
		};
		expect(empty.wrappedKey).toBeNull();
		// What her browser binds each wrap and entry to.
		const participantId = empty.owner;
		const key = await newDataKey();
		const set = await send(me, 'POST', '/logbook/keys', {
			wrappedKey: await wrapWithPassphrase(key, PASSPHRASE, participantId),
			recovery: null
		});
		expect(set.status).toBe(201);

		const id = crypto.randomUUID();
		const place = { id, owner: participantId, version: 1 };
		const sealed = await encryptEntry(key, { text: WORDS }, place);
		expect(
			(await send(me, 'PUT', `/logbook/entries/${id}`, { version: 1, ...sealed })).status
		).toBe(200);
		const stored = async () =>
			(await (await send(me, 'GET', '/logbook/keys')).json()) as {
				wrappedKey: Parameters<typeof unwrapWithPassphrase>[0];
				entries: { id: string; version: number; iv: string; data: string }[];
			};
		const before = await stored();
		const unlocked = await unwrapWithPassphrase(before.wrappedKey, PASSPHRASE, participantId);
		expect(await decryptEntry(unlocked, before.entries[0]!, place)).toEqual({ text: WORDS });

		const refusals: [string, Response][] = [
			['a replay', await send(me, 'PUT', `/logbook/entries/${id}`, { version: 1, ...sealed })],
			[
				'a version skipped',
				await send(me, 'PUT', `/logbook/entries/${id}`, { version: 3, ...sealed })
			],
			[
				'too large',
				await send(me, 'PUT', `/logbook/entries/${id}`, {
					version: 2,
					iv: sealed.iv,
					data: 'A'.repeat(300_000)
				})
			],
			['not JSON', await send(me, 'PUT', `/logbook/entries/${id}`, undefined, '{"version":')],
			[
				'a size that is no bucket',
				await send(me, 'PUT', `/logbook/entries/${id}`, {
					version: 2,
					iv: sealed.iv,
					data: sealed.data.slice(8)
				})
			],
			[
				'not base64',
				await send(me, 'PUT', `/logbook/entries/${id}`, {
					version: 2,
					iv: sealed.iv,
					data: `${sealed.data.slice(1)}*`
				})
			],
			[
				'plaintext added',
				await send(me, 'PUT', `/logbook/entries/${id}`, { version: 2, ...sealed, text: WORDS })
			],
			[
				'a wrong id',
				await send(me, 'PUT', '/logbook/entries/not-an-id', { version: 1, ...sealed })
			],
			[
				'set up twice',
				await send(me, 'POST', '/logbook/keys', { wrappedKey: before.wrappedKey, recovery: null })
			],
			[
				'weak parameters',
				await send(me, 'PUT', '/logbook/keys', {
					wrappedKey: { ...before.wrappedKey, kdf: { ...before.wrappedKey.kdf, memoryKiB: 1024 } }
				})
			]
		];
		for (const [what, response] of refusals) {
			expect([400, 409], what).toContain(response.status);
			expect(((await response.json()) as { error: string }).error, what).toMatch(
				/^[a-z_]+\.[a-z_]+$/
			);
		}
		expect(await stored()).toEqual(before);

		// Adults find nothing; another youth finds only her own (empty) logbook, and cannot touch this entry.
		for (const other of [platform.facilitator, platform.coordinator]) {
			expect((await send(other, 'GET', '/logbook/keys')).status).toBe(404);
			expect((await send(other, 'DELETE', `/logbook/entries/${id}`)).status).toBe(404);
		}
		const peer = client(app.url);
		expect(
			(await peer.post('/join', { code: platform.joinCode, pseudonym: 'Hérisson' })).status
		).toBe(200);
		const theirs = (await (await send(peer, 'GET', '/logbook/keys')).json()) as {
			owner: string;
			entries: unknown[];
		};
		expect(theirs.owner).not.toBe(participantId);
		expect(theirs.entries).toEqual([]);
		expect((await send(peer, 'DELETE', `/logbook/entries/${id}`)).status).toBe(404);
		expect(
			(await send(peer, 'PUT', `/logbook/entries/${id}`, { version: 2, ...sealed })).status
		).toBe(404);
		expect(await stored()).toEqual(before);

		expect((await send(me, 'DELETE', `/logbook/entries/${id}`)).status).toBe(200);
		expect((await stored()).entries).toEqual([]);
		const printed = app.output() + app.errors();
		for (const secret of [WORDS, 'légère', PASSPHRASE]) expect(printed).not.toContain(secret);
	});

	it('let her share a page with her facilitator alone and take it back, and recover through the escrow only with both halves', async () => {
		const me = platform.participant;
		const adult = platform.facilitator;
		const json = async <T>(response: Response | Promise<Response>) =>
			(await (await response).json()) as T;
		const { owner } = await json<{ owner: string }>(send(me, 'GET', '/logbook/keys'));
		const key = await newDataKey();
		const wrappedKey = await wrapWithPassphrase(key, PASSPHRASE, owner);
		// Set up by the first test, or here when this one runs alone.
		await send(me, 'POST', '/logbook/keys', { wrappedKey, recovery: null });
		const entryId = crypto.randomUUID();
		const content = { text: SHARED, mood: 4, feelings: ['relief' as const], prompt: null };
		const entry = await encryptEntry(key, content, { id: entryId, owner, version: 1 });
		expect(
			(await send(me, 'PUT', `/logbook/entries/${entryId}`, { version: 1, ...entry })).status
		).toBe(200);

		// Her facilitator makes a key pair (a wrong password refused, nothing kept).
		const { me: adultId } = await json<{ me: string }>(send(adult, 'GET', '/logbook/adult-key'));
		const made = await newAdultKey(adultId, adult.password);
		const wrong = await send(adult, 'PUT', '/logbook/adult-key', { ...made, password: 'non' });
		expect(wrong.status).toBe(400);
		expect(((await wrong.json()) as { error: string }).error).toBe('identity.own_password_wrong');
		expect(
			(await send(adult, 'PUT', '/logbook/adult-key', { ...made, password: adult.password })).status
		).toBe(200);

		// She sees whom she can share with, and shares a copy sealed to that adult.
		const { targets } = await json<{ targets: { userId: string; publicKey: JsonWebKey }[] }>(
			send(me, 'GET', '/logbook/shares')
		);
		const target = targets.find((item) => item.userId === adultId)!;
		const shareId = crypto.randomUUID();
		const sealed = await sealShare(
			{ ...content, writtenOn: '2026-12-07' },
			{ id: shareId, owner, recipientId: adultId },
			target.publicKey
		);
		const share = { id: shareId, entryId, recipientId: adultId, sealed };
		const refusals: [string, Response][] = [
			['not hers', await send(platform.coordinator, 'POST', '/logbook/shares', share)],
			[
				'to an adult who is not of her groups',
				await send(me, 'POST', '/logbook/shares', {
					...share,
					recipientId: 'SomeoneElse123'
				})
			],
			[
				'an entry she does not have',
				await send(me, 'POST', '/logbook/shares', { ...share, entryId: crypto.randomUUID() })
			],
			['plaintext added', await send(me, 'POST', '/logbook/shares', { ...share, text: SHARED })],
			[
				'a size that is no bucket',
				await send(me, 'POST', '/logbook/shares', {
					...share,
					sealed: { ...sealed, data: sealed.data.slice(8) }
				})
			]
		];
		for (const [what, response] of refusals) expect([400, 404], what).toContain(response.status);
		expect((await send(me, 'POST', '/logbook/shares', share)).status).toBe(201);
		expect((await send(me, 'POST', '/logbook/shares', share)).status).toBe(409);

		// The adult reads it (and only it); her key stays hers.
		const { key: adultKey } = await json<{
			key: { wrappedPrivate: Parameters<typeof openAdultKey>[1] };
		}>(send(adult, 'GET', '/logbook/adult-key'));
		const privateKey = await openAdultKey(adultId, adultKey.wrappedPrivate, adult.password);
		const adultPage = await (await send(adult, 'GET', '/logbook/shared')).text();
		expect(adultPage).toContain(shareId);
		expect(adultPage).not.toContain(SHARED);
		expect(
			await openShare(privateKey, { id: shareId, owner, recipientId: adultId, sealed })
		).toMatchObject({ text: SHARED, writtenOn: '2026-12-07' });
		// Another coordinator of the organisation sees no share, and nothing of her logbook.
		expect(await (await send(platform.coordinator, 'GET', '/logbook/shared')).text()).not.toContain(
			shareId
		);
		// Revoked: gone from the adult's page.
		expect((await send(platform.coordinator, 'DELETE', `/logbook/shares/${shareId}`)).status).toBe(
			404
		);
		expect((await send(me, 'DELETE', `/logbook/shares/${shareId}`)).status).toBe(200);
		expect(await (await send(adult, 'GET', '/logbook/shared')).text()).not.toContain(shareId);

		// The escrow: half A under her sign-in pass-phrase (a wrong one refused), half B sealed to her facilitator.
		const escrow = await json<{ holder: { userId: string; publicKey: JsonWebKey } }>(
			send(me, 'GET', '/logbook/escrow')
		);
		expect(escrow.holder.userId).toBe(adultId);
		const signIn = platform.participantPassphrase;
		const halves = await makeEscrow(key, signIn, escrow.holder.publicKey, owner);
		const body = { signInPassphrase: signIn, holderId: adultId, ...halves };
		expect(
			(await send(me, 'PUT', '/logbook/escrow', { ...body, signInPassphrase: 'pas la mienne' }))
				.status
		).toBe(400);
		expect(
			(await send(me, 'PUT', '/logbook/escrow', { ...body, holderId: 'Quelquun1234' })).status
		).toBe(404);
		expect((await send(me, 'PUT', '/logbook/escrow', { ...body, mine: { iv: 'x' } })).status).toBe(
			400
		);
		expect((await send(me, 'PUT', '/logbook/escrow', body)).status).toBe(200);

		// Asking for help, then the approval: only the holder can approve.
		const request = await newRecoveryRequest(signIn, owner);
		expect(
			(await send(me, 'POST', '/logbook/recovery', { signInPassphrase: signIn, ...request })).status
		).toBe(201);
		const asked = await json<{ request: { status: string } }>(send(me, 'GET', '/logbook/escrow'));
		expect(asked.request.status).toBe('waiting');
		const released = await releaseHalf(privateKey, halves.theirs, request.publicKey, owner);
		expect(
			(await send(platform.coordinator, 'POST', `/logbook/recovery/${owner}`, { released })).status
		).toBe(404);
		expect((await send(adult, 'POST', `/logbook/recovery/${owner}`, { released: {} })).status).toBe(
			400
		);
		expect((await send(adult, 'POST', `/logbook/recovery/${owner}`, { released })).status).toBe(
			200
		);
		const approved = await json<{ request: Parameters<typeof recoverWithEscrow>[1] }>(
			send(me, 'GET', '/logbook/escrow')
		);
		// Both halves, joined with her sign-in pass-phrase, give back her key; a wrong pass-phrase opens nothing.
		const joined = await recoverWithEscrow(signIn, approved.request, owner);
		expect(await decryptEntry(joined, entry, { id: entryId, owner, version: 1 })).toEqual(content);
		await expect(recoverWithEscrow('pas la mienne', approved.request, owner)).rejects.toThrow(
			'wrong_key'
		);
		expect((await send(me, 'DELETE', '/logbook/recovery')).status).toBe(200);

		const printed = app.output() + app.errors();
		for (const secret of [SHARED, 'ressentais', signIn, adult.password])
			expect(printed).not.toContain(secret);
	});

	it('allow WebAssembly on the logbook’s pages only', async () => {
		const policy = async (person: Person, path: string) =>
			(await send(person, 'GET', path)).headers.get('content-security-policy') ?? '';
		expect(await policy(platform.participant, '/logbook')).toContain("'wasm-unsafe-eval'");
		expect(await policy(platform.facilitator, '/logbook/shared')).toContain("'wasm-unsafe-eval'");
		for (const [person, path] of [
			[platform.participant, '/'],
			[platform.participant, `/live/${platform.live}`],
			[platform.facilitator, '/care'],
			[platform.facilitator, '/logbook/keys']
		] as const) {
			const header = await policy(person, path);
			expect(header, path).not.toBe('');
			expect(header, path).not.toContain('wasm');
		}
	});
});
