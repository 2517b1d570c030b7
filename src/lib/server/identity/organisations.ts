// Organisation verbs: list and create organisations, choose the active one, see and manage members.
import { and, asc, eq, inArray } from 'drizzle-orm';
import { db } from '../db/client.ts';
import type { Actor, OrganisationRole } from '../platform/actor.ts';
import { recordAudit } from '../platform/audit.ts';
import { authorise } from '../platform/rights.ts';
import { notFoundOrNotAllowed } from '../platform/errors.ts';
import { readOutbox, type OutboxEntry } from '../platform/mail.ts';
import { events } from '../platform/events.ts';
import { postNotice } from '../platform/notices.ts';
import type { OrganisationInput } from './inputs.ts';
import { membership, organisation, user } from './schema.ts';

export type OrganisationSummary = { id: string; name: string; isDemo: boolean; createdAt: Date };

export async function listOrganisations(actor: Actor): Promise<OrganisationSummary[]> {
	authorise(actor, 'identity.list_organisations');
	return db()
		.select({
			id: organisation.id,
			name: organisation.name,
			isDemo: organisation.isDemo,
			createdAt: organisation.createdAt
		})
		.from(organisation)
		.orderBy(asc(organisation.name));
}

/**
 * Creates an organisation. The other modules give it what every organisation starts with (help lines to
 * verify, the starter program and tools) in the same transaction, as reactions to "organisation created".
 */
export async function createOrganisation(actor: Actor, input: OrganisationInput): Promise<string> {
	authorise(actor, 'identity.create_organisation');
	return db().transaction(async (tx) => {
		const [created] = await tx
			.insert(organisation)
			.values({ name: input.name })
			.returning({ id: organisation.id });
		await events().publish(
			'organisation.created',
			{ organisationId: created!.id, demo: false },
			tx,
			actor
		);
		await recordAudit(
			actor,
			{ action: 'identity.organisation_created', organisationId: created!.id },
			tx
		);
		return created!.id;
	});
}

/** The organisation to work in, if the person belongs to it; otherwise "not found or not allowed". */
export function chooseOrganisation(actor: Actor, organisationId: string): string {
	if (actor.kind !== 'user' || !actor.memberships.some((m) => m.organisationId === organisationId))
		throw notFoundOrNotAllowed();
	return organisationId;
}

export type Member = { userId: string; name: string; email: string; role: OrganisationRole };

export async function listMembers(actor: Actor, organisationId: string): Promise<Member[]> {
	authorise(actor, 'identity.manage_members', { organisationId });
	await recordAudit(actor, { action: 'identity.members_read', organisationId });
	return db()
		.select({ userId: user.id, name: user.name, email: user.email, role: membership.role })
		.from(membership)
		.innerJoin(user, eq(user.id, membership.userId))
		.where(eq(membership.organisationId, organisationId))
		.orderBy(asc(user.name));
}

/**
 * The organisation's adults of these roles (id and name), for another module that has authorised its own verb
 * (a co-creation process's allies). WARNING: no permission check.
 */
export async function adultsOf(
	organisationId: string,
	roles: readonly OrganisationRole[]
): Promise<{ userId: string; name: string; role: OrganisationRole }[]> {
	return db()
		.select({ userId: user.id, name: user.name, role: membership.role })
		.from(membership)
		.innerJoin(user, eq(user.id, membership.userId))
		.where(and(eq(membership.organisationId, organisationId), inArray(membership.role, [...roles])))
		.orderBy(asc(user.name));
}

/** The organisation's name, and whether it is the demo one, for those who may manage it. */
export async function organisationHeading(
	actor: Actor,
	organisationId: string
): Promise<{ name: string; isDemo: boolean }> {
	authorise(actor, 'identity.manage_members', { organisationId });
	const [row] = await db()
		.select({ name: organisation.name, isDemo: organisation.isDemo })
		.from(organisation)
		.where(eq(organisation.id, organisationId));
	if (!row) throw notFoundOrNotAllowed();
	return row;
}

/**
 * The platform administrator joins the demo organisation as its coordinator in one step (to look around on the
 * first start, with no invitation to send to herself). Audited; the organisation's coordinators are told.
 */
export async function joinDemoOrganisation(actor: Actor, organisationId: string): Promise<void> {
	authorise(actor, 'identity.join_demo');
	if (actor.kind !== 'user') throw notFoundOrNotAllowed();
	const [demo] = await db()
		.select({ id: organisation.id })
		.from(organisation)
		.where(and(eq(organisation.id, organisationId), eq(organisation.isDemo, true)));
	if (!demo) throw notFoundOrNotAllowed();
	await db()
		.insert(membership)
		.values({ organisationId, userId: actor.userId, role: 'coordinator' })
		.onConflictDoUpdate({
			target: [membership.organisationId, membership.userId],
			set: { role: 'coordinator' }
		});
	await recordAudit(actor, {
		action: 'identity.administrator_joined',
		organisationId,
		targetType: 'user',
		targetId: actor.userId,
		details: { role: 'coordinator', demo: true }
	});
	await postNotice(organisationId, 'coordinator', 'notices.administrator_joined', {
		name: actor.name,
		role: 'coordinator'
	});
}

/** The e-mails kept in the app, for the platform administrator. */
export async function readOutboxAs(actor: Actor): Promise<OutboxEntry[]> {
	authorise(actor, 'identity.read_outbox');
	await recordAudit(actor, { action: 'identity.outbox_read' });
	return readOutbox();
}
