// In-app notices for the adults of one role in an organisation: posted by services, read and dismissed by each adult.
import { and, desc, eq, gte, notExists } from 'drizzle-orm';
import type { MessageKey } from '#lib/i18n/catalogue.ts';
import { db } from '../db/client.ts';
import { roleIn, type Actor, type OrganisationRole } from './actor.ts';
import { notFoundOrNotAllowed } from './errors.ts';
import { notice, noticeDismissal } from './schema.ts';

/** Notices older than this are no longer shown. */
const NOTICE_LIFETIME_MS = 90 * 24 * 60 * 60 * 1000;

export type Notice = {
	id: string;
	key: MessageKey;
	values: Record<string, string | number>;
	createdAt: Date;
};

/**
 * Posts a notice to the adults with `audience` in the organisation.
 * WARNING: no permission check — called by services, for what they have just done, never on a person's request.
 */
export async function postNotice(
	organisationId: string,
	audience: OrganisationRole,
	key: MessageKey,
	values: Record<string, string | number> = {}
): Promise<void> {
	await db().insert(notice).values({ organisationId, audience, key, values });
}

/** The notices the actor has not dismissed, newest first, for their role in the organisation. */
export async function noticesFor(
	actor: Actor,
	organisationId: string,
	now = new Date()
): Promise<Notice[]> {
	const role = roleIn(actor, organisationId);
	if (actor.kind !== 'user' || role === null) return [];
	const rows = await db()
		.select({
			id: notice.id,
			key: notice.key,
			values: notice.values,
			createdAt: notice.createdAt
		})
		.from(notice)
		.where(
			and(
				eq(notice.organisationId, organisationId),
				eq(notice.audience, role),
				gte(notice.createdAt, new Date(now.getTime() - NOTICE_LIFETIME_MS)),
				notExists(
					db()
						.select({ one: noticeDismissal.noticeId })
						.from(noticeDismissal)
						.where(
							and(eq(noticeDismissal.noticeId, notice.id), eq(noticeDismissal.userId, actor.userId))
						)
				)
			)
		)
		.orderBy(desc(notice.createdAt))
		.limit(20);
	return rows.map((row) => ({ ...row, key: row.key as MessageKey }));
}

/** The actor has read the notice; it no longer shows for them. */
export async function dismissNotice(actor: Actor, noticeId: string): Promise<void> {
	if (actor.kind !== 'user') throw notFoundOrNotAllowed();
	const [row] = await db()
		.select({ organisationId: notice.organisationId, audience: notice.audience })
		.from(notice)
		.where(eq(notice.id, noticeId));
	if (!row || roleIn(actor, row.organisationId) !== row.audience) throw notFoundOrNotAllowed();
	await db()
		.insert(noticeDismissal)
		.values({ noticeId, userId: actor.userId })
		.onConflictDoNothing();
}
