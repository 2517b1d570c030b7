// Phase 3 of a co-creation process: the group's material is tested with peers. The adults who steer the process
// plan a pilot with another group of the organisation; starting it publishes the material's current draft as a
// version and opens a live session of it (the live module) with that group. The peers then answer a short
// feedback form, each question skippable ("I pass"); their words pass the moderation (guard, disclosure signals
// for their own group's designated facilitator) and wait for approval, then the co-design group reads them without
// names. Changes to the material can say which feedback they answer ("we heard / we changed"); finalising
// publishes the material with its change log, credited with consent.
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Recommend } from '#lib/domain/cocreation/phases.ts';
import { DECISIONS, type PostDecision } from '#lib/domain/moderation/decisions.ts';
import { isUuid } from '#lib/domain/ids.ts';
import { db } from '../db/client.ts';
import type { Actor } from '../platform/actor.ts';
import { recordAudit } from '../platform/audit.ts';
import { DomainError, notFoundOrNotAllowed } from '../platform/errors.ts';
import { allows, authorise } from '../platform/rights.ts';
import { managedGroupContext } from '../identity/service.ts';
import { sessionsAttended, startOneOffSession } from '../live/service.ts';
import { screenYouthText } from '../moderation/service.ts';
import { MANAGED_BY, groupsRunBy, processFor, type Context } from './context.ts';
import { kindOf, materialOf } from './materials.ts';
import { both, oneOffWorkshop } from './one-off.ts';
import type { FeedbackInput, PilotInput } from './inputs.ts';
import {
	cocreationChange,
	cocreationFeedback,
	cocreationFeedbackGiven,
	cocreationMaterial,
	cocreationPilot,
	cocreationProcess
} from './schema.ts';

async function pilotIn(context: Context, pilotId: string) {
	if (!isUuid(pilotId)) throw notFoundOrNotAllowed();
	const [row] = await db()
		.select()
		.from(cocreationPilot)
		.where(and(eq(cocreationPilot.id, pilotId), eq(cocreationPilot.processId, context.process.id)));
	if (!row) throw notFoundOrNotAllowed();
	return row;
}

/** The groups a pilot may be run with: the groups the adult runs, but the co-design group. */
export async function pilotGroups(
	actor: Actor,
	context: Context
): Promise<{ id: string; name: string }[]> {
	return (await groupsRunBy(actor, context)).filter(
		(group) => group.id !== context.process.groupId
	);
}

/** Plans a pilot of a material with another group (its peers). */
export async function planPilot(
	actor: Actor,
	processId: string,
	input: PilotInput
): Promise<string> {
	const context = await processFor(actor, processId, 'cocreation.run_pilot');
	const material = await materialOf(context, input.materialId);
	if (input.groupId === context.process.groupId)
		throw new DomainError('cocreation.pilot_other_group', 400);
	const group = await managedGroupContext(input.groupId);
	if (group.organisationId !== context.process.organisationId) throw notFoundOrNotAllowed();
	authorise(actor, 'live.run', { group });
	const [pilot] = await db()
		.insert(cocreationPilot)
		.values({
			processId,
			materialId: material.id,
			groupId: group.id,
			plannedOn: input.plannedOn
		})
		.returning({ id: cocreationPilot.id });
	await recordAudit(actor, {
		action: 'cocreation.pilot_planned',
		organisationId: context.process.organisationId,
		targetType: 'cocreation_pilot',
		targetId: pilot!.id
	});
	return pilot!.id;
}

/**
 * Starts a pilot: the material's current draft becomes a published version that only the pilot uses (refused
 * while texts are missing; the organisation is offered the material once finalised) and a live session of it
 * opens with the peers' group; their feedback opens with it. Returns the session.
 */
