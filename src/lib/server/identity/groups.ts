// Group verbs: create a group and its join code, rotate, close or reopen the code, see its participants.
import { and, asc, count, eq, inArray } from 'drizzle-orm';
import { isUuid } from '#lib/domain/ids.ts';
import { db, type Executor } from '../db/client.ts';
import type { Actor } from '../platform/actor.ts';
import { DomainError, notFoundOrNotAllowed } from '../platform/errors.ts';
import { recordAudit } from '../platform/audit.ts';
import { allows, authorise } from '../platform/rights.ts';
import { log } from '../platform/log.ts';
import { generateJoinCode } from './credentials/join-code.ts';
import type { GroupInput } from './inputs.ts';
import {
	groupFacilitator,
	groupMembership,
	membership,
	participant,
	user,
	youthGroup
} from './schema.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

export type GroupSummary = {
	id: string;
	name: string;
	joinCode: string;
	joinOpen: boolean;
	joinExpiresAt: Date | null;
	participantCount: number;
};

export type GroupDetails = GroupSummary & {
	organisationId: string;
	/** No one joins past this many participants. */
	maxParticipants: number;
	approvalRequired: boolean;
	facilitators: { userId: string; name: string; designated: boolean }[];
	participants: { id: string; pseudonym: string; createdAt: Date }[];
};

/**
 * The group with what permissions need to know (its organisation and who runs it), or "not found or not
 * allowed" if there is none. WARNING: no permission check — for a service that asks the rights table itself
 * (live sessions ask `live.run` with it).
 */
export async function managedGroupContext(
	groupId: string,
	database: Executor = db()
): Promise<typeof youthGroup.$inferSelect & { facilitatorIds: string[] }> {
	if (!isUuid(groupId)) throw notFoundOrNotAllowed();
	const [group] = await database.select().from(youthGroup).where(eq(youthGroup.id, groupId));
	if (!group) throw notFoundOrNotAllowed();
	const facilitators = await database
		.select({ userId: groupFacilitator.userId })
		.from(groupFacilitator)
		.where(eq(groupFacilitator.groupId, groupId));
	return { ...group, facilitatorIds: facilitators.map((row) => row.userId) };
}

/** The group with what permissions need to know, or "not found or not allowed" for anyone else. */
export async function loadManagedGroup(
	actor: Actor,
	groupId: string,
	database: Executor = db()
): Promise<typeof youthGroup.$inferSelect & { facilitatorIds: string[] }> {
	const context = await managedGroupContext(groupId, database);
	authorise(actor, 'identity.manage_group', { group: context });
	return context;
}

/**
 * The group's participants (id and pseudonym), by pseudonym. WARNING: no permission check — for a service
 * that has checked the actor on the group (a live session's list of who is here).
 */
export async function groupPeople(groupId: string): Promise<{ id: string; pseudonym: string }[]> {
	return db()
		.select({ id: participant.id, pseudonym: participant.pseudonym })
		.from(groupMembership)
		.innerJoin(participant, eq(participant.id, groupMembership.participantId))
		.where(eq(groupMembership.groupId, groupId))
		.orderBy(asc(groupMembership.pseudonymKey));
}

/** Creates a group in the organisation with a fresh join code; its creator becomes its designated facilitator. */
export async function createGroup(
	actor: Actor,
	organisationId: string,
	input: GroupInput,
	now = new Date()
): Promise<string> {
	authorise(actor, 'identity.create_group', { organisationId });
	if (actor.kind !== 'user') throw notFoundOrNotAllowed();
	const id = await db().transaction(async (tx) => {
		const [created] = await tx
			.insert(youthGroup)
			.values({
				organisationId,
				name: input.name,
				joinCode: generateJoinCode(),
				joinExpiresAt: input.expiresInDays
					? new Date(now.getTime() + input.expiresInDays * DAY_MS)
					: null,
				approvalRequired: input.approvalRequired,
				createdBy: actor.userId
			})
			.returning({ id: youthGroup.id });
		await tx
			.insert(groupFacilitator)
			.values({ groupId: created!.id, userId: actor.userId, designated: true });
		return created!.id;
	});
	log.info({ module: 'identity', event: 'group_created', groupId: id }, 'group created');
	await recordAudit(actor, {
		action: 'identity.group_created',
		organisationId,
		targetType: 'group',
		targetId: id
	});
	return id;
}

