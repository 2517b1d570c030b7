// A teen's session reused by live votes: kept for a minute at most, never an adult's, and forgotten on every
// instance as soon as it ends (the event carries a hash of the cookie or the account id, never the cookie).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '../db/client.ts';
import { useTestDatabase } from '../db/test-database.ts';
import { anonymous } from '../platform/actor.ts';
import { events } from '../platform/events.ts';
import type { ResolvedSession } from './service.ts';
import {
	endReusedSession,
	forgetReused,
	remember,
	REUSE_MS,
	reusedSession
} from './session-reuse.ts';

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
/** Whether reusing the session at `now` asks for it to be resolved again. */
const refreshAsked = (header: string | null, now: number) =>
	reusedSession(header, now)?.refresh ?? false;
const cookie = (value: string) => new Headers({ cookie: `lang=fr; pdn.session_token=${value}` });

async function eventually(check: () => boolean): Promise<boolean> {
	for (let waited = 0; waited < 5000 && !check(); waited += 20)
		await new Promise((resolve) => setTimeout(resolve, 20));
	return check();
}

describe('a reused session', () => {
	it('serves a teen’s session for a minute, never an adult’s, never past its deadline', () => {
		const now = Date.now();
		remember(cookie('a.signature'), teen('teen-a'), now);
		expect(
			reusedSession(cookie('a.signature').get('cookie'), now + 1000)?.resolved.actor.kind
		).toBe('participant');
		expect(reusedSession(cookie('a.signature').get('cookie'), now + REUSE_MS + 1)).toBeUndefined();
		expect(reusedSession(cookie('another.one').get('cookie'), now)).toBeUndefined();
		remember(cookie('adult.signature'), { ...teen('x'), actor: anonymous }, now);
		expect(reusedSession(cookie('adult.signature').get('cookie'), now)).toBeUndefined();
		remember(cookie('late.signature'), { ...teen('teen-b'), deadline: now + 500 }, now);
		expect(reusedSession(cookie('late.signature').get('cookie'), now + 600)).toBeUndefined();
	});

	it('is forgotten when it ends, and when another instance says an account’s sessions ended', async () => {
		const now = Date.now();
		remember(cookie('c.signature'), teen('teen-c'), now);
		await endReusedSession(cookie('c.signature'));
		expect(reusedSession(cookie('c.signature').get('cookie'), now)).toBeUndefined();
		remember(cookie('d.signature'), teen('teen-d'), Date.now());
		// As another instance would announce a pass-phrase reset: only the account's id travels.
		await events().publish('identity.sessions_ended', { userId: 'teen-d' }, db(), anonymous);
		expect(
			await eventually(
				() => reusedSession(cookie('d.signature').get('cookie'), Date.now()) === undefined
			)
		).toBe(true);
	});

	it('asks once, late enough in its minute, to be resolved again, and not for a session it forgot', () => {
		const now = Date.now();
		const header = cookie('e.signature').get('cookie');
		remember(cookie('e.signature'), teen('teen-e'), now);
		expect(refreshAsked(header, now + 1000)).toBe(false);
		expect(refreshAsked(header, now + REUSE_MS * 0.49)).toBe(false);
		// Somewhere between half and 95 % of the minute, whatever was drawn for it.
		expect(refreshAsked(header, now + REUSE_MS * 0.96)).toBe(true);
		expect(refreshAsked(header, now + REUSE_MS * 0.97)).toBe(false);
		// Resolved again: a new minute, and a new refresh later on.
		remember(cookie('e.signature'), teen('teen-e'), now + REUSE_MS * 0.97);
		expect(refreshAsked(header, now + REUSE_MS * 1.2)).toBe(false);
		expect(refreshAsked(header, now + REUSE_MS * 1.93)).toBe(true);
		forgetReused(header);
		expect(reusedSession(header, now + REUSE_MS)).toBeUndefined();
		expect(refreshAsked(header, now + REUSE_MS * 1.93)).toBe(false);
	});

	it('spreads the refreshes of sessions seen at the same moment over the second half of the minute', () => {
		const now = Date.now();
		const headers = Array.from({ length: 40 }, (_, index) => cookie(`room.${index}`).get('cookie'));
		for (const header of headers) remember(new Headers({ cookie: header! }), teen('teen-f'), now);
		const firstAsked = headers.map((header) => {
			for (let percent = 0; percent <= 100; percent++)
				if (refreshAsked(header, now + (REUSE_MS * percent) / 100)) return percent;
			return -1;
		});
		expect(firstAsked.every((percent) => percent >= 50 && percent <= 96)).toBe(true);
		expect(new Set(firstAsked).size).toBeGreaterThan(20);
	});
});