export async function startPilot(
	actor: Actor,
	processId: string,
	pilotId: string
): Promise<string> {
	const context = await processFor(actor, processId, 'cocreation.run_pilot');
	const pilot = await pilotIn(context, pilotId);
	authorise(actor, 'live.run', { group: await managedGroupContext(pilot.groupId) });
	// One start per pilot, whatever is clicked twice: the pilot is claimed first (version -1 while starting).
	const [claimed] = await db()
		.update(cocreationPilot)
		.set({ version: -1 })
		.where(
			and(
				eq(cocreationPilot.id, pilot.id),
				isNull(cocreationPilot.sessionId),
				isNull(cocreationPilot.version)
			)
		)
		.returning({ id: cocreationPilot.id });
	if (!claimed) throw new DomainError('cocreation.pilot_started', 409);
	try {
		const [material] = await db()
			.select()
			.from(cocreationMaterial)
			.where(eq(cocreationMaterial.id, pilot.materialId));
		const { spec, store } = kindOf(material!.kind);
		const version = await store.publishManaged(actor, material!.itemId, MANAGED_BY);
		const document = await store.managedDocument(material!.itemId, MANAGED_BY);
		const title = spec.title(document, material!.language);
		// A tool is played as its activity, in a workshop written for the pilot; a workshop is run as it is.
		const plan = spec.pilot(material!.itemId, document, material!.language);
		const sessionId = await startOneOffSession(actor, {
			groupId: pilot.groupId,
			source: { id: material!.itemId, version },
			workshop:
				'workshop' in plan
					? plan.workshop
					: oneOffWorkshop('pilot-session', { fr: title, en: title }, [
							{
								...plan.activity,
								title: { fr: title, en: title },
								participantText: both('pilot.participant_text'),
								notes: { goals: both('pilot.notes_goals'), howTo: both('pilot.notes_how') }
							}
						])
		});
		await db()
			.update(cocreationPilot)
			.set({ sessionId, version, feedbackOpen: true })
			.where(eq(cocreationPilot.id, pilot.id));
		return sessionId;
	} catch (failure) {
		// Not started after all (texts missing, a session already open in the group): it may be started again.
		await db()
			.update(cocreationPilot)
			.set({ version: null })
			.where(eq(cocreationPilot.id, pilot.id));
		throw failure;
	}
}

/** Closes (or opens again) a pilot's feedback. */
export async function setFeedbackOpen(
	actor: Actor,
	processId: string,
	pilotId: string,
	open: boolean
): Promise<void> {
	const context = await processFor(actor, processId, 'cocreation.manage');
	const pilot = await pilotIn(context, pilotId);
	if (!pilot.sessionId) throw new DomainError('cocreation.pilot_not_started', 409);
	await db()
		.update(cocreationPilot)
		.set({ feedbackOpen: open })
		.where(eq(cocreationPilot.id, pilot.id));
}

/** The pilot a youth of its peers' group may answer now, or "not found or not allowed". */
async function openPilotFor(actor: Actor, pilotId: string) {
	if (actor.kind !== 'participant' || !isUuid(pilotId)) throw notFoundOrNotAllowed();
	const [row] = await db()
		.select({ pilot: cocreationPilot, process: cocreationProcess })
		.from(cocreationPilot)
		.innerJoin(cocreationProcess, eq(cocreationProcess.id, cocreationPilot.processId))
		.where(eq(cocreationPilot.id, pilotId));
	if (
		!row ||
		!allows(actor, 'cocreation.give_feedback', { organisationId: row.process.organisationId }) ||
		!actor.groups.some((group) => group.id === row.pilot.groupId) ||
		// The feedback is for the peers who took part in the pilot.
		!row.pilot.sessionId ||
		!(await sessionsAttended(actor.participantId, [row.pilot.sessionId])).has(row.pilot.sessionId)
	)
		throw notFoundOrNotAllowed();
	return row;
}

export type FeedbackForm = { pilotId: string; title: string; open: boolean; answered: boolean };

/** Whether she answered a pilot (kept apart from the answers). */
async function answered(pilotId: string, participantId: string): Promise<boolean> {
	const [row] = await db()
		.select({ pilotId: cocreationFeedbackGiven.pilotId })
		.from(cocreationFeedbackGiven)
		.where(
			and(
				eq(cocreationFeedbackGiven.pilotId, pilotId),
				eq(cocreationFeedbackGiven.participantId, participantId)
			)
		);
	return Boolean(row);
}

/** The material's title, for the peers (the draft's, in the material's language). */
async function pilotTitle(materialId: string): Promise<string> {
	const [material] = await db()
		.select()
		.from(cocreationMaterial)
		.where(eq(cocreationMaterial.id, materialId));
	const { spec, store } = kindOf(material!.kind);
	return spec.title(await store.managedDocument(material!.itemId, MANAGED_BY), material!.language);
}

/** The feedback form of a pilot, for a youth of its peers' group. */
export async function feedbackForm(actor: Actor, pilotId: string): Promise<FeedbackForm> {
	const { pilot } = await openPilotFor(actor, pilotId);
	return {
		pilotId: pilot.id,
		title: await pilotTitle(pilot.materialId),
		open: pilot.feedbackOpen,
		answered: await answered(pilot.id, (actor as { participantId: string }).participantId)
	};
}

