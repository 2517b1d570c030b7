// Help resources verbs: the list shown one tap away on every page, and the defaults each organisation starts with.
import { asc, eq } from 'drizzle-orm';
import { typesetFrench } from '#lib/i18n/typography.ts';
import { db, type Executor } from '../db/client.ts';
import { recordAudit } from '../platform/audit.ts';
import { authorise } from '../platform/rights.ts';
import { reactWithin } from '../platform/events.ts';
import { systemActor, type Actor } from '../platform/actor.ts';
import { notFoundOrNotAllowed } from '../platform/errors.ts';
import { DEFAULT_HELP_RESOURCES } from './defaults.ts';
import type { HelpResourceInput } from './inputs.ts';
import { helpResource } from './schema.ts';

export type HelpResource = {
	id: string | null;
	name: { fr: string; en: string };
	description: { fr: string; en: string };
	phone: string | null;
	textNumber: string | null;
	url: string | null;
	verified: boolean;
};

/** Gives a new organisation the shipped help resources, marked as not yet verified. */
export async function seedDefaultHelpResources(
	actor: Actor,
	organisationId: string,
	database: Executor = db()
): Promise<void> {
	authorise(actor, 'resources.seed_defaults');
	await database.insert(helpResource).values(
		DEFAULT_HELP_RESOURCES.map((resource, position) => ({
			organisationId,
			position,
			...resource,
			verified: false
		}))
	);
}

/**
 * The help resources to show (French typeset as the interface is: no-break spaces before : ; ! ?), the
 * organisation's own list when the person belongs to one, otherwise the
 * shipped defaults. Anyone may read them, signed in or not: help must never be behind a wall.
 */
export async function listHelpResources(
	_actor: Actor,
	organisationId: string | null
): Promise<HelpResource[]> {
	if (organisationId) {
		const rows = await db()
			.select()
			.from(helpResource)
			.where(eq(helpResource.organisationId, organisationId))
			.orderBy(asc(helpResource.position));
		if (rows.length > 0) {
			return rows.map((row) => ({
				id: row.id,
				name: { fr: typesetFrench(row.nameFr), en: row.nameEn },
				description: { fr: typesetFrench(row.descriptionFr), en: row.descriptionEn },
				phone: row.phone,
				textNumber: row.textNumber,
				url: row.url,
				verified: row.verified
			}));
		}
	}
	return DEFAULT_HELP_RESOURCES.map((resource) => ({
		id: null,
		name: { fr: typesetFrench(resource.nameFr), en: resource.nameEn },
		description: { fr: typesetFrench(resource.descriptionFr), en: resource.descriptionEn },
		phone: resource.phone ?? null,
		textNumber: resource.textNumber ?? null,
		url: null,
		verified: false
	}));
}

/** The organisation's list, for its coordinators to edit. */
export async function listForEditing(
	actor: Actor,
	organisationId: string
): Promise<(typeof helpResource.$inferSelect)[]> {
	authorise(actor, 'resources.edit', { organisationId });
	return db()
		.select()
		.from(helpResource)
		.where(eq(helpResource.organisationId, organisationId))
		.orderBy(asc(helpResource.position));
}

async function ownResource(actor: Actor, resourceId: string) {
	const [row] = await db().select().from(helpResource).where(eq(helpResource.id, resourceId));
	if (!row) throw notFoundOrNotAllowed();
	authorise(actor, 'resources.edit', { organisationId: row.organisationId });
	return row;
}

export async function addHelpResource(
	actor: Actor,
	organisationId: string,
	input: HelpResourceInput
): Promise<void> {
	authorise(actor, 'resources.edit', { organisationId });
	const existing = await db()
		.select({ position: helpResource.position })
		.from(helpResource)
		.where(eq(helpResource.organisationId, organisationId));
	const position = Math.max(-1, ...existing.map((row) => row.position)) + 1;
	await db()
		.insert(helpResource)
		.values({ organisationId, position, ...input });
	await recordAudit(actor, { action: 'resources.added', organisationId });
}

export async function updateHelpResource(
	actor: Actor,
	resourceId: string,
	input: HelpResourceInput
): Promise<void> {
	const row = await ownResource(actor, resourceId);
	await db()
		.update(helpResource)
		.set({ ...input, updatedAt: new Date() })
		.where(eq(helpResource.id, resourceId));
	await recordAudit(actor, {
		action: 'resources.updated',
		organisationId: row.organisationId,
		targetType: 'help_resource',
		targetId: resourceId
	});
}

export async function removeHelpResource(actor: Actor, resourceId: string): Promise<void> {
	const row = await ownResource(actor, resourceId);
	await db().delete(helpResource).where(eq(helpResource.id, resourceId));
	await recordAudit(actor, {
		action: 'resources.removed',
		organisationId: row.organisationId,
		targetType: 'help_resource',
		targetId: resourceId
	});
}

/** Every new organisation starts with the shipped help lines, to verify. */
export function registerResourcesReactions(): void {
	reactWithin(
		'organisation.created',
		'resources.default-help',
		({ organisationId }, { database }) =>
			seedDefaultHelpResources(systemActor('organisation-created'), organisationId, database)
	);
}
