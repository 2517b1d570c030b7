// The logbook module: each participant's private journal, kept as ciphertext her browser makes and reads
// (docs/logbook-security.md). The server checks shapes, ownership and versions; it never sees a key or a word.
// An entry's version goes up by exactly one at each save, so an older ciphertext cannot be put back (the browser
// binds the version into the ciphertext, so one cannot be relabelled either).
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { SIZE_BUCKETS, fromBase64 } from '#lib/domain/logbook/crypto.ts';
import type { Localized } from '#lib/domain/programs/localized.ts';
import { db } from '../db/client.ts';
import type { Actor, ParticipantActor, UserActor } from '../platform/actor.ts';
import { recordAudit } from '../platform/audit.ts';
import { DomainError, notFoundOrNotAllowed } from '../platform/errors.ts';
import { allows, authorise } from '../platform/rights.ts';
import {
	confirmOwnSecret,
	currentFacilitatorsOf,
	facilitatorsOfGroups,
	passphraseFromAdult,
	pseudonymsOf
} from '../identity/service.ts';
import { reflectionsAttended } from '../live/service.ts';
import type {
	EscrowState,
	LogbookCiphertext,
	MyShare,
	ShareTarget
} from '#lib/domain/logbook/views.ts';
import type {
	AdultKeyInput,
	EntryInput,
	EscrowInput,
	RecoveryRequestInput,
	ReleaseInput,
	RewrapInput,
	SetUpInput,
	ShareInput
} from './inputs.ts';
import { logbook, logbookAdultKey, logbookEntry, logbookRecovery, logbookShare } from './schema.ts';

/** Today, as the day only: no time of day is kept. */
const today = (now: Date) => now.toISOString().slice(0, 10);

/** Her own logbook's owner: a participant holding the right, or "not found or not allowed". */
function owner(actor: Actor): ParticipantActor {
	if (actor.kind !== 'participant') throw notFoundOrNotAllowed();
	authorise(actor, 'logbook.keep', { organisationId: actor.organisationId });
	return actor;
}

/** Her logbook as stored: the wrapped key and every entry's ciphertext, for her browser to unlock and read. */
export async function myLogbook(actor: Actor): Promise<LogbookCiphertext> {
	const me = owner(actor);
	const [kept] = await db()
		.select()
		.from(logbook)
		.where(eq(logbook.participantId, me.participantId));
	if (!kept) return { owner: me.participantId, wrappedKey: null, recovery: null, entries: [] };
	const entries = await db()
		.select({
			id: logbookEntry.id,
			version: logbookEntry.version,
			iv: logbookEntry.iv,
			data: logbookEntry.data,
			writtenOn: logbookEntry.writtenOn,
			updatedOn: logbookEntry.updatedOn,
			promptRef: logbookEntry.promptRef
		})
		.from(logbookEntry)
		.where(eq(logbookEntry.participantId, me.participantId))
		.orderBy(asc(logbookEntry.writtenOn), asc(logbookEntry.id));
	return { owner: me.participantId, wrappedKey: kept.wrappedKey, recovery: kept.recovery, entries };
}

/** Sets up her logbook once: her data key wrapped under her logbook pass-phrase, and her recovery code's wrap. */
export async function setUpLogbook(
	actor: Actor,
	input: SetUpInput,
	now = new Date()
): Promise<void> {
	const me = owner(actor);
	const [made] = await db()
		.insert(logbook)
		.values({
			participantId: me.participantId,
			organisationId: me.organisationId,
			wrappedKey: input.wrappedKey,
			recovery: input.recovery,
			createdOn: today(now)
		})
		.onConflictDoNothing()
		.returning({ participantId: logbook.participantId });
	if (!made) throw new DomainError('logbook.already_set_up', 409);
}

/**
 * Her data key wrapped again, under a new logbook pass-phrase (or stronger parameters), and under a new recovery
 * code when she asks for one (the old code then stops working).
 */
export async function rewrapLogbook(actor: Actor, input: RewrapInput): Promise<void> {
	const me = owner(actor);
	const changed = await db()
		.update(logbook)
		.set(
			input.recovery
				? { wrappedKey: input.wrappedKey, recovery: input.recovery }
				: { wrappedKey: input.wrappedKey }
		)
		.where(eq(logbook.participantId, me.participantId))
		.returning({ participantId: logbook.participantId });
	if (changed.length === 0) throw new DomainError('logbook.not_set_up', 409);
}

