// The audit log: every sensitive action and read, recorded with who, what, which record and when.
import { and, desc, eq, gte, like, lte, type SQL } from 'drizzle-orm';
import { db, type Executor } from '../db/client.ts';
import type { Actor } from './actor.ts';
import { authorise } from './rights.ts';
import { auditEvent } from './schema.ts';

export type AuditInput = {
	action: string;
	organisationId?: string | null;
	targetType?: string;
	targetId?: string;
	details?: Record<string, string | number | boolean>;
	requestId?: string;
};

function actorIdentity(actor: Actor): { kind: string; id: string | null } {
	switch (actor.kind) {
		case 'user':
			return { kind: 'user', id: actor.userId };
		case 'participant':
			return { kind: 'participant', id: actor.participantId };
		case 'system':
			return { kind: 'system', id: actor.task };
		case 'anonymous':
			return { kind: 'anonymous', id: null };
	}
}

/** Records one event. Never pass text a person wrote, nor secrets, in `details`. */
export async function recordAudit(
	actor: Actor,
	event: AuditInput,
	database: Executor = db()
): Promise<void> {
	const who = actorIdentity(actor);
	await database.insert(auditEvent).values({
		actorKind: who.kind,
		actorId: who.id,
		organisationId: event.organisationId ?? null,
		action: event.action,
		targetType: event.targetType ?? null,
		targetId: event.targetId ?? null,
		details: event.details ?? null,
		requestId: event.requestId ?? null
	});
}

export type AuditFilter = {
	organisationId?: string;
	action?: string;
	from?: Date;
	to?: Date;
	limit?: number;
};

export type AuditEntry = typeof auditEvent.$inferSelect;

/**
 * The log, newest first: everything for the platform administrator; an organisation's own events for
 * its coordinators. Reading the log is itself recorded.
 */
export async function listAudit(actor: Actor, filter: AuditFilter): Promise<AuditEntry[]> {
	const scope = filter.organisationId;
	authorise(actor, 'platform.read_audit', { organisationId: scope });
	const conditions: SQL[] = [];
	if (scope) conditions.push(eq(auditEvent.organisationId, scope));
	if (filter.action)
		conditions.push(like(auditEvent.action, `${filter.action.replace(/[%_]/g, '')}%`));
	if (filter.from) conditions.push(gte(auditEvent.at, filter.from));
	if (filter.to) conditions.push(lte(auditEvent.at, filter.to));
	const rows = await db()
		.select()
		.from(auditEvent)
		.where(conditions.length > 0 ? and(...conditions) : undefined)
		.orderBy(desc(auditEvent.at))
		.limit(Math.min(filter.limit ?? 200, 500));
	await recordAudit(actor, {
		action: 'audit.read',
		organisationId: scope ?? null,
		details: { count: rows.length }
	});
	return rows;
}
