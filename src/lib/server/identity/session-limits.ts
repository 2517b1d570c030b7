// When a session ends: the rules a full resolution (service.ts) and the background re-check of a reused teen's
// session (session-recheck.ts) both apply, so that the two can never disagree.
import { config } from '../platform/config.ts';

/** Idle limits: every session ends after 30 minutes without activity, 10 on a shared device. */
export const IDLE_LIMIT_MS = 30 * 60 * 1000;
export const SHARED_DEVICE_IDLE_LIMIT_MS = 10 * 60 * 1000;
/** Activity extends a session by its idle limit, at most once a minute (Better Auth's `updateAge`). */
export const ACTIVITY_STEP_MS = 60 * 1000;

export type SessionTimes = {
	createdAt: Date;
	/** The last activity that extended it. */
	updatedAt: Date;
	expiresAt: Date;
	sharedDevice?: boolean | null;
};

/**
 * When the session ends if nothing happens before (epoch ms), and whether that is its absolute end (12 hours
 * after sign-in for adults, 4 for youth, by default), which no activity pushes back; null if it has ended by `now`.
 */
export function sessionEnd(
	times: SessionTimes,
	youth: boolean,
	now: number
): { deadline: number; final: boolean } | null {
	const lifetimes = config().sessionLifetimeMs;
	let idleEnd = times.expiresAt.getTime();
	if (times.sharedDevice)
		idleEnd = Math.min(idleEnd, times.updatedAt.getTime() + SHARED_DEVICE_IDLE_LIMIT_MS);
	const finalEnd = times.createdAt.getTime() + (youth ? lifetimes.youth : lifetimes.adult);
	const deadline = Math.min(idleEnd, finalEnd);
	return deadline <= now ? null : { deadline, final: finalEnd <= idleEnd };
}

/**
 * Whether activity now extends the session: only a session that has not ended, at most once per
 * `ACTIVITY_STEP_MS`. Better Auth does it on a request, except on a shared device (its cookie ends with the
 * browser, so it leaves the session as it was): there `resolveSession` does it, or the shared device's 10 minutes
 * would count from sign-in, not from the last activity.
 */
export function extendsOnActivity(times: SessionTimes, youth: boolean, now: number): boolean {
	if (!sessionEnd(times, youth, now)) return false;
	return times.sharedDevice
		? times.updatedAt.getTime() + ACTIVITY_STEP_MS <= now
		: times.expiresAt.getTime() - IDLE_LIMIT_MS + ACTIVITY_STEP_MS <= now;
}

/**
 * The session extended for activity now: last activity now, and the idle limit from now (a shared device's
 * session keeps the expiry Better Auth gave it: its limit is 10 minutes after the last activity).
 */
export function extendedFor(times: SessionTimes, now: number): SessionTimes {
	return {
		...times,
		updatedAt: new Date(now),
		expiresAt: times.sharedDevice ? times.expiresAt : new Date(now + IDLE_LIMIT_MS)
	};
}