/** The pilots a youth may give feedback on now (her groups', feedback open, not answered yet): her home asks. */
export async function feedbackToGive(actor: Actor): Promise<FeedbackForm[]> {
	if (actor.kind !== 'participant' || actor.groups.length === 0) return [];
	if (!allows(actor, 'cocreation.give_feedback', { organisationId: actor.organisationId }))
		return [];
	const open = await db()
		.select({
			id: cocreationPilot.id,
			materialId: cocreationPilot.materialId,
			sessionId: cocreationPilot.sessionId
		})
		.from(cocreationPilot)
		.leftJoin(
			cocreationFeedbackGiven,
			and(
				eq(cocreationFeedbackGiven.pilotId, cocreationPilot.id),
				eq(cocreationFeedbackGiven.participantId, actor.participantId)
			)
		)
		.where(
			and(
				inArray(
					cocreationPilot.groupId,
					actor.groups.map((group) => group.id)
				),
				eq(cocreationPilot.feedbackOpen, true),
				isNull(cocreationFeedbackGiven.pilotId)
			)
		);
	// Only the pilots she took part in.
	const attended = await sessionsAttended(
		actor.participantId,
		open.map((pilot) => pilot.sessionId).filter((id): id is string => id !== null)
	);
	const pilots = open.filter((pilot) => pilot.sessionId && attended.has(pilot.sessionId));
	return Promise.all(
		pilots.map(async (pilot) => ({
			pilotId: pilot.id,
			title: await pilotTitle(pilot.materialId),
			open: true,
			answered: false
		}))
	);
}

/**
 * A peer's anonymous feedback: each text passes the moderation (held for her own group's designated facilitator
 * when it suggests danger, and not kept here), then waits for the process's adults to approve it.
 */
export async function giveFeedback(
	actor: Actor,
	pilotId: string,
	input: FeedbackInput
): Promise<'sent' | 'held'> {
	const { pilot, process } = await openPilotFor(actor, pilotId);
	if (!pilot.feedbackOpen) throw new DomainError('cocreation.feedback_closed', 409);
	const participant = actor as Extract<Actor, { kind: 'participant' }>;
	const place = {
		organisationId: process.organisationId,
		groupId: pilot.groupId,
		source: 'cocreation_feedback' as const
	};
	if (await answered(pilot.id, participant.participantId))
		throw new DomainError('cocreation.feedback_given', 409);
	for (const text of [input.worked, input.didNot, input.suggestions].filter(Boolean))
		if ((await screenYouthText(participant, place, text)) === 'held') return 'held';
	await db().transaction(async (tx) => {
		// That she answered, and what she answered, in two tables with nothing linking them.
		const [first] = await tx
			.insert(cocreationFeedbackGiven)
			.values({ pilotId: pilot.id, participantId: participant.participantId })
			.onConflictDoNothing()
			.returning({ pilotId: cocreationFeedbackGiven.pilotId });
		if (!first) throw new DomainError('cocreation.feedback_given', 409);
		await tx.insert(cocreationFeedback).values({
			pilotId: pilot.id,
			worked: input.worked,
			didNot: input.didNot,
			recommend: input.recommend,
			suggestions: input.suggestions,
			status: 'pending'
		});
	});
	return 'sent';
}

/** Approves, hides (with a reason) or restores a peer's feedback: the adults who steer the process; audited. */
export async function moderateFeedback(
	actor: Actor,
	processId: string,
	feedbackId: string,
	decision: PostDecision,
	reason = ''
): Promise<void> {
	const context = await processFor(actor, processId, 'cocreation.manage');
	if (!isUuid(feedbackId)) throw notFoundOrNotAllowed();
	const [row] = await db()
		.select({ feedback: cocreationFeedback })
		.from(cocreationFeedback)
		.innerJoin(cocreationPilot, eq(cocreationPilot.id, cocreationFeedback.pilotId))
		.where(and(eq(cocreationFeedback.id, feedbackId), eq(cocreationPilot.processId, processId)));
	if (!row) throw notFoundOrNotAllowed();
	const rule = DECISIONS[decision];
	if (decision === 'hide' && reason.trim() === '')
		throw new DomainError('moderation.reason_required', 400);
	// Decided once: two moderators at the same moment do not both decide it.
	const [decided] = await db()
		.update(cocreationFeedback)
		.set({
			status: rule.to,
			hiddenReason: decision === 'hide' ? reason.trim() : null
		})
		.where(
			and(
				eq(cocreationFeedback.id, row.feedback.id),
				inArray(cocreationFeedback.status, [...rule.from])
			)
		)
		.returning({ id: cocreationFeedback.id });
	if (!decided) throw new DomainError('moderation.already_decided', 409);
	await recordAudit(actor, {
		action: `cocreation.feedback_${rule.done}`,
		organisationId: context.process.organisationId,
		targetType: 'cocreation_feedback',
		targetId: feedbackId
	});
}

/** Finalises a material: its draft becomes its final published version, with its change log and credits. */
export async function finaliseMaterial(
	actor: Actor,
	processId: string,
	materialId: string
): Promise<number> {
	const context = await processFor(actor, processId, 'cocreation.finalise');
	const material = await materialOf(context, materialId);
	// Finalised: offered to the organisation from now on, with its credits.
	const version = await kindOf(material.kind).store.publishManaged(
		actor,
		material.itemId,
		MANAGED_BY,
		{
			list: true
		}
	);
	await db()
		.update(cocreationMaterial)
		.set({ finalVersion: version })
		.where(eq(cocreationMaterial.id, material.id));
	return version;
}

