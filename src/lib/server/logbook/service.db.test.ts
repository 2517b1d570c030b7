// The logbook's storage on a real database (PGlite and PostgreSQL), with ciphertext made by the real browser-side
// cryptography: it keeps only what her browser sends, gives it back to her alone, takes each entry's versions one
// after the other (a replay or a lost race changes nothing), and no table ever holds her words or pass-phrase.
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import {
	decryptEntry,
	encryptEntry,
	newDataKey,
	openSealed,
	sealTo,
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
	rewrapAdultKey,
	sealShare
} from '#lib/domain/logbook/flows.ts';
import { passphraseSecret } from '#lib/domain/words/passphrase-form.ts';
import { db } from '../db/client.ts';
import { useTestDatabase } from '../db/test-database.ts';
import {
	addFacilitator,
	createGroup,
	designateFacilitator,
	removeFacilitator
} from '../identity/groups.ts';
import { createOrganisation } from '../identity/organisations.ts';
import { addParticipant, changeOwnPassphrase, participantActor } from '../identity/participants.ts';
import { TEST_PASSWORD, createAdult, failsWith, refused } from '../identity/test-people.ts';
import type { ParticipantActor, UserActor } from '../platform/actor.ts';
import {
	adultKeyInput,
	entryInput,
	escrowInput,
	recoveryRequestInput,
	releaseInput,
	shareInput
} from './inputs.ts';
import {
	approveRecovery,
	deleteEntry,
	endRecovery,
	escrowState,
	keepAdultKey,
	myAdultKey,
	myLogbook,
	myShares,
	recoveriesToApprove,
	requestRecovery,
	revokeShare,
	saveEntry,
	setEscrow,
	setUpLogbook,
	shareEntry,
	shareTargets,
	sharedWithMe,
	startAgain
} from './service.ts';

useTestDatabase();

const PASSPHRASE = 'lune violette sur le toit';
const ADDRESS = '203.0.113.7';
const WORDS = ['Aujourd’hui Samia m’a écoutée.', 'J’ai peur de retourner là-bas.'];

let facilitator: UserActor;
let researcher: UserActor;
let teen: ParticipantActor;
let other: ParticipantActor;

beforeAll(async () => {
	const admin = await createAdult({ admin: true });
	const organisationId = await createOrganisation(admin, { name: 'Organisme A' });
	facilitator = await createAdult({ memberships: { [organisationId]: 'facilitator' } });
	researcher = await createAdult({ memberships: { [organisationId]: 'researcher' } });
	const groupId = await createGroup(facilitator, organisationId, {
		name: 'Groupe',
		approvalRequired: false,
		expiresInDays: null
	});
	for (const [pseudonym, set] of [
		['Renard bleu', (actor: ParticipantActor) => (teen = actor)],
		['Loutre rose', (actor: ParticipantActor) => (other = actor)]
	] as const) {
		const added = await addParticipant(facilitator, groupId, pseudonym, 'fr');
		set((await participantActor(added.userId))!);
	}
});

/** Every row of every table, as text. */
async function everyTable(): Promise<string> {
	const tables = (await db().execute(
		sql`select table_name from information_schema.tables where table_schema = 'public'`
	)) as unknown as { rows: { table_name: string }[] };
	let everything = '';
	for (const { table_name } of tables.rows) {
		const rows = (await db().execute(
			sql.raw(`select row_to_json(t)::text as row from "${table_name}" t`)
		)) as unknown as { rows: { row: string }[] };
		everything += rows.rows.map((row) => row.row).join('\n');
	}
	return everything;
}

/** An entry as her browser saves it: encrypted for its id, owner and version, in the endpoint's shape. */
async function sealedEntry(
	key: CryptoKey,
	who: ParticipantActor,
	id: string,
	version: number,
	text: string
) {
	const sealed = await encryptEntry(key, { text }, { id, owner: who.participantId, version });
	return entryInput.parse({ id, version, iv: sealed.iv, data: sealed.data });
}