/**
 * Saves an entry's new version: version 1 makes it, version n + 1 replaces version n. Anything else (a replay, a
 * save that lost a race with another of her devices) is refused as stale, and nothing changes.
 */
export async function saveEntry(actor: Actor, input: EntryInput, now = new Date()): Promise<void> {
	const me = owner(actor);
	const size = bucketOf(input.data);
	const [existing] = await db()
		.select({ participantId: logbookEntry.participantId })
		.from(logbookEntry)
		.where(eq(logbookEntry.id, input.id));
	// Another participant's entry is not hers to know of.
	if (existing && existing.participantId !== me.participantId) throw notFoundOrNotAllowed();
	const [kept] = await db()
		.select({ participantId: logbook.participantId })
		.from(logbook)
		.where(eq(logbook.participantId, me.participantId));
	if (!kept) throw new DomainError('logbook.not_set_up', 409);
	const day = today(now);
	const saved =
		input.version === 1
			? await db()
					.insert(logbookEntry)
					.values({
						id: input.id,
						participantId: me.participantId,
						version: 1,
						iv: input.iv,
						data: input.data,
						size,
						writtenOn: day,
						updatedOn: day,
						promptRef: input.promptRef
					})
					.onConflictDoNothing()
					.returning({ id: logbookEntry.id })
			: await db()
					.update(logbookEntry)
					.set({
						version: input.version,
						iv: input.iv,
						data: input.data,
						size,
						updatedOn: day,
						promptRef: input.promptRef
					})
					.where(
						and(
							eq(logbookEntry.id, input.id),
							eq(logbookEntry.participantId, me.participantId),
							eq(logbookEntry.version, input.version - 1)
						)
					)
					.returning({ id: logbookEntry.id });
	if (saved.length === 0) throw new DomainError('logbook.stale', 409);
}

/** Deletes one of her entries for good, and every copy she shared of it. */
export async function deleteEntry(actor: Actor, id: string): Promise<void> {
	const me = owner(actor);
	await db().transaction(async (tx) => {
		const gone = await tx
			.delete(logbookEntry)
			.where(and(eq(logbookEntry.id, id), eq(logbookEntry.participantId, me.participantId)))
			.returning({ id: logbookEntry.id });
		if (gone.length === 0) throw notFoundOrNotAllowed();
		await tx
			.delete(logbookShare)
			.where(and(eq(logbookShare.entryId, id), eq(logbookShare.participantId, me.participantId)));
	});
}

/** A size the bucket list knows, from the base64 of AES-GCM output (its 16-byte tag taken off). */
function bucketOf(data: string): number {
	const size = fromBase64(data).length - 16;
	if (!(SIZE_BUCKETS as readonly number[]).includes(size))
		throw new DomainError('validation.invalid', 400);
	return size;
}

async function ownLogbook(me: ParticipantActor) {
	const [kept] = await db()
		.select()
		.from(logbook)
		.where(eq(logbook.participantId, me.participantId));
	if (!kept) throw new DomainError('logbook.not_set_up', 409);
	return kept;
}

// ---------------------------------------------------------------------------------------------------------
// Reflection prompts of the workshops she attended

export type LogbookPrompt = { ref: string; prompt: Localized; workshop: Localized; on: string };

/** The reflection prompts of the live sessions she was at, newest first (answered ones included: her browser
 * knows which entries answer which, the server only that one does). */
export async function reflectionPrompts(actor: Actor): Promise<LogbookPrompt[]> {
	const me = owner(actor);
	const prompts = await reflectionsAttended(me.participantId);
	return prompts.map((prompt) => ({ ...prompt, on: today(prompt.on) }));
}

// ---------------------------------------------------------------------------------------------------------
// Sharing one entry with one adult of her groups

