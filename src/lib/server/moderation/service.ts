// Moderation: what youth write before anyone else reads it. The personal-information guard first (refused, kept
// nowhere), then the disclosure signals (DESIGN.md §4 rule 6): a text that suggests she may be in danger is never
// shown to the group; it is held for her group's designated facilitator, who sees "someone may need you" on their
// next page and decides what to do. The software only signals; a person decides.
import { and, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { isUuid } from '#lib/domain/ids.ts';
import { findDisclosureSignals } from '#lib/domain/moderation/disclosure.ts';
import type { DisclosureKind } from '#lib/domain/moderation/disclosure.ts';
import { DECISIONS, type PostDecision, type PostStatus } from '#lib/domain/moderation/decisions.ts';
import type { HeldSource } from '#lib/domain/moderation/held-sources.ts';
import { hasPersonalInformation } from '#lib/domain/moderation/pii-guard.ts';
import { db } from '../db/client.ts';
import type { Actor, ParticipantActor } from '../platform/actor.ts';
import { recordAudit } from '../platform/audit.ts';
import { DomainError, notFoundOrNotAllowed } from '../platform/errors.ts';
import { allows } from '../platform/rights.ts';
import { designatedGroups, pseudonymsOf } from '../identity/service.ts';
import { heldText, moderatedPost } from './schema.ts';

/** Where a youth wrote a text, as the catalogue names it for the facilitator. */
export type { HeldSource };

export type Screened = 'clear' | 'held';

/**
 * Screens a text a youth wants others to read. Refuses it when it holds personal information; holds it for the
 * group's designated facilitator (and answers "held") when it suggests danger; the caller then keeps and shows
 * nothing of it. WARNING: no permission check — called by a module's verb once it has authorised the author in
 * the group.
 */
export async function screenYouthText(
	author: ParticipantActor,
	place: {
		organisationId: string;
		groupId: string;
		source: HeldSource;
		/** Written as workshop material (a card): talk about the topics by construction. */
		material?: boolean;
	},
	text: string
): Promise<Screened> {
	if (hasPersonalInformation(text)) throw new DomainError('moderation.personal_information', 400);
	const signals = findDisclosureSignals(text, { material: place.material });
	const kinds = [...new Set(signals.map((signal) => signal.kind))];
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

// ---------------------------------------------------------------------------------------------------------
// Posts others of the group read: waiting for approval where their place says so, hidden with a reason, restored.

export type { PostDecision, PostStatus };

export type PostView = {
	id: string;
	targetId: string;
	author: string;
	/** Whether a youth wrote it (places that never name youth show no author then). */
	byYouth: boolean;
	text: string;
	status: PostStatus;
	/** Why it was hidden: for its author and the moderators only. */
	hiddenReason: string | null;
	mine: boolean;
	createdAt: Date;
};

/**
 * Posts a text in a place of a group. A youth's text is screened first (refused with personal information; held
 * for the designated facilitator, and not posted, when it suggests danger) and waits for approval when the place
 * says so; an adult's is published at once. WARNING: no permission check — the calling module authorises first.
 */
export async function submitPost(
	author: Actor,
	place: {
		organisationId: string;
		groupId: string;
		scopeId: string;
		targetId: string;
		needsApproval: boolean;
		source: HeldSource;
	},
	text: string
): Promise<{ status: 'published' | 'pending' | 'held'; postId: string | null }> {
	if (author.kind !== 'participant' && author.kind !== 'user') throw notFoundOrNotAllowed();
	let status: 'published' | 'pending' = 'published';
	if (author.kind === 'participant') {
		if ((await screenYouthText(author, place, text)) === 'held')
			return { status: 'held', postId: null };
		if (place.needsApproval) status = 'pending';
	}
	const [post] = await db()
		.insert(moderatedPost)
		.values({
			organisationId: place.organisationId,
			groupId: place.groupId,
			scopeId: place.scopeId,
			targetId: place.targetId,
			authorId: author.kind === 'participant' ? author.participantId : null,
			authorUserId: author.kind === 'user' ? author.userId : null,
			authorName: author.kind === 'participant' ? author.pseudonym : author.name,
			text,
			status
		})
		.returning({ id: moderatedPost.id });
	return { status, postId: post!.id };
}

/**
 * The posts of a place as this reader may see them: a moderator sees every post; anyone else the published ones
 * and her own (waiting, or hidden with the reason). WARNING: no permission check.
 */
export async function postsIn(
	scopeId: string,
	reader: { participantId: string | null; userId: string | null; moderator: boolean }
): Promise<PostView[]> {
	const rows = await db()
		.select()
		.from(moderatedPost)
		.where(eq(moderatedPost.scopeId, scopeId))
		.orderBy(moderatedPost.createdAt);
	return rows
		.map((row) => {
			const mine =
				(reader.participantId !== null && row.authorId === reader.participantId) ||
				(reader.userId !== null && row.authorUserId === reader.userId);
			return { row, mine };
		})
		.filter(({ row, mine }) => reader.moderator || mine || row.status === 'published')
		.map(({ row, mine }) => ({
			id: row.id,
			targetId: row.targetId,
			author: row.authorName,
			byYouth: row.authorId !== null,
			text: row.text,
			status: row.status,
			hiddenReason: mine || reader.moderator ? row.hiddenReason : null,
			mine,
			createdAt: row.createdAt
		}));
}

/** The youth who have a published post in the place (for counts in reports). WARNING: no permission check. */
export async function youthWritersIn(scopeId: string): Promise<Set<string>> {
	const rows = await db()
		.selectDistinct({ authorId: moderatedPost.authorId })
		.from(moderatedPost)
		.where(and(eq(moderatedPost.scopeId, scopeId), eq(moderatedPost.status, 'published')));
	return new Set(rows.map((row) => row.authorId).filter((id): id is string => id !== null));
}

/** Whether a post of the place is published (everyone of the place may read it). WARNING: no permission check. */
export async function isPublished(scopeId: string, postId: string): Promise<boolean> {
	if (!isUuid(postId)) return false;
	const [post] = await db()
		.select({ status: moderatedPost.status })
		.from(moderatedPost)
		.where(and(eq(moderatedPost.id, postId), eq(moderatedPost.scopeId, scopeId)));
	return post?.status === 'published';
}

/**
 * A moderator approves a waiting post, hides a post (with a reason its author will see) or restores a hidden one;
 * every decision is audited. WARNING: no permission check — the calling module checks the moderator first.
 */
export async function decidePost(
	moderator: Actor,
	scopeId: string,
	postId: string,
	decision: PostDecision,
	reason = ''
): Promise<void> {
	if (moderator.kind !== 'user' || !isUuid(postId)) throw notFoundOrNotAllowed();
	const [post] = await db()
		.select()
		.from(moderatedPost)
		.where(and(eq(moderatedPost.id, postId), eq(moderatedPost.scopeId, scopeId)));
	if (!post) throw notFoundOrNotAllowed();
	const rule = DECISIONS[decision];
	if (!rule.from.includes(post.status)) throw new DomainError('moderation.already_decided', 409);
	if (decision === 'hide' && reason.trim() === '')
		throw new DomainError('moderation.reason_required', 400);
	// Decided once: two moderators at the same moment do not both decide it.
	const [decided] = await db()
		.update(moderatedPost)
		.set({
			status: rule.to,
			hiddenReason: decision === 'hide' ? reason.trim() : null,
			decidedBy: moderator.userId,
			decidedAt: new Date()
		})
		.where(and(eq(moderatedPost.id, post.id), inArray(moderatedPost.status, [...rule.from])))
		.returning({ id: moderatedPost.id });
	if (!decided) throw new DomainError('moderation.already_decided', 409);
	await recordAudit(moderator, {
		action: `moderation.post_${rule.done}`,
		organisationId: post.organisationId,
		targetType: 'moderated_post',
		targetId: post.id
	});
}
