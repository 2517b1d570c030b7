// What every co-creation verb starts from: the process, its phases, its group and its adult allies, and the one
// place that decides who may see it and who holds a right there now (the rights table with the current phase's
// grants). The verbs are in service.ts (the process, phase 1) and dialogue.ts (phase 4).
import { asc, eq } from 'drizzle-orm';
import { phaseScope } from '#lib/domain/cocreation/phases.ts';
import { isUuid } from '#lib/domain/ids.ts';
import { RIGHTS, type Right } from '#lib/domain/rights/rights.ts';
import { db } from '../db/client.ts';
import type { Actor, ParticipantActor } from '../platform/actor.ts';
import { DomainError, notFoundOrNotAllowed } from '../platform/errors.ts';
import { allows } from '../platform/rights.ts';
import { listGroups, managedGroupContext } from '../identity/service.ts';
import { cocreationAlly, cocreationPhase, cocreationProcess } from './schema.ts';

/** What the content engine records as writing a co-design group's material (youth hold the pen there). */
export const MANAGED_BY = 'cocreation';

/** Counts of private reactions show only once this many people besides the reader have reacted. */
export const REACTIONS_SHOWN_FROM = 3;

export type ProcessRow = typeof cocreationProcess.$inferSelect;
export type PhaseRow = typeof cocreationPhase.$inferSelect;
export type Context = {
	process: ProcessRow;
	phases: PhaseRow[];
	current: PhaseRow | null;
	group: Awaited<ReturnType<typeof managedGroupContext>>;
	/** The user ids of the process's adult allies. */
	allies: string[];
};

export async function contextOf(processId: string): Promise<Context> {
	if (!isUuid(processId)) throw notFoundOrNotAllowed();
	const [process] = await db()
		.select()
		.from(cocreationProcess)
		.where(eq(cocreationProcess.id, processId));
	if (!process) throw notFoundOrNotAllowed();
	const [phases, allies] = await Promise.all([
		db()
			.select()
			.from(cocreationPhase)
			.where(eq(cocreationPhase.processId, processId))
			.orderBy(asc(cocreationPhase.position)),
		db()
			.select({ userId: cocreationAlly.userId })
			.from(cocreationAlly)
			.where(eq(cocreationAlly.processId, processId))
	]);
	const current = phases.find((phase) => phase.id === process.currentPhaseId) ?? null;
	return {
		process,
		phases,
		current,
		group: await managedGroupContext(process.groupId),
		allies: allies.map((ally) => ally.userId)
	};
}

/** The scope of a right in this process: its group (who runs it), its allies, what the current phase turns on. */
export function scopeOf(context: Context) {
	return {
		group: context.group,
		allies: context.allies,
		phase: phaseScope(context.current?.kind ?? null)
	};
}

/** Whether the actor is one of the process's co-designers: a youth of its group. */
export function isCoDesigner(actor: Actor, context: Context): actor is ParticipantActor {
	return (
		actor.kind === 'participant' &&
		allows(actor, 'cocreation.take_part', { organisationId: context.process.organisationId }) &&
		actor.groups.some((group) => group.id === context.process.groupId)
	);
}

/** Whether the actor is one of the process's adults: those who steer it and its allies. */
export function isProcessAdult(actor: Actor, context: Context): boolean {
	return allows(actor, 'cocreation.follow', scopeOf(context));
}

/** The process, for its co-designers and its adults; "not found or not allowed" for anyone else. */
export async function visibleProcess(actor: Actor, processId: string): Promise<Context> {
	const context = await contextOf(processId);
	if (isCoDesigner(actor, context) || isProcessAdult(actor, context)) return context;
	throw notFoundOrNotAllowed();
}

/** The process, for someone who holds `right` there now (with the current phase's grants). */
export async function processFor(actor: Actor, processId: string, right: Right): Promise<Context> {
	const context = await visibleProcess(actor, processId);
	if (!allows(actor, right, scopeOf(context))) {
		// A right of theirs that the current phase does not turn on: said plainly.
		const inAnotherPhase = { ...scopeOf(context), phase: { grants: [right] } };
		if ('byPhase' in RIGHTS[right] && allows(actor, right, inAnotherPhase))
			throw new DomainError('cocreation.not_in_this_phase', 409);
		throw notFoundOrNotAllowed();
	}
	return context;
}

/**
 * The organisation's groups the adult runs (coordinators: all), for a pilot or a dialogue session. WARNING: the
 * caller has checked the right it offers them for.
 */
export async function groupsRunBy(
	actor: Actor,
	context: Context
): Promise<{ id: string; name: string }[]> {
	const groups = await listGroups(actor, context.process.organisationId);
	return groups.map((group) => ({ id: group.id, name: group.name }));
}

export function nameOf(actor: Actor): string {
	if (actor.kind === 'participant') return actor.pseudonym;
	if (actor.kind === 'user') return actor.name;
	return '';
}