/** The facilitators of her groups who can receive (they made their key pair), by name. */
export async function shareTargets(actor: Actor): Promise<ShareTarget[]> {
	const me = owner(actor);
	const facilitators = await facilitatorsOfGroups(me.groups.map((group) => group.id));
	const ids = [...new Set(facilitators.map((facilitator) => facilitator.userId))];
	if (ids.length === 0) return [];
	const keys = await db()
		.select({ userId: logbookAdultKey.userId, publicKey: logbookAdultKey.publicKey })
		.from(logbookAdultKey)
		.where(inArray(logbookAdultKey.userId, ids));
	const keyOf = new Map(keys.map((key) => [key.userId, key.publicKey]));
	return ids
		.filter((id) => keyOf.has(id))
		.map((id) => ({
			userId: id,
			name: facilitators.find((facilitator) => facilitator.userId === id)!.name,
			publicKey: keyOf.get(id)!
		}));
}

/** Shares one of her entries with one facilitator of her groups: the copy her browser sealed to their key. */
export async function shareEntry(actor: Actor, input: ShareInput, now = new Date()): Promise<void> {
	const me = owner(actor);
	bucketOf(input.sealed.data);
	const [entry] = await db()
		.select({ id: logbookEntry.id })
		.from(logbookEntry)
		.where(
			and(eq(logbookEntry.id, input.entryId), eq(logbookEntry.participantId, me.participantId))
		);
	if (!entry) throw notFoundOrNotAllowed();
	const targets = await shareTargets(me);
	if (!targets.some((target) => target.userId === input.recipientId)) throw notFoundOrNotAllowed();
	const made = await db()
		.insert(logbookShare)
		.values({
			id: input.id,
			participantId: me.participantId,
			entryId: input.entryId,
			recipientId: input.recipientId,
			sealed: input.sealed,
			sharedOn: today(now)
		})
		.onConflictDoNothing()
		.returning({ id: logbookShare.id });
	if (made.length === 0) throw new DomainError('logbook.already_shared', 409);
}

/** What she shares, and with whom. */
export async function myShares(actor: Actor): Promise<MyShare[]> {
	const me = owner(actor);
	const shares = await db()
		.select({
			id: logbookShare.id,
			entryId: logbookShare.entryId,
			recipientId: logbookShare.recipientId,
			sharedOn: logbookShare.sharedOn
		})
		.from(logbookShare)
		.where(eq(logbookShare.participantId, me.participantId))
		.orderBy(asc(logbookShare.sharedOn));
	const names = new Map(
		(await facilitatorsOfGroups(me.groups.map((group) => group.id))).map((facilitator) => [
			facilitator.userId,
			facilitator.name
		])
	);
	return shares.map((share) => ({
		id: share.id,
		entryId: share.entryId,
		recipientName: names.get(share.recipientId) ?? '—',
		sharedOn: share.sharedOn
	}));
}

/** Takes a share back: the adult can no longer read it. */
export async function revokeShare(actor: Actor, shareId: string): Promise<void> {
	const me = owner(actor);
	const gone = await db()
		.delete(logbookShare)
		.where(and(eq(logbookShare.id, shareId), eq(logbookShare.participantId, me.participantId)))
		.returning({ id: logbookShare.id });
	if (gone.length === 0) throw notFoundOrNotAllowed();
}

export type SharedWithMe = {
	id: string;
	/** Her participant id: what the copy is bound to. */
	owner: string;
	pseudonym: string;
	sealed: ShareInput['sealed'];
	sharedOn: string;
};

/**
 * What youth share with this adult, and nothing else of any logbook: only while the adult still facilitates one
 * of her groups. Each page shown is recorded (read by whom, whose).
 */
export async function sharedWithMe(actor: Actor): Promise<SharedWithMe[]> {
	const me = receiver(actor);
	const rows = await db()
		.select({ share: logbookShare, organisationId: logbook.organisationId })
		.from(logbookShare)
		.innerJoin(logbook, eq(logbook.participantId, logbookShare.participantId))
		.where(eq(logbookShare.recipientId, me.userId))
		.orderBy(desc(logbookShare.sharedOn));
	const current = await currentFacilitatorsOf(rows.map((row) => row.share.participantId));
	const kept = rows.filter((row) => current.get(row.share.participantId)?.has(me.userId));
	const pseudonyms = await pseudonymsOf(kept.map((row) => row.share.participantId));
	for (const row of kept)
		await recordAudit(me, {
			action: 'logbook.share_shown',
			organisationId: row.organisationId,
			targetType: 'participant',
			targetId: row.share.participantId
		});
	return kept.map(({ share }) => ({
		id: share.id,
		owner: share.participantId,
		pseudonym: pseudonyms.get(share.participantId) ?? '—',
		sealed: share.sealed as SharedWithMe['sealed'],
		sharedOn: share.sharedOn
	}));
}

