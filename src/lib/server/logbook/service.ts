// The logbook module: each participant's private journal, kept as ciphertext her browser makes and reads
// (docs/logbook-security.md). The server checks shapes, ownership and versions; it never sees a key or a word.
// An entry's version goes up by exactly one at each save, so an older ciphertext cannot be put back (the browser
// binds the version into the ciphertext, so one cannot be relabelled either).
import { and, asc, eq } from 'drizzle-orm';
import { SIZE_BUCKETS, fromBase64 } from '#lib/domain/logbook/crypto.ts';
import { db } from '../db/client.ts';
import type { Actor, ParticipantActor } from '../platform/actor.ts';
import { DomainError, notFoundOrNotAllowed } from '../platform/errors.ts';
import { allows, authorise } from '../platform/rights.ts';
import type { AdultKeyInput, EntryInput, SetUpInput } from './inputs.ts';
import { logbook, logbookAdultKey, logbookEntry } from './schema.ts';

/** Today, as the day only: no time of day is kept. */
const today = (now: Date) => now.toISOString().slice(0, 10);

/** Her own logbook's owner: a participant holding the right, or "not found or not allowed". */
function owner(actor: Actor): ParticipantActor {
	if (actor.kind !== 'participant') throw notFoundOrNotAllowed();
	authorise(actor, 'logbook.keep', { organisationId: actor.organisationId });
	return actor;
}

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
	wrappedKey: SetUpInput['wrappedKey'] | null;
	recovery: SetUpInput['recovery'];
	entries: EntryCiphertext[];
};

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

/** Her data key wrapped again, under a new logbook pass-phrase (or stronger parameters). */
export async function rewrapLogbook(
	actor: Actor,
	wrappedKey: SetUpInput['wrappedKey']
): Promise<void> {
	const me = owner(actor);
	const changed = await db()
		.update(logbook)
		.set({ wrappedKey })
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
	const size = fromBase64(input.data).length - 16;
	if (!(SIZE_BUCKETS as readonly number[]).includes(size))
		throw new DomainError('validation.invalid', 400);
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

/** Deletes one of her entries, for good. */
export async function deleteEntry(actor: Actor, id: string): Promise<void> {
	const me = owner(actor);
	const gone = await db()
		.delete(logbookEntry)
		.where(and(eq(logbookEntry.id, id), eq(logbookEntry.participantId, me.participantId)))
		.returning({ id: logbookEntry.id });
	if (gone.length === 0) throw notFoundOrNotAllowed();
}

// ---------------------------------------------------------------------------------------------------------
// Adults' key pairs (what youth share with them is sealed to the public key)

/** An adult who may receive what youth share, in one of their organisations, or "not found or not allowed". */
function receiver(actor: Actor): Extract<Actor, { kind: 'user' }> {
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
	now = new Date()
): Promise<void> {
	const me = receiver(actor);
	const existing = await myAdultKey(me);
	if (
		existing &&
		(existing.publicKey.x !== input.publicKey.x || existing.publicKey.y !== input.publicKey.y)
	)
		throw new DomainError('logbook.key_exists', 409);
	await db()
		.insert(logbookAdultKey)
		.values({ userId: me.userId, ...input, updatedOn: today(now) })
		.onConflictDoUpdate({
			target: logbookAdultKey.userId,
			set: { wrappedPrivate: input.wrappedPrivate, updatedOn: today(now) }
		});
}
