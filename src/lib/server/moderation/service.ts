// Moderation: what youth write before anyone else reads it. The personal-information guard first (refused, kept
// nowhere), then the disclosure signals (DESIGN.md §4 rule 6): a text that suggests she may be in danger is never
// shown to the group; it is held for her group's designated facilitator, who sees "someone may need you" on their
// next page and decides what to do. The software only signals; a person decides.
import { and, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { isUuid } from '#lib/domain/ids.ts';
import { findDisclosureSignals } from '#lib/domain/moderation/disclosure.ts';
import type { DisclosureKind } from '#lib/domain/moderation/disclosure.ts';
import { hasPersonalInformation } from '#lib/domain/moderation/pii-guard.ts';
import { db } from '../db/client.ts';
import type { Actor, ParticipantActor } from '../platform/actor.ts';
import { recordAudit } from '../platform/audit.ts';
import { DomainError, notFoundOrNotAllowed } from '../platform/errors.ts';
import { allows } from '../platform/rights.ts';
import { designatedGroups, pseudonymsOf } from '../identity/service.ts';
import { heldText } from './schema.ts';

/** Where a youth wrote a text, as the catalogue names it for the facilitator. */
export type HeldSource = 'live_question' | 'live_answer' | 'cocreation_key_aspect';

export type Screened = 'clear' | 'held';

/**
 * Screens a text a youth wants others to read. Refuses it when it holds personal information; holds it for the
 * group's designated facilitator (and answers "held") when it suggests danger; the caller then keeps and shows
 * nothing of it. WARNING: no permission check — called by a module's verb once it has authorised the author in
 * the group.
 */
export async function screenYouthText(
	author: ParticipantActor,
	place: { organisationId: string; groupId: string; source: HeldSource },
	text: string
): Promise<Screened> {
	if (hasPersonalInformation(text)) throw new DomainError('moderation.personal_information', 400);
	const kinds = [...new Set(findDisclosureSignals(text).map((signal) => signal.kind))];
	if (kinds.length === 0) return 'clear';
	await db().insert(heldText).values({
		organisationId: place.organisationId,
		groupId: place.groupId,
		authorId: author.participantId,
		source: place.source,
		text,
		kinds
	});
	return 'held';
}

export type HeldTextView = {
	id: string;
	group: string;
	/** Her pseudonym in the group: the facilitator needs to know whom to check in with. */
	pseudonym: string;
	source: HeldSource;
	text: string;
	kinds: DisclosureKind[];
	createdAt: Date;
	checkedInAt: Date | null;
};

/** The groups where this adult receives disclosures, in the organisations where they may. */
async function caredGroups(
	actor: Actor
): Promise<{ id: string; name: string; organisationId: string }[]> {
	if (actor.kind !== 'user') return [];
	const groups = await designatedGroups(actor.userId);
	return groups.filter((group) =>
		allows(actor, 'moderation.care', { organisationId: group.organisationId })
	);
}

/** How many held texts wait for this adult: the "someone may need you" notice on every page they open. */
export async function waitingHeldCount(actor: Actor): Promise<number> {
	const groups = await caredGroups(actor);
	if (groups.length === 0) return 0;
	const [row] = await db()
		.select({ waiting: count() })
		.from(heldText)
		.where(
			and(
				inArray(
					heldText.groupId,
					groups.map((group) => group.id)
				),
				isNull(heldText.checkedInAt)
			)
		);
	return row?.waiting ?? 0;
}

/** The held texts of the groups this adult is the designated facilitator of, newest first; the read is audited. */
export async function heldForMe(actor: Actor): Promise<HeldTextView[]> {
	if (actor.kind !== 'user') throw notFoundOrNotAllowed();
	const groups = await caredGroups(actor);
	if (groups.length === 0) return [];
	const rows = await db()
		.select()
		.from(heldText)
		.where(
			inArray(
				heldText.groupId,
				groups.map((group) => group.id)
			)
		)
		// Those still waiting first, so that none is ever out of sight while the notice shows.
		.orderBy(sql`${heldText.checkedInAt} is null desc`, desc(heldText.createdAt))
		.limit(200);
	// Her pseudonym even if she has left the group since.
	const pseudonyms = await pseudonymsOf([...new Set(rows.map((row) => row.authorId))]);
	for (const organisationId of new Set(rows.map((row) => row.organisationId))) {
		await recordAudit(actor, {
			action: 'moderation.held_read',
			organisationId,
			details: { count: rows.filter((row) => row.organisationId === organisationId).length }
		});
	}
	return rows.map((row) => ({
		id: row.id,
		group: groups.find((group) => group.id === row.groupId)?.name ?? '',
		pseudonym: pseudonyms.get(row.authorId) ?? '',
		source: row.source as HeldSource,
		text: row.text,
		kinds: row.kinds,
		createdAt: row.createdAt,
		checkedInAt: row.checkedInAt
	}));
}

/** The facilitator checked in with the author: the notice stops for this text. */
export async function markCheckedIn(actor: Actor, heldId: string, now = new Date()): Promise<void> {
	if (actor.kind !== 'user' || !isUuid(heldId)) throw notFoundOrNotAllowed();
	const groups = await caredGroups(actor);
	const [row] = await db().select().from(heldText).where(eq(heldText.id, heldId));
	if (!row || !groups.some((group) => group.id === row.groupId)) throw notFoundOrNotAllowed();
	if (row.checkedInAt) return;
	await db()
		.update(heldText)
		.set({ checkedInAt: now, checkedInBy: actor.userId })
		.where(eq(heldText.id, heldId));
	await recordAudit(actor, {
		action: 'moderation.held_checked_in',
		organisationId: row.organisationId,
		targetType: 'held_text',
		targetId: row.id
	});
}