// ---------------------------------------------------------------------------------------------------------
// The escrow: two halves no single person holds, joined in her browser after her facilitator approves

type Facilitator = Awaited<ReturnType<typeof facilitatorsOfGroups>>[number];

/** Her usual group's designated facilitator, if they have a key pair: who holds half B. */
async function escrowHolder(
	me: ParticipantActor,
	facilitators: Facilitator[]
): Promise<EscrowState['holder']> {
	const usual = me.groups[0];
	const designated = facilitators.find((f) => f.groupId === usual?.id && f.designated);
	if (!designated) return null;
	const [key] = await db()
		.select({ publicKey: logbookAdultKey.publicKey })
		.from(logbookAdultKey)
		.where(eq(logbookAdultKey.userId, designated.userId));
	return key
		? { userId: designated.userId, name: designated.name, publicKey: key.publicKey }
		: null;
}

/** A request to recover is good for this many days; then it is gone, and she asks again. */
const REQUEST_DAYS = 3;

const expired = (requestedOn: string, now: Date) =>
	Date.parse(`${requestedOn}T00:00:00Z`) <
	Date.parse(`${today(now)}T00:00:00Z`) - REQUEST_DAYS * 864e5;

/** Her escrow: who can hold half B, whether it is set, and her request to recover. */
export async function escrowState(actor: Actor, now = new Date()): Promise<EscrowState> {
	const me = owner(actor);
	const kept = await ownLogbook(me);
	const facilitators = await facilitatorsOfGroups(me.groups.map((group) => group.id));
	const holder = await escrowHolder(me, facilitators);
	const holderName = (userId: string) =>
		facilitators.find((facilitator) => facilitator.userId === userId)?.name ?? null;
	// Half B with an adult who no longer runs her group is of no use: she makes her escrow again.
	const set =
		kept.escrowHolder && kept.escrowMine && holderName(kept.escrowHolder)
			? { holderName: holderName(kept.escrowHolder)! }
			: null;
	let [asked] = await db()
		.select()
		.from(logbookRecovery)
		.where(eq(logbookRecovery.participantId, me.participantId));
	if (asked && (expired(asked.requestedOn, now) || !set)) {
		await endRecovery(me);
		asked = undefined;
	}
	let request: EscrowState['request'] = null;
	if (asked && set) {
		request =
			asked.released && kept.escrowMine
				? {
						status: 'approved',
						holderName: set.holderName,
						mine: kept.escrowMine,
						released: asked.released as ReleaseInput['released'],
						requestPrivate: asked.requestPrivate
					}
				: { status: 'waiting', holderName: set.holderName, requestKey: asked.requestKey };
	}
	return {
		holder,
		set,
		signInFromAdult: await passphraseFromAdult(me.participantId),
		request
	};
}

/**
 * Sets (or makes again) her escrow: half A wrapped under her sign-in pass-phrase, which the server first confirms
 * is hers (a typo would leave the half unusable), and half B sealed to her designated facilitator.
 */
export async function setEscrow(actor: Actor, input: EscrowInput, address: string): Promise<void> {
	const me = owner(actor);
	await ownLogbook(me);
	const holder = await escrowHolder(
		me,
		await facilitatorsOfGroups(me.groups.map((group) => group.id))
	);
	if (!holder || holder.userId !== input.holderId) throw notFoundOrNotAllowed();
	// A pass-phrase an adult has seen would let that adult open half A: she changes it first.
	if (await passphraseFromAdult(me.participantId))
		throw new DomainError('logbook.passphrase_from_adult', 409);
	await confirmOwnSecret(me, input.signInPassphrase, address);
	await db().transaction(async (tx) => {
		await tx
			.update(logbook)
			.set({ escrowMine: input.mine, escrowTheirs: input.theirs, escrowHolder: input.holderId })
			.where(eq(logbook.participantId, me.participantId));
		// A request made with the old halves would join half A with the wrong half B.
		await tx.delete(logbookRecovery).where(eq(logbookRecovery.participantId, me.participantId));
	});
	await recordAudit(me, {
		action: 'logbook.escrow_set',
		organisationId: me.organisationId,
		targetType: 'participant',
		targetId: me.participantId
	});
}

