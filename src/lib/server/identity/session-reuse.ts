// A teen's sessions resolved in the last minute on this instance, by a hash of the session cookie: a live vote
// may reuse one instead of asking the database again (votes come in bursts, and each round trip counts). When a
// session ends (sign-out, quick exit, a pass-phrase reset), every instance hears it (`identity.sessions_ended`,
// carrying the hash or the account id, never the cookie) and forgets it. In the second half of its minute (at a
// moment drawn for each session, so that a room's sessions, all seen at once, are not all checked again at once)
// the first use asks for it to be checked again in the background (session-recheck.ts): a teen who keeps voting
// never waits for it.
import { createHash } from 'node:crypto';
import { anonymous } from '../platform/actor.ts';
import { db } from '../db/client.ts';
import { events } from '../platform/events.ts';
import type { ResolvedSession } from './service.ts';

type Entry = {
	resolved: ResolvedSession;
	userId: string;
	/** The session's token (the cookie's value without its signature), to check it again. */
	token: string;
	until: number;
	/** From then on, the first use asks for it to be checked again (once). */
	refreshAt: number;
	refreshing: boolean;
};

const reusable = new Map<string, Entry>();
export const REUSE_MS = 60_000;
/**
 * The share of the minute after which it is checked again: from half, plus up to this much more at random (a
 * room's 33 sessions, or 2,000 on a busy instance, are checked again a few at a time, not in one burst; late in
 * the minute, so that each is checked about once a minute, no more).
 */
const REFRESH_FROM = 0.5;
const REFRESH_SPREAD = 0.45;
const REUSE_MAX = 20_000;
let listening = false;

function keyOf(cookie: string | null | undefined): string | null {
	if (!cookie) return null;
	for (const part of cookie.split(';')) {
		const at = part.indexOf('=');
		if (at > 0 && part.slice(0, at).trim().endsWith('pdn.session_token'))
			return createHash('sha256')
				.update(part.slice(at + 1).trim())
				.digest('hex');
	}
	return null;
}

function listen(): void {
	if (listening) return;
	listening = true;
	events().subscribe('identity.sessions_ended', ({ key, userId }) => {
		if (key) reusable.delete(key);
		if (userId)
			for (const [known, entry] of reusable) if (entry.userId === userId) reusable.delete(known);
	});
}

/** A reused session due to be checked again: its key in this instance's memory, and its token. */
export type DueSession = { key: string; token: string };

/**
 * The teen's session behind this `Cookie` header as resolved in the last minute, if it has not ended or passed
 * its deadline; `due` is given once, after the moment drawn for it: the caller, which reuses it now, should have
 * it checked again (in the background).
 */
export function reusedSession(
	cookie: string | null | undefined,
	now: number
): { resolved: ResolvedSession; due?: DueSession } | undefined {
	const key = keyOf(cookie);
	const known = key ? reusable.get(key) : undefined;
	if (!key || !known || known.until <= now || (known.resolved.deadline ?? Infinity) <= now)
		return undefined;
	if (known.refreshing || now < known.refreshAt) return { resolved: known.resolved };
	known.refreshing = true;
	return { resolved: known.resolved, due: { key, token: known.token } };
}

/** Keeps a teen's freshly resolved session for reuse (adults' sessions are never reused). */
export function remember(
	headers: Headers,
	resolved: ResolvedSession,
	token: string,
	now: number
): void {
	if (resolved.actor.kind !== 'participant') return;
	const key = keyOf(headers.get('cookie'));
	if (!key) return;
	listen();
	if (reusable.size >= REUSE_MAX) reusable.clear();
	keep(key, resolved, resolved.actor.userId, token, now);
}

function keep(
	key: string,
	resolved: ResolvedSession,
	userId: string,
	token: string,
	now: number
): void {
	reusable.set(key, {
		resolved,
		userId,
		token,
		until: now + REUSE_MS,
		refreshAt: now + REUSE_MS * (REFRESH_FROM + REFRESH_SPREAD * Math.random()),
		refreshing: false
	});
}

/**
 * The outcome of checking a reused session again: a new minute as it is now, or, when it is no longer a teen's
 * live session (undefined), forgotten. A session forgotten meanwhile (it ended) stays forgotten.
 */
export function rechecked(
	due: DueSession,
	resolved: ResolvedSession | undefined,
	now: number
): void {
	const known = reusable.get(due.key);
	if (!known) return;
	if (resolved?.actor.kind === 'participant')
		keep(due.key, resolved, resolved.actor.userId, due.token, now);
	else reusable.delete(due.key);
}

/** The request's session is ending: no instance reuses it any more. */
export async function endReusedSession(headers: Headers): Promise<void> {
	const key = keyOf(headers.get('cookie'));
	if (!key) return;
	reusable.delete(key);
	await events().publish('identity.sessions_ended', { key }, db(), anonymous);
}

/** Every session of this account was just revoked: no instance reuses any of them. */
export async function endReusedSessionsOf(userId: string): Promise<void> {
	for (const [key, entry] of reusable) if (entry.userId === userId) reusable.delete(key);
	await events().publish('identity.sessions_ended', { userId }, db(), anonymous);
}