/** The organisation's groups the actor may manage (all of them for a coordinator), by name. */
async function managedGroups(actor: Actor, organisationId: string) {
	if (actor.kind !== 'user') return [];
	const groups = await db()
		.select()
		.from(youthGroup)
		.where(eq(youthGroup.organisationId, organisationId))
		.orderBy(asc(youthGroup.name));
	if (groups.length === 0) return [];
	const facilitators = await db()
		.select()
		.from(groupFacilitator)
		.where(
			inArray(
				groupFacilitator.groupId,
				groups.map((group) => group.id)
			)
		);
	return groups.filter((group) =>
		allows(actor, 'identity.manage_group', {
			group: {
				organisationId,
				facilitatorIds: facilitators.filter((f) => f.groupId === group.id).map((f) => f.userId)
			}
		})
	);
}

/** The ids of the organisation's groups the actor may manage (all of them for a coordinator). */
export async function managedGroupIds(actor: Actor, organisationId: string): Promise<string[]> {
	return (await managedGroups(actor, organisationId)).map((group) => group.id);
}

/** The groups the actor runs in the organisation (all of them for a coordinator). */
export async function listGroups(actor: Actor, organisationId: string): Promise<GroupSummary[]> {
	authorise(actor, 'identity.create_group', { organisationId });
	if (actor.kind !== 'user') throw notFoundOrNotAllowed();
	const groups = await managedGroups(actor, organisationId);
	if (groups.length === 0) return [];
	const counts = await db()
		.select({ groupId: groupMembership.groupId, participants: count() })
		.from(groupMembership)
		.where(
			inArray(
				groupMembership.groupId,
				groups.map((group) => group.id)
			)
		)
		.groupBy(groupMembership.groupId);
	return groups.map((group) => ({
		id: group.id,
		name: group.name,
		joinCode: group.joinCode,
		joinOpen: group.joinOpen,
		joinExpiresAt: group.joinExpiresAt,
		participantCount: counts.find((row) => row.groupId === group.id)?.participants ?? 0
	}));
}

export async function groupDetails(actor: Actor, groupId: string): Promise<GroupDetails> {
	const group = await loadManagedGroup(actor, groupId);
	// The list of pseudonyms is personal data: reading it is recorded.
	await recordAudit(actor, {
		action: 'identity.group_read',
		organisationId: group.organisationId,
		targetType: 'group',
		targetId: groupId
	});
	const facilitators = await db()
		.select({ userId: user.id, name: user.name, designated: groupFacilitator.designated })
		.from(groupFacilitator)
		.innerJoin(user, eq(user.id, groupFacilitator.userId))
		.where(eq(groupFacilitator.groupId, groupId))
		.orderBy(asc(user.name));
	const participants = await db()
		.select({
			id: participant.id,
			pseudonym: participant.pseudonym,
			createdAt: groupMembership.joinedAt
		})
		.from(groupMembership)
		.innerJoin(participant, eq(participant.id, groupMembership.participantId))
		.where(eq(groupMembership.groupId, groupId))
		.orderBy(asc(groupMembership.pseudonymKey));
	return {
		id: group.id,
		organisationId: group.organisationId,
		name: group.name,
		joinCode: group.joinCode,
		joinOpen: group.joinOpen,
		joinExpiresAt: group.joinExpiresAt,
		approvalRequired: group.approvalRequired,
		maxParticipants: group.maxParticipants,
		participantCount: participants.length,
		facilitators,
		participants
	};
}

/** Replaces the join code: the old one stops working at once, for joining and for signing back in. */
export async function rotateJoinCode(actor: Actor, groupId: string): Promise<string> {
	const group = await loadManagedGroup(actor, groupId);
	const joinCode = generateJoinCode();
	await db().update(youthGroup).set({ joinCode }).where(eq(youthGroup.id, groupId));
	log.info({ module: 'identity', event: 'join_code_rotated', groupId }, 'join code rotated');
	await recordAudit(actor, {
		action: 'identity.join_code_rotated',
		organisationId: group.organisationId,
		targetType: 'group',
		targetId: groupId
	});
	return joinCode;
}

