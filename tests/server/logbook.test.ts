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
import { startApp, type RunningApp } from '../support/app.ts';
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

		// Adults, and another youth, find nothing.
		for (const other of [platform.facilitator, platform.coordinator]) {
			expect((await send(other, 'GET', '/logbook/keys')).status).toBe(404);
			expect((await send(other, 'DELETE', `/logbook/entries/${id}`)).status).toBe(404);
		}
		expect(await stored()).toEqual(before);

		expect((await send(me, 'DELETE', `/logbook/entries/${id}`)).status).toBe(200);
		expect((await stored()).entries).toEqual([]);
		const printed = app.output() + app.errors();
		for (const secret of [WORDS, 'légère', PASSPHRASE]) expect(printed).not.toContain(secret);
	});
});
