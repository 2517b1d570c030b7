// Reused teen sessions (session-reuse.ts) checked again in the background, many in one query: the session and
// its account as Better Auth keeps them, and the teen's participant row with her groups. The same rules as a full
// resolution (session-limits.ts): a session that ended, was revoked, or whose account was suspended or is no
// longer a teen's is forgotten (the next request resolves it in full); the activity that asked for the check
// extends the session as a request does. One check in the database at a time; those asked for meanwhile wait for
// the next, so a burst of votes costs a few queries, not one full resolution each.
import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import { db } from '../db/client.ts';
import { log } from '../platform/log.ts';
import { participantColumns, participantFromRows } from './participants.ts';
import { groupMembership, participant, session, user, youthGroup } from './schema.ts';
import { extendedFor, extendsOnActivity, IDLE_LIMIT_MS, sessionEnd } from './session-limits.ts';
import { rechecked, type DueSession } from './session-reuse.ts';

/** Sessions asked for within this long are checked together (they are still reused meanwhile). */
const GATHER_MS = 500;
const BATCH_MAX = 500;

const due = new Map<string, DueSession>();
let checking = false;

/** Has this reused session checked again soon, with whatever else is due. */
export function recheckLater(session: DueSession): void {
	due.set(session.key, session);
	if (checking) return;
	checking = true;
	setTimeout(() => void drain(), GATHER_MS).unref();
}

async function drain(): Promise<void> {
	try {
		while (due.size > 0) {
			const batch = [...due.values()].slice(0, BATCH_MAX);
			for (const each of batch) due.delete(each.key);
			try {
				await recheckSessions(batch, Date.now());
			} catch (error) {
				// They stay as they were until their minute ends; then the next request resolves them in full.
				log.error({ err: error }, 'reused sessions could not be checked again');
			}
		}
	} finally {
		checking = false;
	}
}

/** Checks these reused sessions again now, in one query (and one more for those the activity extends). */
export async function recheckSessions(sessions: DueSession[], now: number): Promise<void> {
	if (sessions.length === 0) return;
	const rows = await db()
		.select({
			token: session.token,
			userId: session.userId,
			createdAt: session.createdAt,
			updatedAt: session.updatedAt,
			expiresAt: session.expiresAt,
			sharedDevice: session.sharedDevice,
			banned: user.banned,
			safetyNoticeSeenAt: user.safetyNoticeSeenAt,
			...participantColumns
		})
		.from(session)
		.innerJoin(user, eq(user.id, session.userId))
		.leftJoin(participant, eq(participant.userId, session.userId))
		.leftJoin(groupMembership, eq(groupMembership.participantId, participant.id))
		.leftJoin(youthGroup, eq(youthGroup.id, groupMembership.groupId))
		.where(
			inArray(
				session.token,
				sessions.map((each) => each.token)
			)
		)
		.orderBy(asc(session.token), asc(groupMembership.joinedAt), asc(youthGroup.name));
	const byToken = Map.groupBy(rows, (row) => row.token);
	const toExtend = new Set(
		[...byToken.values()]
			.map((found) => found[0]!)
			.filter((row) => !row.banned && extendsOnActivity(row, true, now))
			.map((row) => row.token)
	);
	const extended = await extendSessions([...toExtend], now);
	for (const each of sessions) {
		const found = byToken.get(each.token) ?? [];
		const first = found[0];
		// Gone, suspended, or ended between the two statements: forgotten.
		if (!first || first.banned || (toExtend.has(first.token) && !extended.has(first.token))) {
			rechecked(each, undefined, now);
			continue;
		}
		const times = extended.has(first.token) ? extendedFor(first, now) : first;
		const teen = participantFromRows(first.userId, found);
		const end = teen ? sessionEnd(times, true, now) : null;
		rechecked(
			each,
			teen && end
				? { actor: teen, ...end, safetyNoticeSeen: Boolean(first.safetyNoticeSeenAt) }
				: undefined,
			now
		);
	}
}

/**
 * Extends these live sessions for activity now, as `extendedFor` says. Returns the tokens of those extended (a
 * session that ended meanwhile is not).
 */
export async function extendSessions(tokens: string[], now: number): Promise<Set<string>> {
	if (tokens.length === 0) return new Set();
	const idleEnd = new Date(now + IDLE_LIMIT_MS).toISOString();
	const rows = await db()
		.update(session)
		.set({
			expiresAt: sql`case when ${session.sharedDevice} then ${session.expiresAt} else ${idleEnd}::timestamptz end`,
			updatedAt: new Date(now)
		})
		.where(and(inArray(session.token, tokens), gt(session.expiresAt, new Date(now))))
		.returning({ token: session.token });
	return new Set(rows.map((row) => row.token));
}