describe('a logbook', () => {
	it('keeps only ciphertext that her pass-phrase opens, for her alone, and no table holds her words', async () => {
		const key = await newDataKey();
		await failsWith(
			saveEntry(teen, await sealedEntry(key, teen, crypto.randomUUID(), 1, 'x')),
			'logbook.not_set_up'
		);
		await setUpLogbook(teen, {
			wrappedKey: await wrapWithPassphrase(key, PASSPHRASE, teen.participantId),
			recovery: null
		});
		await failsWith(
			setUpLogbook(teen, {
				wrappedKey: await wrapWithPassphrase(key, PASSPHRASE, teen.participantId),
				recovery: null
			}),
			'logbook.already_set_up'
		);
		const ids = [crypto.randomUUID(), crypto.randomUUID()];
		for (const [index, id] of ids.entries())
			await saveEntry(teen, await sealedEntry(key, teen, id, 1, WORDS[index]!));

		// On another device: the pass-phrase opens the key, the key opens each entry at its place.
		const stored = await myLogbook(teen);
		const unlocked = await unwrapWithPassphrase(stored.wrappedKey!, PASSPHRASE, teen.participantId);
		const read = await Promise.all(
			stored.entries.map((entry) =>
				decryptEntry(unlocked, entry, {
					id: entry.id,
					owner: teen.participantId,
					version: entry.version
				})
			)
		);
		expect(read.map((entry) => (entry as { text: string }).text).sort()).toEqual([...WORDS].sort());
		expect(stored.entries[0]!.writtenOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);

		// Nobody else reads or touches it.
		expect(await myLogbook(other)).toEqual({
			owner: other.participantId,
			wrappedKey: null,
			recovery: null,
			entries: []
		});
		await refused(myLogbook(facilitator));
		await refused(deleteEntry(other, ids[0]!));
		await refused(saveEntry(other, await sealedEntry(key, other, ids[0]!, 2, 'volé')));

		// Every table, as text: no word she wrote, nor her pass-phrase.
		const everything = await everyTable();
		expect(everything).toContain(ids[0]);
		for (const secret of ['Samia', 'peur', 'retourner', PASSPHRASE, 'violette'])
			expect(everything).not.toContain(secret);
	});

	it('takes each entry’s versions one after the other: a replay or a lost race changes nothing', async () => {
		const key = await newDataKey();
		await setUpLogbook(other, {
			wrappedKey: await wrapWithPassphrase(key, PASSPHRASE, other.participantId),
			recovery: null
		});
		const id = crypto.randomUUID();
		const first = await sealedEntry(key, other, id, 1, 'Première version');
		await saveEntry(other, first);
		const second = await sealedEntry(key, other, id, 2, 'Deuxième version');
		await saveEntry(other, second);
		// The first version again, or the second twice (another device's older save): refused.
		await failsWith(saveEntry(other, first), 'logbook.stale');
		await failsWith(saveEntry(other, second), 'logbook.stale');
		await failsWith(
			saveEntry(other, await sealedEntry(key, other, id, 4, 'Saut')),
			'logbook.stale'
		);
		const [kept] = (await myLogbook(other)).entries.filter((entry) => entry.id === id);
		expect(kept!.version).toBe(2);
		expect(await decryptEntry(key, kept!, { id, owner: other.participantId, version: 2 })).toEqual({
			text: 'Deuxième version'
		});
		await deleteEntry(other, id);
		expect((await myLogbook(other)).entries.map((entry) => entry.id)).not.toContain(id);
		await refused(deleteEntry(other, id));
	});

	it('refuses ciphertext in any other shape than her browser makes', () => {
		const good = { id: crypto.randomUUID(), version: 1, iv: 'A'.repeat(16), data: 'A'.repeat(704) };
		expect(entryInput.safeParse(good).success).toBe(true);
		for (const bad of [
			{ ...good, data: 'A'.repeat(700) },
			{ ...good, data: `${'A'.repeat(703)}*` },
			{ ...good, iv: 'A'.repeat(20) },
			{ ...good, version: 0 },
			{ ...good, id: 'not-an-id' },
			{ ...good, text: 'en clair' }
		])
			expect(entryInput.safeParse(bad).success, JSON.stringify(bad).slice(0, 80)).toBe(false);
	});
});

