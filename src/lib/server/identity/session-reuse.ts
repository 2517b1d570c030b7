// A teen's sessions resolved in the last few seconds on this instance, by session cookie: a live vote may reuse
// one instead of asking the database again (votes come in bursts, and each round trip counts). Signing out, quick
// exit and a pass-phrase reset forget them here; another instance may still reuse one for at most REUSE_MS.
import type { ResolvedSession } from './service.ts';

const reusable = new Map<string, { resolved: ResolvedSession; userId: string; until: number }>();
export const REUSE_MS = 10_000;
const REUSE_MAX = 20_000;

function sessionCookie(headers: Headers): string | null {
	const cookie = headers.get('cookie');
	if (!cookie) return null;
	for (const part of cookie.split(';')) {
		const at = part.indexOf('=');
		if (at > 0 && part.slice(0, at).trim().endsWith('pdn.session_token'))
			return part.slice(at + 1).trim();
	}
	return null;
}

/** The teen's session as resolved seconds ago, if it is still fresh and not past its deadline. */
export function reusedSession(headers: Headers, now: number): ResolvedSession | undefined {
	const key = sessionCookie(headers);
	const known = key ? reusable.get(key) : undefined;
	if (!known || known.until <= now || (known.resolved.deadline ?? Infinity) <= now)
		return undefined;
	return known.resolved;
}

/** Keeps a teen's freshly resolved session for reuse (adults' sessions are never reused). */
export function remember(headers: Headers, resolved: ResolvedSession, now: number): void {
	const key = sessionCookie(headers);
	if (!key || resolved.actor.kind !== 'participant') return;
	if (reusable.size >= REUSE_MAX) reusable.clear();
	reusable.set(key, { resolved, userId: resolved.actor.userId, until: now + REUSE_MS });
}

export function forgetReusedSession(headers: Headers): void {
	const key = sessionCookie(headers);
	if (key) reusable.delete(key);
}

/** Forgets every reusable session of this account (its sessions were just revoked). */
export function forgetReusedSessionsOf(userId: string): void {
	for (const [key, entry] of reusable) if (entry.userId === userId) reusable.delete(key);
}