/** Opens the code to new teens (for `days`, or until closed) or closes it. Signing back in always works. */
export async function setJoining(
	actor: Actor,
	groupId: string,
	open: boolean,
	days: number | null,
	now = new Date()
): Promise<void> {
	const group = await loadManagedGroup(actor, groupId);
	await recordAudit(actor, {
		action: open ? 'identity.joining_opened' : 'identity.joining_closed',
		organisationId: group.organisationId,
		targetType: 'group',
		targetId: groupId,
		details: days ? { days } : undefined
	});
	await db()
		.update(youthGroup)
		.set({
			joinOpen: open,
			joinExpiresAt: open && days ? new Date(now.getTime() + days * DAY_MS) : null
		})
		.where(eq(youthGroup.id, groupId));
}

/**
 * Sets how many participants the group may have. It cannot go below the participants already in it:
 * nobody is removed by a setting.
 */
export async function setParticipantLimit(
	actor: Actor,
	groupId: string,
	maxParticipants: number
): Promise<void> {
	const group = await loadManagedGroup(actor, groupId);
	const members = await db()
		.select({ id: groupMembership.participantId })
		.from(groupMembership)
		.where(eq(groupMembership.groupId, groupId));
	if (maxParticipants < members.length)
		throw new DomainError('identity.participant_limit_below_count', 409, {
			values: { count: members.length }
		});
	await db().update(youthGroup).set({ maxParticipants }).where(eq(youthGroup.id, groupId));
	await recordAudit(actor, {
		action: 'identity.participant_limit_set',
		organisationId: group.organisationId,
		targetType: 'group',
		targetId: groupId,
		details: { maxParticipants }
	});
}

/**
 * The group a code opens for joining now, or null (unknown code, closed, or expired).
 * WARNING: no permission check — whoever holds the code may join; callers limit tries per address.
 */
export async function groupOpenForJoining(code: string, now = new Date()) {
	const [group] = await db()
		.select()
		.from(youthGroup)
		.where(and(eq(youthGroup.joinCode, code), eq(youthGroup.joinOpen, true)));
	if (!group || (group.joinExpiresAt && group.joinExpiresAt <= now)) return null;
	return group;
}

/** The organisation's facilitators and coordinators who do not run the group yet: who may be added. */
export async function facilitatorCandidates(
	actor: Actor,
	groupId: string
): Promise<{ userId: string; name: string }[]> {
	const group = await loadManagedGroup(actor, groupId);
	const rows = await db()
		.select({ userId: user.id, name: user.name })
		.from(membership)
		.innerJoin(user, eq(user.id, membership.userId))
		.where(
			and(
				eq(membership.organisationId, group.organisationId),
				inArray(membership.role, ['facilitator', 'coordinator'])
			)
		)
		.orderBy(asc(user.name));
	return rows.filter((row) => !group.facilitatorIds.includes(row.userId));
}

/** Adds a facilitator or coordinator of the group's organisation to the adults who run it. */
export async function addFacilitator(actor: Actor, groupId: string, userId: string): Promise<void> {
	const candidates = await facilitatorCandidates(actor, groupId);
	if (!candidates.some((candidate) => candidate.userId === userId)) throw notFoundOrNotAllowed();
	const group = await loadManagedGroup(actor, groupId);
	await db().insert(groupFacilitator).values({ groupId, userId }).onConflictDoNothing();
	await recordAudit(actor, {
		action: 'identity.facilitator_added',
		organisationId: group.organisationId,
		targetType: 'user',
		targetId: userId,
		details: { group: groupId }
	});
}

/**
 * Makes one of the group's facilitators the designated one, who alone receives what youth disclose
 * privately. There is always exactly one.
 */