describe('an adult’s key pair', () => {
	it('is kept for the adults who run groups, opened with their password, and never replaced by another', async () => {
		const made = await newAdultKey(facilitator.userId, TEST_PASSWORD);
		const input = (password: string, key = made) => adultKeyInput.parse({ ...key, password });
		expect(await myAdultKey(facilitator)).toBeNull();
		// A mistyped password would leave the key unusable: the server confirms it first, and keeps nothing.
		await failsWith(
			keepAdultKey(facilitator, input('pas le mien'), ADDRESS),
			'identity.own_password_wrong'
		);
		expect(await myAdultKey(facilitator)).toBeNull();
		await keepAdultKey(facilitator, input(TEST_PASSWORD), ADDRESS);
		// Something sealed to her public key opens with her private key, unwrapped with her password.
		const kept = (await myAdultKey(facilitator))!;
		const sealed = await sealTo(kept.publicKey, new TextEncoder().encode('partagé'), 'share:1');
		const privateKey = await openAdultKey(facilitator.userId, kept.wrappedPrivate, TEST_PASSWORD);
		expect(new TextDecoder().decode(await openSealed(privateKey, sealed, 'share:1'))).toBe(
			'partagé'
		);
		// Wrapped again (after a password change): the same pair.
		await keepAdultKey(
			facilitator,
			input(TEST_PASSWORD, {
				...made,
				wrappedPrivate: await rewrapAdultKey(facilitator.userId, privateKey, TEST_PASSWORD)
			}),
			ADDRESS
		);
		expect((await myAdultKey(facilitator))!.publicKey).toEqual(made.publicKey);
		// Another pair would leave what was sealed to this one unreadable.
		const another = await newAdultKey(facilitator.userId, TEST_PASSWORD);
		await failsWith(
			keepAdultKey(facilitator, input(TEST_PASSWORD, another), ADDRESS),
			'logbook.key_exists'
		);
		await refused(myAdultKey(researcher));
		await refused(myAdultKey(teen));
		await refused(keepAdultKey(teen, input(TEST_PASSWORD), ADDRESS));
		expect(
			adultKeyInput.safeParse({ ...input(TEST_PASSWORD), publicKey: { kty: 'EC' } }).success
		).toBe(false);
	});
});

