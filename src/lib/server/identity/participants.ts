// Participant verbs: a teen joins a group with its code and a pseudonym, signs back in with a pass-phrase;
// facilitators pre-create participants for printed cards, reset a pass-phrase, and rename.
import { randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { APIError } from 'better-auth/api';
import QRCode from 'qrcode';
import { passphraseSecret } from '#lib/domain/words/passphrase-form.ts';
import { pseudonymProblem } from '#lib/domain/moderation/pseudonym-guard.ts';
import { db, type Executor } from '../db/client.ts';
import { anonymous, type Actor, type ParticipantActor } from '../platform/actor.ts';
import { config } from '../platform/config.ts';
import { DomainError, notFoundOrNotAllowed } from '../platform/errors.ts';
import { recordAudit } from '../platform/audit.ts';
import { log } from '../platform/log.ts';
import { withAttemptLimit, withSuccessLimit } from '../platform/rate-limit.ts';
import { auth } from './auth.ts';
import { confirmOwnSecret } from './own-secret.ts';
import { endReusedSessionsOf } from './session-reuse.ts';
import { formatJoinCode, normaliseJoinCode } from './credentials/join-code.ts';
import { generatePassphrase, type PassphraseLocale } from './credentials/passphrase.ts';
import { groupOpenForJoining, loadManagedGroup, managedGroupIds } from './groups.ts';
import { pseudonymRefusal, type JoinInput, type ParticipantSignInInput } from './inputs.ts';
import type { MessageKey } from '#lib/i18n/catalogue.ts';
import { account, groupMembership, participant, user, youthGroup } from './schema.ts';

/** The pseudonym folded for comparison: no case, no accents, single spaces. */
export function pseudonymKey(pseudonym: string): string {
	return pseudonym
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.trim();
}

function refusePersonalInformation(pseudonym: string): void {
	const kind = pseudonymProblem(pseudonym);
	if (kind) throw new DomainError(`identity.pseudonym_${kind}`, 400);
}

type NewParticipant = {
	participantId: string;
	userId: string;
	username: string;
	passphrase: string;
};

/** The pseudonym keys of a group's participants (one row each). */
function membersOf(groupId: string, database: Executor = db()) {
	return database
		.select({ key: groupMembership.pseudonymKey, participantId: groupMembership.participantId })
		.from(groupMembership)
		.where(eq(groupMembership.groupId, groupId));
}

/** The one answer when a group has as many participants as its facilitators allow. */
function groupFull(): DomainError {
	return new DomainError('identity.group_full', 409);
}

/**
 * Creates the account (no e-mail: a placeholder on the reserved .invalid domain, never mailed), its
 * pass-phrase credential and the participant, in one transaction: a crash leaves all of it or none. The
 * group's row is locked while its participants are counted, so that joins at the same instant cannot go
 * past the group's limit.
 */
async function createParticipantAccount(
	group: { id: string; organisationId: string },
	pseudonym: string,
	locale: PassphraseLocale,
	/** The facilitator who prepares a card, or anonymous when a teen joins by themselves. */
	creator: Actor
): Promise<NewParticipant> {
	const createdBy = creator.kind === 'user' ? creator.userId : null;
	refusePersonalInformation(pseudonym);
	const key = pseudonymKey(pseudonym);
	const participantId = randomUUID();
	const userId = randomUUID();
	const username = `p-${participantId}`;
	const passphrase = generatePassphrase(locale);
	// Hashed before the transaction: Argon2 takes tens of milliseconds, the lock should not.
	const passwordHash = await (
		await auth()
	).$context.then((context) => context.password.hash(passphraseSecret(passphrase)));
	await db().transaction(async (tx) => {
		const [locked] = await tx
			.select({ maxParticipants: youthGroup.maxParticipants })
			.from(youthGroup)
			.where(eq(youthGroup.id, group.id))
			.for('update');
		if (!locked) throw notFoundOrNotAllowed();
		const members = await membersOf(group.id, tx);
		if (members.some((member) => member.key === key))
			throw new DomainError('identity.pseudonym_taken', 409);
		if (members.length >= locked.maxParticipants) throw groupFull();
		await tx.insert(user).values({
			id: userId,
			name: pseudonym,
			email: `${participantId}@participants.invalid`,
			emailVerified: false,
			role: 'user',
			username,
			displayUsername: pseudonym
		});
		await tx.insert(account).values({
			id: randomUUID(),
			accountId: userId,
			providerId: 'credential',
			userId,
			password: passwordHash,
			updatedAt: new Date()
		});
		await tx.insert(participant).values({
			id: participantId,
			organisationId: group.organisationId,
			userId,
			pseudonym,
			pseudonymKey: key,
			createdBy,
			// Joining by herself, she alone saw it; on a printed card, the adult who printed it did too.
			passphraseFromAdult: creator.kind === 'user'
		});
		await tx
			.insert(groupMembership)
			.values({ groupId: group.id, participantId, pseudonymKey: key, addedBy: createdBy });
	});
	log.info({ module: 'identity', event: 'participant_created', groupId: group.id }, 'participant');
	await recordAudit(creator, {
		action: 'identity.participant_created',
		organisationId: group.organisationId,
		targetType: 'participant',
		targetId: participantId
	});
	return { participantId, userId, username, passphrase };
}

async function signInAs(
	username: string,
	passphrase: string,
	sharedDevice: boolean,
	headers: Headers
) {
	await (
		await auth()
	).api.signInUsername({
		body: { username, password: passphraseSecret(passphrase), rememberMe: !sharedDevice },
		headers
	});
}

/**
 * A teen joins with the group's code and a pseudonym; returns the pass-phrase to write down. Wrong codes
 * are limited per address (so codes cannot be found by trying many), and so are accounts created (so one
 * code cannot be used to make hundreds).
 */
export async function joinGroup(
	input: JoinInput,
	locale: PassphraseLocale,
	headers: Headers,
	address: string
): Promise<{ passphrase: string }> {
	const code = normaliseJoinCode(input.code);
	const group = await withAttemptLimit({ kind: 'join', address }, async () => {
		const found = code ? await groupOpenForJoining(code) : null;
		if (!found) throw new DomainError('identity.join_code_invalid', 400);
		return found;
	});
	const created = await withSuccessLimit({ kind: 'join_success', address }, () =>
		createParticipantAccount(group, input.pseudonym, locale, anonymous)
	);
	await signInAs(created.username, created.passphrase, false, headers);
	return { passphrase: created.passphrase };
}

/**
 * Signs a teen back in with pseudonym, the code of any of her groups, and pass-phrase. Every failure gets
 * the same answer, so nobody can learn which pseudonyms exist in a group.
 */
export async function signInParticipant(
	input: ParticipantSignInInput,
	headers: Headers,
	address: string
): Promise<void> {
	const code = normaliseJoinCode(input.code) ?? input.code.trim().toUpperCase();
	// The account is the group code and pseudonym typed, known or not: guessing is limited either way.
	const account = `${code}:${pseudonymKey(input.pseudonym)}`;
	try {
		await withAttemptLimit({ kind: 'participant_sign_in', account, address }, () =>
			checkParticipantCredentials(input, headers)
		);
	} catch (error) {
		if (error instanceof DomainError)
			await recordAudit(anonymous, { action: 'identity.participant_sign_in_failed' });
		throw error;
	}
}

async function checkParticipantCredentials(
	input: ParticipantSignInInput,
	headers: Headers
): Promise<void> {
	const failed = () => new DomainError('identity.participant_sign_in_failed', 400);
	const code = normaliseJoinCode(input.code);
	if (!code) throw failed();
	const [row] = await db()
		.select({ username: user.username })
		.from(groupMembership)
		.innerJoin(youthGroup, eq(youthGroup.id, groupMembership.groupId))
		.innerJoin(participant, eq(participant.id, groupMembership.participantId))
		.innerJoin(user, eq(user.id, participant.userId))
		.where(
			and(
				eq(youthGroup.joinCode, code),
				eq(groupMembership.pseudonymKey, pseudonymKey(input.pseudonym))
			)
		);
	try {
		// Without a match, a wrong-password attempt on a name that cannot exist costs the same time.
		await signInAs(
			row?.username ?? `p-${randomUUID()}`,
			input.passphrase,
			input.sharedDevice,
			headers
		);
	} catch (error) {
		if (error instanceof APIError) throw failed();
		throw error;
	}
}

/** A facilitator creates a participant in advance, for a printed card; returns the pass-phrase once. */
export async function addParticipant(
	actor: Actor,
	groupId: string,
	pseudonym: string,
	locale: PassphraseLocale
): Promise<{ participantId: string; userId: string; pseudonym: string; passphrase: string }> {
	const group = await loadManagedGroup(actor, groupId);
	const created = await createParticipantAccount(group, pseudonym, locale, actor);
	return {
		participantId: created.participantId,
		userId: created.userId,
		pseudonym,
		passphrase: created.passphrase
	};
}

/**
 * The participant, reached through a group the actor manages and she is in (the page the facilitator is
 * on). Anyone else, or a participant not in that group, is "not found or not allowed".
 */
async function managedParticipant(actor: Actor, participantId: string, groupId: string) {
	const group = await loadManagedGroup(actor, groupId);
	const [row] = await db()
		.select({
			id: participant.id,
			organisationId: participant.organisationId,
			userId: participant.userId,
			pseudonym: participant.pseudonym
		})
		.from(groupMembership)
		.innerJoin(participant, eq(participant.id, groupMembership.participantId))
		.where(
			and(eq(groupMembership.groupId, groupId), eq(groupMembership.participantId, participantId))
		);
	if (!row) throw notFoundOrNotAllowed();
	return { ...row, group };
}

/**
 * WARNING: replaces a teen's pass-phrase and signs them out everywhere. Returns the new pass-phrase,
 * to hand over in person or on a new card with the code of the group it is reset from.
 */
export async function resetPassphrase(
	actor: Actor,
	participantId: string,
	locale: PassphraseLocale,
	/** The group the facilitator resets it from: she must be in it, and it must be theirs. */
	groupId: string
): Promise<{ pseudonym: string; passphrase: string; joinCode: string }> {
	const row = await managedParticipant(actor, participantId, groupId);
	const passphrase = generatePassphrase(locale);
	const context = await (await auth()).$context;
	await context.internalAdapter.updatePassword(
		row.userId,
		await context.password.hash(passphraseSecret(passphrase))
	);
	await db()
		.update(participant)
		.set({ passphraseFromAdult: true })
		.where(eq(participant.id, participantId));
	await context.internalAdapter.deleteUserSessions(row.userId);
	await endReusedSessionsOf(row.userId);
	log.info({ module: 'identity', event: 'passphrase_reset', participantId }, 'pass-phrase reset');
	await recordAudit(actor, {
		action: 'identity.passphrase_reset',
		organisationId: row.organisationId,
		targetType: 'participant',
		targetId: participantId
	});
	return { pseudonym: row.pseudonym, passphrase, joinCode: row.group.joinCode };
}

/**
 * She changes her own sign-in pass-phrase: after her current one, a new one drawn like the first, shown to her
 * alone (once). No adult has seen it, so it can protect what must be hers alone (her logbook's escrow half).
 */
export async function changeOwnPassphrase(
	actor: Actor,
	current: string,
	locale: PassphraseLocale,
	address: string
): Promise<{ passphrase: string }> {
	if (actor.kind !== 'participant') throw notFoundOrNotAllowed();
	await confirmOwnSecret(actor, current, address);
	const passphrase = generatePassphrase(locale);
	const context = await (await auth()).$context;
	await context.internalAdapter.updatePassword(
		actor.userId,
		await context.password.hash(passphraseSecret(passphrase))
	);
	await db()
		.update(participant)
		.set({ passphraseFromAdult: false })
		.where(eq(participant.id, actor.participantId));
	await recordAudit(actor, {
		action: 'identity.own_passphrase_changed',
		organisationId: actor.organisationId,
		targetType: 'participant',
		targetId: actor.participantId
	});
	return { passphrase };
}

/** Whether an adult has seen her sign-in pass-phrase (a card, a reset). WARNING: no permission check. */
export async function passphraseFromAdult(participantId: string): Promise<boolean> {
	const [row] = await db()
		.select({ fromAdult: participant.passphraseFromAdult })
		.from(participant)
		.where(eq(participant.id, participantId));
	return row?.fromAdult ?? true;
}

/**
 * A facilitator renames a participant: her one pseudonym, in every group she is in. The new one passes the
 * same checks, and must be free in each of her groups.
 */
export async function renameParticipant(
	actor: Actor,
	participantId: string,
	pseudonym: string,
	groupId: string
): Promise<void> {
	const row = await managedParticipant(actor, participantId, groupId);
	refusePersonalInformation(pseudonym);
	const key = pseudonymKey(pseudonym);
	try {
		await db().transaction(async (tx) => {
			await tx
				.update(participant)
				.set({ pseudonym, pseudonymKey: key })
				.where(eq(participant.id, participantId));
			await tx
				.update(groupMembership)
				.set({ pseudonymKey: key })
				.where(eq(groupMembership.participantId, participantId));
			await tx
				.update(user)
				.set({ name: pseudonym, displayUsername: pseudonym })
				.where(eq(user.id, row.userId));
		});
	} catch (error) {
		// Another participant of one of her groups has it (the database's unique key says so).
		if (isUniqueViolation(error))
			throw new DomainError('identity.pseudonym_taken', 409, { cause: error });
		throw error;
	}
	await recordAudit(actor, {
		action: 'identity.participant_renamed',
		organisationId: row.organisationId,
		targetType: 'participant',
		targetId: participantId
	});
}

/**
 * The participants a facilitator may add to this group: those of the organisation in the other groups the
 * actor manages (all its groups, for a coordinator), not in it yet. Pseudonyms only.
 */
export async function participantCandidates(actor: Actor, groupId: string): Promise<Candidate[]> {
	return candidatesFor(actor, await loadManagedGroup(actor, groupId));
}

type Candidate = { participantId: string; pseudonym: string; groupNames: string[] };

/** The candidates for a group already loaded as one the actor manages. */
async function candidatesFor(
	actor: Actor,
	group: { id: string; organisationId: string }
): Promise<Candidate[]> {
	const groupId = group.id;
	const rows = await db()
		.select({
			participantId: participant.id,
			pseudonym: participant.pseudonym,
			groupId: youthGroup.id,
			groupName: youthGroup.name
		})
		.from(groupMembership)
		.innerJoin(participant, eq(participant.id, groupMembership.participantId))
		.innerJoin(youthGroup, eq(youthGroup.id, groupMembership.groupId))
		.where(eq(participant.organisationId, group.organisationId))
		.orderBy(asc(participant.pseudonymKey), asc(youthGroup.name));
	const managed = new Set(await managedGroupIds(actor, group.organisationId));
	const inThisGroup = new Set(
		rows.filter((row) => row.groupId === groupId).map((row) => row.participantId)
	);
	const candidates = new Map<string, Candidate>();
	for (const row of rows) {
		if (inThisGroup.has(row.participantId) || !managed.has(row.groupId)) continue;
		const entry = candidates.get(row.participantId) ?? {
			participantId: row.participantId,
			pseudonym: row.pseudonym,
			groupNames: []
		};
		entry.groupNames.push(row.groupName);
		candidates.set(row.participantId, entry);
	}
	return [...candidates.values()];
}

/**
 * Adds a participant who is already in another of the actor's groups to this one (a co-design group, a pilot):
 * the same person, pseudonym and pass-phrase; she can now sign in with this group's code too.
 */
export async function addExistingParticipant(
	actor: Actor,
	groupId: string,
	participantId: string
): Promise<void> {
	const group = await loadManagedGroup(actor, groupId);
	const candidates = await candidatesFor(actor, group);
	if (!candidates.some((candidate) => candidate.participantId === participantId))
		throw notFoundOrNotAllowed();
	const [person] = await db()
		.select({ key: participant.pseudonymKey })
		.from(participant)
		.where(eq(participant.id, participantId));
	try {
		await db().transaction(async (tx) => {
			const [locked] = await tx
				.select({ maxParticipants: youthGroup.maxParticipants })
				.from(youthGroup)
				.where(eq(youthGroup.id, groupId))
				.for('update');
			const members = await membersOf(groupId, tx);
			if (members.some((member) => member.key === person!.key))
				throw new DomainError('identity.pseudonym_taken_here', 409);
			if (members.length >= locked!.maxParticipants) throw groupFull();
			await tx.insert(groupMembership).values({
				groupId,
				participantId,
				pseudonymKey: person!.key,
				addedBy: actor.kind === 'user' ? actor.userId : null
			});
		});
	} catch (error) {
		if (isUniqueViolation(error))
			throw new DomainError('identity.pseudonym_taken_here', 409, { cause: error });
		throw error;
	}
	await recordAudit(actor, {
		action: 'identity.participant_added_to_group',
		organisationId: group.organisationId,
		targetType: 'participant',
		targetId: participantId,
		details: { group: groupId }
	});
}

/** Whether the database refused a write for a unique key (SQLSTATE 23505), however the driver wraps it. */
function isUniqueViolation(error: unknown): boolean {
	for (let at: unknown = error; at; at = (at as { cause?: unknown }).cause)
		if ((at as { code?: unknown }).code === '23505') return true;
	return false;
}

/**
 * The participant behind an account, as the actor of their requests.
 * WARNING: no permission check — it builds the actor itself, from a session Better Auth has verified.
 */
/** A teen's participant row with one of her groups (none: nulls), as `participantFromRows` reads them. */
export const participantColumns = {
	id: participant.id,
	organisationId: participant.organisationId,
	pseudonym: participant.pseudonym,
	groupId: youthGroup.id,
	groupName: youthGroup.name
};

type ParticipantRow = {
	id: string | null;
	organisationId: string | null;
	pseudonym: string | null;
	groupId: string | null;
	groupName: string | null;
};

/**
 * The teen behind these rows (her groups in the order she joined them), or null for an adult (no rows, or a row
 * without a participant from an outer join).
 */
export function participantFromRows(
	userId: string,
	rows: ParticipantRow[]
): ParticipantActor | null {
	const row = rows[0];
	if (!row?.id || !row.organisationId || row.pseudonym === null) return null;
	return {
		kind: 'participant',
		userId,
		participantId: row.id,
		organisationId: row.organisationId,
		groups: rows.flatMap((each) =>
			each.groupId && each.groupName !== null ? [{ id: each.groupId, name: each.groupName }] : []
		),
		pseudonym: row.pseudonym
	};
}

export async function participantActor(userId: string): Promise<ParticipantActor | null> {
	// One query on every request of a signed-in teen: her participant row with each of her groups.
	const rows = await db()
		.select(participantColumns)
		.from(participant)
		.leftJoin(groupMembership, eq(groupMembership.participantId, participant.id))
		.leftJoin(youthGroup, eq(youthGroup.id, groupMembership.groupId))
		.where(eq(participant.userId, userId))
		.orderBy(asc(groupMembership.joinedAt), asc(youthGroup.name));
	return participantFromRows(userId, rows);
}

export type ParticipantCard = { pseudonym: string; joinCode: string; passphrase: string };

export type CardSheet = {
	cards: ParticipantCard[];
	/** The QR code of the group's sign-in page with its code, drawn on our server as SVG. */
	qrSvg: string;
	signInUrl: string;
};

/** Printable cards for participants just created or reset (their pass-phrases are never stored in clear). */
export async function cardSheet(
	joinCode: string,
	entries: { pseudonym: string; passphrase: string }[]
): Promise<CardSheet> {
	const formatted = formatJoinCode(joinCode);
	const signInUrl = `${config().origin}/sign-in/group?code=${formatted}`;
	const qrSvg = await QRCode.toString(signInUrl, { type: 'svg', margin: 1 });
	return {
		cards: entries.map((entry) => ({ ...entry, joinCode: formatted })),
		qrSvg,
		signInUrl
	};
}

/**
 * A facilitator creates several participants at once for printed cards. Every pseudonym is checked
 * before any is created, so a problem on one line changes nothing.
 */
export async function addParticipants(
	actor: Actor,
	groupId: string,
	pseudonyms: string[],
	locale: PassphraseLocale
): Promise<CardSheet> {
	const group = await loadManagedGroup(actor, groupId);
	// Every line is checked before anything is created, and every refused line is reported at once.
	const existing = await membersOf(groupId);
	const refused: RefusedLine[] = [];
	// The group's pseudonyms, then each line's as it is read: a name already there is taken.
	const keys = new Set(existing.map((row) => row.key));
	for (const [line, name] of pseudonyms.entries()) {
		const key = pseudonymKey(name);
		const refusal = pseudonymRefusal(name) ?? (keys.has(key) ? 'identity.pseudonym_taken' : null);
		if (refusal) refused.push({ line, pseudonym: name.slice(0, 40), code: refusal });
		keys.add(key);
	}
	if (refused.length > 0) throw new LinesRefused(refused);
	if (existing.length + pseudonyms.length > group.maxParticipants)
		throw new DomainError('identity.group_full_for_cards', 409, {
			values: {
				count: existing.length,
				limit: group.maxParticipants,
				room: Math.max(0, group.maxParticipants - existing.length)
			}
		});
	const created = [];
	for (const name of pseudonyms) {
		const account = await createParticipantAccount(group, name, locale, actor);
		created.push({ pseudonym: name, passphrase: account.passphrase });
	}
	return cardSheet(group.joinCode, created);
}

export type RefusedLine = { line: number; pseudonym: string; code: MessageKey };

/** The lines of a list that cannot be used (0-based), each with why, for the form to list them all. */
export class LinesRefused extends DomainError {
	readonly lines: RefusedLine[];
	constructor(lines: RefusedLine[]) {
		super('identity.lines_refused', 400);
		this.lines = lines;
	}
}