// ---------------------------------------------------------------------------------------------------------
// What the process page shows

export type FeedbackView = {
	id: string;
	worked: string;
	didNot: string;
	recommend: Recommend;
	suggestions: string;
	status: 'pending' | 'published' | 'hidden';
	hiddenReason: string | null;
};

export type PilotView = {
	id: string;
	materialId: string;
	group: string;
	plannedOn: string | null;
	sessionId: string | null;
	version: number | null;
	feedbackOpen: boolean;
	/** Approved feedback for everyone; every answer for the adults who steer the process. */
	feedback: FeedbackView[];
	/** How many peers answered (all statuses), for the adults. */
	answers: number;
};

/** The process's pilots and their feedback, for its page. WARNING: no permission check. */
export async function pilotsOf(processId: string, steers: boolean): Promise<PilotView[]> {
	const pilots = await db()
		.select()
		.from(cocreationPilot)
		.where(eq(cocreationPilot.processId, processId))
		.orderBy(asc(cocreationPilot.createdAt));
	if (pilots.length === 0) return [];
	const feedback = await db()
		.select()
		.from(cocreationFeedback)
		.where(
			inArray(
				cocreationFeedback.pilotId,
				pilots.map((pilot) => pilot.id)
			)
		)
		.orderBy(asc(cocreationFeedback.createdAt));
	const names = new Map<string, string>();
	for (const pilot of pilots)
		if (!names.has(pilot.groupId))
			names.set(pilot.groupId, (await managedGroupContext(pilot.groupId)).name);
	return pilots.map((pilot) => {
		const here = feedback.filter((item) => item.pilotId === pilot.id);
		return {
			id: pilot.id,
			materialId: pilot.materialId,
			group: names.get(pilot.groupId) ?? '',
			plannedOn: pilot.plannedOn,
			sessionId: pilot.sessionId,
			version: pilot.version,
			feedbackOpen: pilot.feedbackOpen,
			feedback: here
				.filter((item) => steers || item.status === 'published')
				.map((item) => ({
					id: item.id,
					worked: item.worked,
					didNot: item.didNot,
					recommend: item.recommend,
					suggestions: item.suggestions,
					status: item.status,
					hiddenReason: steers ? item.hiddenReason : null
				})),
			answers: steers ? here.length : 0
		};
	});
}

/**
 * "We heard / we changed": each published feedback that changes answer, with those changes (the text after, by
 * whom). WARNING: no permission check.
 */
export async function heardAndChanged(
	processId: string,
	pilots?: readonly PilotView[]
): Promise<
	{
		feedback: Omit<FeedbackView, 'status' | 'hiddenReason'>;
		changes: { material: string; path: string; after: string; author: string }[];
	}[]
> {
	const changes = await db()
		.select({ change: cocreationChange, materialId: cocreationMaterial.id })
		.from(cocreationChange)
		.innerJoin(cocreationMaterial, eq(cocreationMaterial.id, cocreationChange.materialId))
		.where(
			and(
				eq(cocreationMaterial.processId, processId),
				sql`jsonb_array_length(${cocreationChange.answers}) > 0`
			)
		)
		.orderBy(asc(cocreationChange.at));
	if (changes.length === 0) return [];
	const published = (pilots ?? (await pilotsOf(processId, false)))
		.flatMap((pilot) => pilot.feedback)
		.filter((item) => item.status === 'published');
	return published
		.map((item) => ({
			feedback: {
				id: item.id,
				worked: item.worked,
				didNot: item.didNot,
				recommend: item.recommend,
				suggestions: item.suggestions
			},
			changes: changes
				.filter((row) => row.change.answers.includes(item.id))
				.map((row) => ({
					material: row.materialId,
					path: row.change.path,
					after: row.change.after,
					author: row.change.author
				}))
		}))
		.filter((item) => item.changes.length > 0);
}

/** Refuses feedback ids that are not published feedback of the process's pilots. WARNING: no permission check. */
export async function checkPublishedFeedback(
	processId: string,
	ids: readonly string[]
): Promise<void> {
	if (ids.length === 0) return;
	const known = await db()
		.select({ id: cocreationFeedback.id })
		.from(cocreationFeedback)
		.innerJoin(cocreationPilot, eq(cocreationPilot.id, cocreationFeedback.pilotId))
		.where(
			and(
				inArray(cocreationFeedback.id, [...ids]),
				eq(cocreationPilot.processId, processId),
				eq(cocreationFeedback.status, 'published')
			)
		);
	if (known.length !== ids.length) throw notFoundOrNotAllowed();
}
