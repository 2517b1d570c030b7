import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '../db/client.ts';
import { useTestDatabase } from '../db/test-database.ts';
import type { Actor } from './actor.ts';
import { listAudit, recordAudit } from './audit.ts';
import { DomainError } from './errors.ts';
import { auditEvent } from './schema.ts';

const ORG_A = '00000000-0000-4000-8000-00000000000a';
const ORG_B = '00000000-0000-4000-8000-00000000000b';

function adult(role: 'admin' | 'user', coordinatorOf?: string): Actor {
	const active = coordinatorOf
		? { organisationId: coordinatorOf, organisationName: 'A', role: 'coordinator' as const }
		: null;
	return {
		kind: 'user',
		userId: `u-${role}-${coordinatorOf ?? 'none'}`,
		name: 'X',
		role,
		memberships: active ? [active] : [],
		active,
		twoFactorEnabled: true
	};
}

describe('the audit log', () => {
	useTestDatabase();

	it('records who did what to which record, and refuses to be changed or erased', async () => {
		await recordAudit(adult('user', ORG_A), {
			action: 'identity.passphrase_reset',
			organisationId: ORG_A,
			targetType: 'participant',
			targetId: 'p1'
		});
		const [row] = await db()
			.select()
			.from(auditEvent)
			.where(eq(auditEvent.action, 'identity.passphrase_reset'));
		expect(row).toMatchObject({ actorKind: 'user', targetType: 'participant', targetId: 'p1' });
		await expect(
			db().update(auditEvent).set({ action: 'changed' }).where(eq(auditEvent.id, row!.id))
		).rejects.toThrow();
		await expect(db().delete(auditEvent).where(eq(auditEvent.id, row!.id))).rejects.toThrow();
		await expect(db().execute(sql`truncate audit_event`)).rejects.toThrow();
		const [still] = await db().select().from(auditEvent).where(eq(auditEvent.id, row!.id));
		expect(still?.action).toBe('identity.passphrase_reset');
	});

	it('can be pruned only by a retention task that says so for its own transaction', async () => {
		await recordAudit(adult('admin'), { action: 'test.old_event' });
		await db().transaction(async (tx) => {
			await tx.execute(sql`set local pdn.audit_retention = 'on'`);
			await tx.delete(auditEvent).where(eq(auditEvent.action, 'test.old_event'));
		});
		expect(
			await db().select().from(auditEvent).where(eq(auditEvent.action, 'test.old_event'))
		).toEqual([]);
	});

	it('shows a coordinator their own organisation’s events only, and records that they read it', async () => {
		await recordAudit(adult('user', ORG_A), {
			action: 'identity.group_created',
			organisationId: ORG_A
		});
		await recordAudit(adult('user', ORG_B), {
			action: 'identity.group_created',
			organisationId: ORG_B
		});
		const seen = await listAudit(adult('user', ORG_A), { organisationId: ORG_A });
		expect(seen.every((entry) => entry.organisationId === ORG_A)).toBe(true);
		expect(seen.some((entry) => entry.action === 'identity.group_created')).toBe(true);
		const reads = await db().select().from(auditEvent).where(eq(auditEvent.action, 'audit.read'));
		expect(reads.length).toBeGreaterThan(0);
	});

	it('answers "not found or not allowed" to a coordinator asking for another organisation, and to others', async () => {
		for (const [actor, organisationId] of [
			[adult('user', ORG_A), ORG_B],
			[adult('user'), undefined],
			[{ kind: 'anonymous' } as Actor, undefined]
		] as const) {
			const error = await listAudit(actor, { organisationId }).catch((failure: unknown) => failure);
			expect(error).toBeInstanceOf(DomainError);
		}
	});

	it('shows the platform administrator every organisation’s events', async () => {
		const all = await listAudit(adult('admin'), {});
		const organisations = new Set(all.map((entry) => entry.organisationId));
		expect(organisations.has(ORG_A) && organisations.has(ORG_B)).toBe(true);
	});
});