/** She asks her facilitator to help her recover her logbook (audited; her facilitator sees the request). */
export async function requestRecovery(
	actor: Actor,
	input: RecoveryRequestInput,
	address: string,
	now = new Date()
): Promise<void> {
	const me = owner(actor);
	const kept = await ownLogbook(me);
	// Her half B is with an adult who still runs one of her groups, or the escrow must be made again.
	const facilitators = await facilitatorsOfGroups(me.groups.map((group) => group.id));
	if (
		!kept.escrowHolder ||
		!kept.escrowTheirs ||
		!facilitators.some((facilitator) => facilitator.userId === kept.escrowHolder)
	)
		throw new DomainError('logbook.no_escrow', 409);
	await confirmOwnSecret(me, input.signInPassphrase, address);
	const values = {
		holderId: kept.escrowHolder,
		requestKey: input.publicKey,
		requestPrivate: input.wrappedPrivate,
		released: null,
		requestedOn: today(now),
		approvedOn: null
	};
	await db()
		.insert(logbookRecovery)
		.values({ participantId: me.participantId, ...values })
		.onConflictDoUpdate({ target: logbookRecovery.participantId, set: values });
	await recordAudit(me, {
		action: 'logbook.recovery_requested',
		organisationId: me.organisationId,
		targetType: 'participant',
		targetId: me.participantId
	});
}

/** Her request is over: she recovered (and set a new logbook pass-phrase), or she takes it back (audited). */
export async function endRecovery(actor: Actor): Promise<void> {
	const me = owner(actor);
	const ended = await db()
		.delete(logbookRecovery)
		.where(eq(logbookRecovery.participantId, me.participantId))
		.returning({ participantId: logbookRecovery.participantId });
	if (ended.length > 0)
		await recordAudit(me, {
			action: 'logbook.recovery_ended',
			organisationId: me.organisationId,
			targetType: 'participant',
			targetId: me.participantId
		});
}

export type RecoveryToApprove = {
	participantId: string;
	pseudonym: string;
	requestedOn: string;
	approved: boolean;
	/** Half B, sealed to this adult: opened in their browser, then sealed again to the request's key. */
	theirs: EscrowInput['theirs'];
	requestKey: JsonWebKey;
};

/**
 * The recovery requests of the teens whose half B this adult holds, while they still facilitate one of her
 * groups and the request is fresh.
 */
export async function recoveriesToApprove(
	actor: Actor,
	now = new Date()
): Promise<RecoveryToApprove[]> {
	const me = receiver(actor);
	const rows = await db()
		.select({
			participantId: logbookRecovery.participantId,
			requestedOn: logbookRecovery.requestedOn,
			released: logbookRecovery.released,
			requestKey: logbookRecovery.requestKey,
			theirs: logbook.escrowTheirs,
			holder: logbook.escrowHolder
		})
		.from(logbookRecovery)
		.innerJoin(logbook, eq(logbook.participantId, logbookRecovery.participantId))
		.where(eq(logbookRecovery.holderId, me.userId));
	const current = await currentFacilitatorsOf(rows.map((row) => row.participantId));
	const held = rows.filter(
		(row) =>
			row.holder === me.userId &&
			row.theirs &&
			!expired(row.requestedOn, now) &&
			current.get(row.participantId)?.has(me.userId)
	);
	const pseudonyms = await pseudonymsOf(held.map((row) => row.participantId));
	return held.map((row) => ({
		participantId: row.participantId,
		pseudonym: pseudonyms.get(row.participantId) ?? '—',
		requestedOn: row.requestedOn,
		approved: row.released !== null,
		theirs: row.theirs as EscrowInput['theirs'],
		requestKey: row.requestKey
	}));
}

