// A live session's record: the fidelity checklist (each planned activity done as written, adapted or skipped,
// with why), the seven days it stays editable, and the share of the plan delivered as written.
import { z } from 'zod';

export const DELIVERIES = ['as_written', 'adapted', 'skipped'] as const;
export type Delivery = (typeof DELIVERIES)[number];

export const RECORD_LIMITS = { why: 1000, notes: 5000 } as const;

export const fidelity = z.record(
	z.string().max(64),
	z.object({ delivery: z.enum(DELIVERIES), why: z.string().max(RECORD_LIMITS.why) }).strict()
);
export type Fidelity = z.infer<typeof fidelity>;

/** A record stays editable by the group's facilitators this long after the session, or after an unlock. */
export const RECORD_EDITABLE_MS = 7 * 24 * 60 * 60 * 1000;

/** Whether the record can no longer be changed: seven days after the session closed (or was last unlocked). */
export function recordLocked(
	closedAt: Date | null,
	unlockedAt: Date | null,
	now: Date = new Date()
): boolean {
	if (!closedAt) return false;
	const since = unlockedAt && unlockedAt > closedAt ? unlockedAt : closedAt;
	return now.getTime() - since.getTime() > RECORD_EDITABLE_MS;
}

/**
 * The checklist as the facilitator left it, completed for every planned activity: one she did not fill in is
 * "as written" if the room spent time on it, otherwise "skipped".
 */
export function completeFidelity(
	planned: readonly string[],
	seconds: Readonly<Record<string, number>>,
	filled: Fidelity
): Fidelity {
	return Object.fromEntries(
		planned.map((id) => [
			id,
			filled[id] ?? {
				delivery: (seconds[id] ?? 0) > 0 ? ('as_written' as const) : ('skipped' as const),
				why: ''
			}
		])
	);
}

/** The share of planned activities delivered as written (0 to 1), or null with nothing planned. */
export function deliveredAsWritten(planned: readonly string[], checklist: Fidelity): number | null {
	if (planned.length === 0) return null;
	return planned.filter((id) => checklist[id]?.delivery === 'as_written').length / planned.length;
}
