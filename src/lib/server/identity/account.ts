// Account verbs: an adult's forgotten password by e-mail link, active sessions, signing out everywhere; anyone
// signed in: the quick-exit notice understood.
import { APIError } from 'better-auth/api';
import type { Actor } from '../platform/actor.ts';
import { recordAudit } from '../platform/audit.ts';
import { anonymous } from '../platform/actor.ts';
import { DomainError, notFoundOrNotAllowed } from '../platform/errors.ts';
import { ensureAttemptAllowed, recordFailedAttempt } from '../platform/rate-limit.ts';
import { and, eq, isNull } from 'drizzle-orm';
import { db } from '../db/client.ts';
import { auth } from './auth.ts';
import { user } from './schema.ts';

/**
 * Sends a reset link when the address has an adult account. The answer is the same either way, so
 * nobody learns which addresses have accounts; requests are rate-limited per address and per e-mail.
 */
export async function requestPasswordReset(email: string, address: string): Promise<void> {
	const attempt = { kind: 'password_reset', account: email, address } as const;
	await ensureAttemptAllowed(attempt);
	// Every request counts against the limit, whether the address has an account or not.
	await recordFailedAttempt(attempt);
	await (await auth()).api.requestPasswordReset({ body: { email } });
	await recordAudit(anonymous, { action: 'identity.password_reset_requested' });
}

/** Sets a new password from a reset link; every session of the account ends. */
export async function resetPassword(token: string, newPassword: string): Promise<void> {
	try {
		await (await auth()).api.resetPassword({ body: { token, newPassword } });
	} catch (error) {
		if (error instanceof APIError) throw new DomainError('identity.reset_link_invalid', 410);
		throw error;
	}
	await recordAudit(anonymous, { action: 'identity.password_reset' });
}

export type ActiveSession = {
	id: string;
	createdAt: Date;
	updatedAt: Date;
	device: string;
	current: boolean;
};

/** The adult's signed-in sessions (devices), the current one marked. */
export async function listMySessions(actor: Actor, headers: Headers): Promise<ActiveSession[]> {
	if (actor.kind !== 'user') throw notFoundOrNotAllowed();
	const api = (await auth()).api;
	const [sessions, current] = await Promise.all([
		api.listSessions({ headers }),
		api.getSession({ headers })
	]);
	return sessions
		.map((session) => ({
			id: session.id,
			createdAt: new Date(session.createdAt),
			updatedAt: new Date(session.updatedAt),
			device: describeDevice(session.userAgent ?? ''),
			current: session.id === current?.session.id
		}))
		.sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime());
}

/** Ends every session of the adult, this one included. */
export async function signOutEverywhere(actor: Actor, headers: Headers): Promise<void> {
	if (actor.kind !== 'user') throw notFoundOrNotAllowed();
	await (await auth()).api.revokeSessions({ headers });
	await recordAudit(actor, { action: 'identity.signed_out_everywhere' });
}

/** A short, non-identifying name for a browser: "Firefox on Windows". */
function describeDevice(userAgent: string): string {
	const browser = /Edg\//.test(userAgent)
		? 'Edge'
		: /Firefox\//.test(userAgent)
			? 'Firefox'
			: /Chrome\//.test(userAgent)
				? 'Chrome'
				: /Safari\//.test(userAgent)
					? 'Safari'
					: '?';
	const system = /Android/.test(userAgent)
		? 'Android'
		: /iPhone|iPad/.test(userAgent)
			? 'iOS'
			: /Windows/.test(userAgent)
				? 'Windows'
				: /Mac OS/.test(userAgent)
					? 'macOS'
					: /Linux|CrOS/.test(userAgent)
						? 'Linux'
						: '?';
	return `${browser} · ${system}`;
}

/**
 * Remembers, with the account, that the signed-in person understood the quick-exit notice; nothing for a visitor.
 * WARNING: no rights-table check — a person's own answer about herself.
 */
export async function markSafetyNoticeSeen(actor: Actor): Promise<void> {
	if (actor.kind !== 'user' && actor.kind !== 'participant') return;
	await db()
		.update(user)
		.set({ safetyNoticeSeenAt: new Date() })
		.where(and(eq(user.id, actor.userId), isNull(user.safetyNoticeSeenAt)));
}