/** The facilitator approves (audited): half B, sealed again in their browser to her request's key. */
export async function approveRecovery(
	actor: Actor,
	participantId: string,
	input: ReleaseInput,
	now = new Date()
): Promise<void> {
	const me = receiver(actor);
	const [request] = (await recoveriesToApprove(me)).filter(
		(row) => row.participantId === participantId
	);
	if (!request) throw notFoundOrNotAllowed();
	const [kept] = await db()
		.select({ organisationId: logbook.organisationId })
		.from(logbook)
		.where(eq(logbook.participantId, participantId));
	await db()
		.update(logbookRecovery)
		.set({ released: input.released, approvedOn: today(now) })
		.where(
			and(eq(logbookRecovery.participantId, participantId), eq(logbookRecovery.holderId, me.userId))
		);
	await recordAudit(me, {
		action: 'logbook.recovery_approved',
		organisationId: kept!.organisationId,
		targetType: 'participant',
		targetId: participantId
	});
}

// ---------------------------------------------------------------------------------------------------------
// Adults' key pairs (what youth share with them is sealed to the public key)

/** An adult who may receive what youth share, in one of their organisations, or "not found or not allowed". */
function receiver(actor: Actor): UserActor {
	if (actor.kind !== 'user') throw notFoundOrNotAllowed();
	const member = actor.memberships.find((membership) =>
		allows(actor, 'logbook.receive', { organisationId: membership.organisationId })
	);
	if (!member) throw notFoundOrNotAllowed();
	return actor;
}

/** Their key pair as stored (the private key wrapped, for their browser to open), or null before they make one. */
export async function myAdultKey(
	actor: Actor
): Promise<Pick<AdultKeyInput, 'publicKey' | 'wrappedPrivate'> | null> {
	const me = receiver(actor);
	const [kept] = await db()
		.select({
			publicKey: logbookAdultKey.publicKey,
			wrappedPrivate: logbookAdultKey.wrappedPrivate
		})
		.from(logbookAdultKey)
		.where(eq(logbookAdultKey.userId, me.userId));
	return (kept as AdultKeyInput | undefined) ?? null;
}

/**
 * Keeps their key pair: made once in their browser, then only wrapped again (a new password) with the same public
 * key — a new public key would leave what was sealed to the old one unreadable, so it is refused.
 */
export async function keepAdultKey(
	actor: Actor,
	input: AdultKeyInput,
	address: string,
	now = new Date()
): Promise<void> {
	const me = receiver(actor);
	const existing = await myAdultKey(me);
	if (
		existing &&
		(existing.publicKey.x !== input.publicKey.x || existing.publicKey.y !== input.publicKey.y)
	)
		throw new DomainError('logbook.key_exists', 409);
	// Wrapped under a mistyped password, the key would be lost: the server confirms it is theirs first.
	await confirmOwnSecret(me, input.password, address);
	const { publicKey, wrappedPrivate } = input;
	await db()
		.insert(logbookAdultKey)
		.values({ userId: me.userId, publicKey, wrappedPrivate, updatedOn: today(now) })
		.onConflictDoUpdate({
			target: logbookAdultKey.userId,
			set: { wrappedPrivate: input.wrappedPrivate, updatedOn: today(now) }
		});
}

/**
 * An adult who lost the password their private key was wrapped under starts again (audited): their key pair,
 * the pages shared with them and the escrow halves they hold are gone (nobody can open them any more), so that
 * no teen goes on sharing with a key nobody can use. Teens then share again and set up their escrow again.
 */
export async function startAgain(actor: Actor): Promise<void> {
	const me = receiver(actor);
	await db().transaction(async (tx) => {
		await tx.delete(logbookShare).where(eq(logbookShare.recipientId, me.userId));
		await tx.delete(logbookRecovery).where(eq(logbookRecovery.holderId, me.userId));
		await tx
			.update(logbook)
			.set({ escrowMine: null, escrowTheirs: null, escrowHolder: null })
			.where(eq(logbook.escrowHolder, me.userId));
		await tx.delete(logbookAdultKey).where(eq(logbookAdultKey.userId, me.userId));
	});
	await recordAudit(me, {
		action: 'logbook.adult_key_reset',
		targetType: 'user',
		targetId: me.userId
	});
}
