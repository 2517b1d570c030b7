// A teen's session reused by live votes: kept for a minute at most, never an adult's, and forgotten on every
// instance as soon as it ends (the event carries a hash of the cookie or the account id, never the cookie).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '../db/client.ts';
import { useTestDatabase } from '../db/test-database.ts';
import { anonymous } from '../platform/actor.ts';
import { events } from '../platform/events.ts';
import type { ResolvedSession } from './service.ts';
import { endReusedSession, rechecked, remember, REUSE_MS, reusedSession } from './session-reuse.ts';

useTestDatabase();
// This file's bus hears what it publishes, as every instance's does.
beforeAll(() => events().start());
afterAll(() => events().stop());

const teen = (userId: string): ResolvedSession => ({
	actor: {
		kind: 'participant',
		userId,
		participantId: crypto.randomUUID(),
		organisationId: crypto.randomUUID(),
		groups: [],
		pseudonym: 'Renard bleu'
	},
	deadline: null,
	final: false,
	safetyNoticeSeen: true
});
/** Whether reusing the session at `now` asks for it to be checked again. */
const refreshAsked = (header: string | null, now: number) =>
	reusedSession(header, now)?.due !== undefined;
const cookie = (value: string) => new Headers({ cookie: `lang=fr; pdn.session_token=${value}` });

async function eventually(check: () => boolean): Promise<boolean> {
	for (let waited = 0; waited < 5000 && !check(); waited += 20)
		await new Promise((resolve) => setTimeout(resolve, 20));
	return check();
}

describe('a reused session', () => {
	it('serves a teen’s session for a minute, never an adult’s, never past its deadline', () => {
		const now = Date.now();
		remember(cookie('a.signature'), teen('teen-a'), 'token', now);
		expect(
			reusedSession(cookie('a.signature').get('cookie'), now + 1000)?.resolved.actor.kind
		).toBe('participant');
		expect(reusedSession(cookie('a.signature').get('cookie'), now + REUSE_MS + 1)).toBeUndefined();
		expect(reusedSession(cookie('another.one').get('cookie'), now)).toBeUndefined();
		remember(cookie('adult.signature'), { ...teen('x'), actor: anonymous }, 'token', now);
		expect(reusedSession(cookie('adult.signature').get('cookie'), now)).toBeUndefined();
		remember(cookie('late.signature'), { ...teen('teen-b'), deadline: now + 500 }, 'token', now);
		expect(reusedSession(cookie('late.signature').get('cookie'), now + 600)).toBeUndefined();
	});

	it('is forgotten when it ends, and when another instance says an account’s sessions ended', async () => {
		const now = Date.now();
		remember(cookie('c.signature'), teen('teen-c'), 'token', now);
		await endReusedSession(cookie('c.signature'));
		expect(reusedSession(cookie('c.signature').get('cookie'), now)).toBeUndefined();
		remember(cookie('d.signature'), teen('teen-d'), 'token', Date.now());
		// As another instance would announce a pass-phrase reset: only the account's id travels.
		await events().publish('identity.sessions_ended', { userId: 'teen-d' }, db(), anonymous);
		expect(
			await eventually(
				() => reusedSession(cookie('d.signature').get('cookie'), Date.now()) === undefined
			)
		).toBe(true);
	});

	it('asks once, late enough in its minute, to be checked again, and not for a session it forgot', () => {
		const now = Date.now();
		const header = cookie('e.signature').get('cookie');
		remember(cookie('e.signature'), teen('teen-e'), 'token-e', now);
		expect(refreshAsked(header, now + 1000)).toBe(false);
		expect(refreshAsked(header, now + REUSE_MS * 0.49)).toBe(false);
		// Somewhere between half and 95 % of the minute, whatever was drawn for it.
		const due = reusedSession(header, now + REUSE_MS * 0.96)?.due;
		expect(due?.token).toBe('token-e');
		expect(refreshAsked(header, now + REUSE_MS * 0.97)).toBe(false);
		// Checked again: a new minute, and a new check later on.
		rechecked(due!, teen('teen-e'), now + REUSE_MS * 0.97);
		// (Before half of its new minute: a look later could be the one that asks for the next check.)
		expect(reusedSession(header, now + REUSE_MS * 1.2)?.resolved.actor.kind).toBe('participant');
		expect(refreshAsked(header, now + REUSE_MS * 1.3)).toBe(false);
		const again = reusedSession(header, now + REUSE_MS * 1.93)?.due;
		expect(again?.token).toBe('token-e');
		// Checked again and no longer a teen's live session: forgotten, and no more checks asked for.
		rechecked(again!, undefined, now + REUSE_MS * 1.93);
		expect(reusedSession(header, now + REUSE_MS * 1.5)).toBeUndefined();
		expect(refreshAsked(header, now + REUSE_MS * 1.94)).toBe(false);
	});

	it('stays forgotten when its session ended while it was being checked again', async () => {
		const now = Date.now();
		const header = cookie('g.signature').get('cookie');
		remember(cookie('g.signature'), teen('teen-g'), 'token-g', now);
		const due = reusedSession(header, now + REUSE_MS * 0.96)?.due;
		expect(due).toBeDefined();
		await endReusedSession(cookie('g.signature'));
		rechecked(due!, teen('teen-g'), now + REUSE_MS * 0.97);
		expect(reusedSession(header, now + REUSE_MS)).toBeUndefined();
	});

	it('spreads the checks of sessions seen at the same moment over the second half of the minute', () => {
		const now = Date.now();
		const headers = Array.from({ length: 40 }, (_, index) => cookie(`room.${index}`).get('cookie'));
		for (const header of headers)
			remember(new Headers({ cookie: header! }), teen('teen-f'), 'token', now);
		const firstAsked = headers.map((header) => {
			for (let percent = 0; percent <= 100; percent++)
				if (refreshAsked(header, now + (REUSE_MS * percent) / 100)) return percent;
			return -1;
		});
		expect(firstAsked.every((percent) => percent >= 50 && percent <= 96)).toBe(true);
		// 40 draws over about 46 steps give about 27 different ones; 20 or fewer happens 1 time in 1,000,
		// 15 or fewer less than 1 in a million. All at one moment (no spread) would give 1.
		expect(new Set(firstAsked).size).toBeGreaterThan(15);
	});
});