export async function designateFacilitator(
	actor: Actor,
	groupId: string,
	userId: string
): Promise<void> {
	const group = await loadManagedGroup(actor, groupId);
	if (!group.facilitatorIds.includes(userId)) throw notFoundOrNotAllowed();
	await db().transaction(async (tx) => {
		await tx
			.update(groupFacilitator)
			.set({ designated: false })
			.where(eq(groupFacilitator.groupId, groupId));
		await tx
			.update(groupFacilitator)
			.set({ designated: true })
			.where(and(eq(groupFacilitator.groupId, groupId), eq(groupFacilitator.userId, userId)));
	});
	await recordAudit(actor, {
		action: 'identity.facilitator_designated',
		organisationId: group.organisationId,
		targetType: 'user',
		targetId: userId,
		details: { group: groupId }
	});
}

/** Removes a facilitator from the group; the last one, and the designated one, stay. */
export async function removeFacilitator(
	actor: Actor,
	groupId: string,
	userId: string
): Promise<void> {
	const group = await loadManagedGroup(actor, groupId);
	const [row] = await db()
		.select()
		.from(groupFacilitator)
		.where(and(eq(groupFacilitator.groupId, groupId), eq(groupFacilitator.userId, userId)));
	if (!row) throw notFoundOrNotAllowed();
	if (row.designated || group.facilitatorIds.length <= 1)
		throw new DomainError('identity.designated_stays', 409);
	await db()
		.delete(groupFacilitator)
		.where(and(eq(groupFacilitator.groupId, groupId), eq(groupFacilitator.userId, userId)));
	await recordAudit(actor, {
		action: 'identity.facilitator_removed',
		organisationId: group.organisationId,
		targetType: 'user',
		targetId: userId,
		details: { group: groupId }
	});
}

/** The groups whose designated facilitator this adult is: where what youth disclose reaches them. */
export async function designatedGroups(
	userId: string
): Promise<{ id: string; name: string; organisationId: string }[]> {
	return db()
		.select({ id: youthGroup.id, name: youthGroup.name, organisationId: youthGroup.organisationId })
		.from(groupFacilitator)
		.innerJoin(youthGroup, eq(youthGroup.id, groupFacilitator.groupId))
		.where(and(eq(groupFacilitator.userId, userId), eq(groupFacilitator.designated, true)))
		.orderBy(asc(youthGroup.name));
}

/**
 * The facilitators of these groups, by name, the designated one marked: the adults a teen may share a logbook
 * entry with. WARNING: no permission check — the caller is one of the groups' participants.
 */
export async function facilitatorsOfGroups(
	groupIds: readonly string[]
): Promise<{ groupId: string; userId: string; name: string; designated: boolean }[]> {
	if (groupIds.length === 0) return [];
	return db()
		.select({
			groupId: groupFacilitator.groupId,
			userId: user.id,
			name: user.name,
			designated: groupFacilitator.designated
		})
		.from(groupFacilitator)
		.innerJoin(user, eq(user.id, groupFacilitator.userId))
		.where(inArray(groupFacilitator.groupId, [...groupIds]))
		.orderBy(asc(user.name));
}

/**
 * For each of these participants, the adults who facilitate one of her groups now: who may still receive what
 * she shares. WARNING: no permission check.
 */
export async function currentFacilitatorsOf(
	participantIds: readonly string[]
): Promise<Map<string, Set<string>>> {
	const result = new Map<string, Set<string>>(participantIds.map((id) => [id, new Set()]));
	if (participantIds.length === 0) return result;
	const rows = await db()
		.select({ participantId: groupMembership.participantId, userId: groupFacilitator.userId })
		.from(groupMembership)
		.innerJoin(groupFacilitator, eq(groupFacilitator.groupId, groupMembership.groupId))
		.where(inArray(groupMembership.participantId, [...participantIds]));
	for (const row of rows) result.get(row.participantId)?.add(row.userId);
	return result;
}

/** Participants' pseudonyms by id, whatever groups they are in now (one query). */
export async function pseudonymsOf(
	participantIds: readonly string[]
): Promise<Map<string, string>> {
	if (participantIds.length === 0) return new Map();
	const rows = await db()
		.select({ id: participant.id, pseudonym: participant.pseudonym })
		.from(participant)
		.where(inArray(participant.id, [...participantIds]));
	return new Map(rows.map((row) => [row.id, row.pseudonym]));
}