describe('shares and the escrow', () => {
	const SHARED = 'Je voulais te dire que ça ne va pas fort à la maison.';
	let designated: UserActor;
	let colleague: UserActor;
	let stranger: UserActor;
	let her: ParticipantActor;
	let signIn: string;
	let groupId: string;

	beforeAll(async () => {
		const admin = await createAdult({ admin: true });
		const organisationId = await createOrganisation(admin, { name: 'Organisme B' });
		const member = (role: 'facilitator' | 'coordinator') =>
			createAdult({ memberships: { [organisationId]: role } });
		// One after the other: test adults are numbered as they are made.
		designated = await member('facilitator');
		colleague = await member('facilitator');
		stranger = await member('coordinator');
		groupId = await createGroup(designated, organisationId, {
			name: 'Groupe B',
			approvalRequired: false,
			expiresInDays: null
		});
		await addFacilitator(designated, groupId, colleague.userId);
		const added = await addParticipant(designated, groupId, 'Hibou gris', 'fr');
		her = (await participantActor(added.userId))!;
		signIn = added.passphrase;
		for (const adult of [designated, colleague, stranger])
			await keepAdultKey(
				adult,
				adultKeyInput.parse({
					...(await newAdultKey(adult.userId, TEST_PASSWORD)),
					password: TEST_PASSWORD
				}),
				ADDRESS
			);
	});

	it('shares one page with one facilitator of her group, who alone reads it until she takes it back', async () => {
		const key = await newDataKey();
		await setUpLogbook(her, {
			wrappedKey: await wrapWithPassphrase(key, PASSPHRASE, her.participantId),
			recovery: null
		});
		const entryId = crypto.randomUUID();
		const content = { text: SHARED, mood: 2, feelings: ['fear' as const], prompt: null };
		const sealed = await encryptEntry(key, content, {
			id: entryId,
			owner: her.participantId,
			version: 1
		});
		await saveEntry(her, entryInput.parse({ id: entryId, version: 1, ...sealed }));

		// She can share with the facilitators of her group, not with another adult of the organisation.
		const targets = await shareTargets(her);
		expect(targets.map((target) => target.userId).sort()).toEqual(
			[designated.userId, colleague.userId].sort()
		);
		const shareWith = async (
			recipient: UserActor,
			publicKey: JsonWebKey,
			id = crypto.randomUUID()
		) =>
			shareInput.parse({
				id,
				entryId,
				recipientId: recipient.userId,
				sealed: await sealShare(
					{ ...content, writtenOn: '2026-12-07' },
					{ id, owner: her.participantId, recipientId: recipient.userId },
					publicKey
				)
			});
		const colleagueKey = targets.find((target) => target.userId === colleague.userId)!.publicKey;
		const strangerKey = (await myAdultKey(stranger))!.publicKey;
		await refused(shareEntry(her, await shareWith(stranger, strangerKey)));
		await refused(shareEntry(stranger, await shareWith(colleague, colleagueKey)));
		const share = await shareWith(colleague, colleagueKey);
		await shareEntry(her, share);
		await failsWith(
			shareEntry(her, await shareWith(colleague, colleagueKey)),
			'logbook.already_shared'
		);
		expect((await myShares(her)).map((item) => item.entryId)).toEqual([entryId]);

		// The colleague reads it with their own key; nobody else has anything to read.
		const [received] = await sharedWithMe(colleague);
		expect(received!.pseudonym).toBe('Hibou gris');
		const colleaguePrivate = await openAdultKey(
			colleague.userId,
			(await myAdultKey(colleague))!.wrappedPrivate,
			TEST_PASSWORD
		);
		expect(
			await openShare(colleaguePrivate, { ...received!, recipientId: colleague.userId })
		).toMatchObject({ text: SHARED, mood: 2 });
		// Bound to its adult: opened as if it were another's, it fails.
		await expect(
			openShare(colleaguePrivate, { ...received!, recipientId: designated.userId })
		).rejects.toThrow('wrong_key');
		expect(await sharedWithMe(designated)).toEqual([]);
		expect(await sharedWithMe(stranger)).toEqual([]);
		await refused(revokeShare(stranger, share.id));
		await revokeShare(her, share.id);
		expect(await sharedWithMe(colleague)).toEqual([]);

		// Deleting a page takes every copy she shared with it.
		await shareEntry(her, await shareWith(colleague, colleagueKey));
		await deleteEntry(her, entryId);
		expect(await sharedWithMe(colleague)).toEqual([]);
	});

	it('recovers her key only from both halves, joined with her sign-in pass-phrase after her facilitator approves', async () => {
		const key = await newDataKey();
		const state = await escrowState(her);
		expect(state.holder!.userId).toBe(designated.userId);
		expect(state.set).toBeNull();
		// Her card was printed by her facilitator, who knows its pass-phrase: it could not protect half A from
		// them. She changes it herself first (a wrong current one refused), for one only she has seen.
		expect(state.signInFromAdult).toBe(true);
		const printed = await makeEscrow(key, signIn, state.holder!.publicKey, her.participantId);
		await failsWith(
			setEscrow(
				her,
				escrowInput.parse({ signInPassphrase: signIn, holderId: designated.userId, ...printed }),
				ADDRESS
			),
			'logbook.passphrase_from_adult'
		);
		await failsWith(
			changeOwnPassphrase(her, 'pas la bonne', 'fr', ADDRESS),
			'identity.own_passphrase_wrong'
		);
		signIn = (await changeOwnPassphrase(her, signIn, 'fr', ADDRESS)).passphrase;
		expect((await escrowState(her)).signInFromAdult).toBe(false);
		const halves = await makeEscrow(key, signIn, state.holder!.publicKey, her.participantId);
		const escrow = (secret: string, holderId = designated.userId) =>
			escrowInput.parse({ signInPassphrase: secret, holderId, ...halves });
		await failsWith(
			setEscrow(her, escrow('pas la bonne'), ADDRESS),
			'identity.own_passphrase_wrong'
		);
		// Only her designated facilitator holds half B.
		await refused(setEscrow(her, escrow(signIn, colleague.userId), ADDRESS));
		// Forgiving, as sign-in is: capitals and dashes do not matter.
		await setEscrow(her, escrow(signIn.toUpperCase().replaceAll(' ', '-')), ADDRESS);
		expect((await escrowState(her)).set).not.toBeNull();

		const request = await newRecoveryRequest(signIn, her.participantId);
		await requestRecovery(
			her,
			recoveryRequestInput.parse({ signInPassphrase: signIn, ...request }),
			ADDRESS
		);
		expect((await escrowState(her)).request).toMatchObject({ status: 'waiting' });
		// Only the adult holding half B sees and approves the request.
		expect(await recoveriesToApprove(colleague)).toEqual([]);
		const [asked] = await recoveriesToApprove(designated);
		expect(asked!.pseudonym).toBe('Hibou gris');
		const designatedPrivate = await openAdultKey(
			designated.userId,
			(await myAdultKey(designated))!.wrappedPrivate,
			TEST_PASSWORD
		);
		const released = await releaseHalf(
			designatedPrivate,
			asked!.theirs,
			asked!.requestKey,
			her.participantId
		);
		await refused(approveRecovery(colleague, her.participantId, releaseInput.parse({ released })));
		await approveRecovery(designated, her.participantId, releaseInput.parse({ released }));
		const approved = (await escrowState(her)).request;
		if (approved?.status !== 'approved') throw new Error('not approved');

		// Both halves give her key back; either half alone (a wrong pass-phrase, or half A with a stranger's
		// half B) opens nothing.
		const entry = await encryptEntry(
			key,
			{ text: 'x' },
			{ id: 'e', owner: her.participantId, version: 1 }
		);
		const joined = await recoverWithEscrow(signIn, approved, her.participantId);
		expect(
			await decryptEntry(joined, entry, { id: 'e', owner: her.participantId, version: 1 })
		).toEqual({ text: 'x' });
		await expect(recoverWithEscrow('pas la bonne', approved, her.participantId)).rejects.toThrow(
			'wrong_key'
		);
		// Half B of another key (made the same way, for the same adult): with her half A, a wrong key.
		const otherHalves = await makeEscrow(
			await newDataKey(),
			signIn,
			state.holder!.publicKey,
			her.participantId
		);
		const otherReleased = await releaseHalf(
			designatedPrivate,
			otherHalves.theirs,
			asked!.requestKey,
			her.participantId
		);
		const mixed = await recoverWithEscrow(
			signIn,
			{ ...approved, released: otherReleased },
			her.participantId
		);
		await expect(
			decryptEntry(mixed, entry, { id: 'e', owner: her.participantId, version: 1 })
		).rejects.toThrow('wrong_key');
		await endRecovery(her);
		expect((await escrowState(her)).request).toBeNull();

		// Her facilitator no longer runs her group: she must make her escrow again before asking.
		await designateFacilitator(designated, groupId, colleague.userId);
		await removeFacilitator(colleague, groupId, designated.userId);
		await failsWith(
			requestRecovery(
				her,
				recoveryRequestInput.parse({ signInPassphrase: signIn, ...request }),
				ADDRESS
			),
			'logbook.no_escrow'
		);

		// Every table, as text: not her words, nor either pass-phrase.
		const everything = await everyTable();
		for (const secret of [SHARED, 'maison', signIn, passphraseSecret(signIn), PASSPHRASE])
			expect(everything).not.toContain(secret);
	});

	it('lets an adult who lost their previous password start again: what was sealed to their old key goes', async () => {
		// After the test above, the colleague is her group's designated facilitator.
		const key = await newDataKey();
		const entryId = crypto.randomUUID();
		const sealed = await encryptEntry(
			key,
			{ text: 'x' },
			{
				id: entryId,
				owner: her.participantId,
				version: 1
			}
		);
		await saveEntry(her, entryInput.parse({ id: entryId, version: 1, ...sealed }));
		const colleagueKey = (await myAdultKey(colleague))!.publicKey;
		const shareId = crypto.randomUUID();
		await shareEntry(
			her,
			shareInput.parse({
				id: shareId,
				entryId,
				recipientId: colleague.userId,
				sealed: await sealShare(
					{ text: 'x', mood: null, feelings: [], prompt: null, writtenOn: '2026-12-07' },
					{ id: shareId, owner: her.participantId, recipientId: colleague.userId },
					colleagueKey
				)
			})
		);
		const halves = await makeEscrow(key, signIn, colleagueKey, her.participantId);
		await setEscrow(
			her,
			escrowInput.parse({ signInPassphrase: signIn, holderId: colleague.userId, ...halves }),
			ADDRESS
		);
		expect((await escrowState(her)).set).not.toBeNull();
		expect(await sharedWithMe(colleague)).toHaveLength(1);

		await refused(startAgain(her));
		await startAgain(colleague);
		expect(await myAdultKey(colleague)).toBeNull();
		expect(await sharedWithMe(colleague)).toEqual([]);
		expect((await escrowState(her)).set).toBeNull();
		expect((await shareTargets(her)).map((target) => target.userId)).not.toContain(
			colleague.userId
		);
	});
});
