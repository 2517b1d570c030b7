// Tables of the logbook module: ciphertext and the least metadata we could keep (docs/logbook-security.md). Nothing
// here can be read without keys that never leave the participant's browser.
import { date, index, integer, jsonb, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import type { PassphraseWrapped, PublicSealed, Sealed } from '#lib/domain/logbook/crypto.ts';

/**
 * A participant's logbook: her data key wrapped under her logbook pass-phrase, and the recovery paths she chose
 * (a code; the two escrow halves). The identity module's participant, with no foreign key across modules.
 */
export const logbook = pgTable('logbook', {
	participantId: uuid('participant_id').primaryKey(),
	organisationId: uuid('organisation_id').notNull(),
	wrappedKey: jsonb('wrapped_key').$type<PassphraseWrapped>().notNull(),
	/** The data key wrapped under her recovery code, if she chose one. */
	recovery: jsonb('recovery').$type<Sealed & { salt: string }>(),
	/** Escrow half A, wrapped under her sign-in pass-phrase. */
	escrowMine: jsonb('escrow_mine').$type<PassphraseWrapped>(),
	/** Escrow half B, sealed to her group's designated facilitator. */
	escrowTheirs: jsonb('escrow_theirs').$type<PublicSealed>(),
	/** The adult (Better Auth user id) half B is sealed to. */
	escrowHolder: text('escrow_holder'),
	/** Days only: when it was made (no time of day). */
	createdOn: date('created_on').notNull()
});

/**
 * One entry: AES-GCM ciphertext padded to a size bucket, bound to its id, owner and version. Its version goes up by
 * exactly one on each save, so an older ciphertext cannot be put back.
 */
export const logbookEntry = pgTable(
	'logbook_entry',
	{
		/** Chosen in her browser (it is part of what the ciphertext is bound to). */
		id: uuid('id').primaryKey(),
		participantId: uuid('participant_id').notNull(),
		version: integer('version').notNull(),
		iv: text('iv').notNull(),
		data: text('data').notNull(),
		/** The size bucket (bytes of padded plaintext). */
		size: integer('size').notNull(),
		writtenOn: date('written_on').notNull(),
		updatedOn: date('updated_on').notNull(),
		/** The reflection activity it answers (a live session's activity), if any: no words, only where. */
		promptRef: text('prompt_ref')
	},
	(table) => [index('logbook_entry_participant').on(table.participantId)]
);

/**
 * An adult's key pair for what youth share with them (an entry, an escrow half): the public key, and the private
 * key wrapped in the adult's browser under a key derived from their password (wrapped again when it changes).
 */
export const logbookAdultKey = pgTable('logbook_adult_key', {
	/** Better Auth's user id (text, not a UUID). */
	userId: text('user_id').primaryKey(),
	publicKey: jsonb('public_key').$type<JsonWebKey>().notNull(),
	wrappedPrivate: jsonb('wrapped_private').$type<PassphraseWrapped>().notNull(),
	updatedOn: date('updated_on').notNull()
});

/**
 * One entry she shares with one adult: a copy sealed to their public key in her browser (never the data key).
 * Revoking deletes it. The adult sees it, and nothing else of her logbook.
 */
export const logbookShare = pgTable(
	'logbook_share',
	{
		/** Chosen in her browser (it is bound into the seal, with her and the adult). */
		id: uuid('id').primaryKey(),
		participantId: uuid('participant_id').notNull(),
		entryId: uuid('entry_id').notNull(),
		recipientId: text('recipient_id').notNull(),
		sealed: jsonb('sealed').$type<PublicSealed>().notNull(),
		sharedOn: date('shared_on').notNull()
	},
	(table) => [
		index('logbook_share_recipient').on(table.recipientId),
		unique('logbook_share_entry_recipient').on(table.entryId, table.recipientId)
	]
);

/**
 * Her request to recover her logbook through the escrow: a key pair made in her browser for the request (its
 * private key wrapped under her sign-in pass-phrase), and, once her facilitator approves, half B sealed to it.
 */
export const logbookRecovery = pgTable('logbook_recovery', {
	participantId: uuid('participant_id').primaryKey(),
	holderId: text('holder_id').notNull(),
	requestKey: jsonb('request_key').$type<JsonWebKey>().notNull(),
	requestPrivate: jsonb('request_private').$type<PassphraseWrapped>().notNull(),
	released: jsonb('released').$type<PublicSealed>(),
	requestedOn: date('requested_on').notNull(),
	approvedOn: date('approved_on')
});
