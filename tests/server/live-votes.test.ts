// A teen's vote over real HTTP: counted once however often it is sent, shown to the facilitator as a count, and
// refused once she has left by quick exit, even though her session was reused a moment before.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../support/app.ts';
import { populatedPlatform, type Platform } from '../support/people.ts';

let app: RunningApp;
let platform: Platform;
beforeAll(async () => {
	app = await startApp();
	platform = await populatedPlatform(app);
	// The check-in, the workshop's second activity: a question the room answers.
	const moved = await platform.facilitator.post(`/live/${platform.live}/control?/move`, {
		action: 'jump',
		activity: '1'
	});
	expect(moved.status).toBe(200);
});
afterAll(async () => {
	await app?.stop();
});

async function target(): Promise<string> {
	const page = await (await platform.participant.get(`/live/${platform.live}`)).text();
	return page.match(/name="target" value="([^"]+)"/)![1]!;
}

const vote = (cookie: string, body: unknown) =>
	fetch(`${app.url}/live/${platform.live}/vote`, {
		method: 'POST',
		headers: { cookie, 'content-type': 'application/json', origin: app.url },
		body: JSON.stringify(body)
	});

describe('a teen’s vote', () => {
	it('counts once however many times it is sent, and reaches the facilitator as a count', async () => {
		const cookie = platform.participant.jar.header();
		const question = await target();
		const answers = await Promise.all(
			Array.from({ length: 6 }, () => vote(cookie, { target: question, choice: '3' }))
		);
		expect(answers.map((answer) => answer.status)).toEqual([204, 204, 204, 204, 204, 204]);
		const control = await (await platform.facilitator.get(`/live/${platform.live}/control`)).text();
		expect(control).toContain('1 réponse');
		// An option the question does not have, or a question the room is not on, is refused as closed.
		expect((await vote(cookie, { target: question, choice: '9' })).status).toBe(409);
		expect((await vote(cookie, { target: 'a0.0.', choice: '3' })).status).toBe(409);
	});

	it('is refused once she has left by quick exit, though her session was reused a moment before', async () => {
		const cookie = platform.participant.jar.header();
		const question = await target();
		expect((await vote(cookie, { target: question, choice: '2' })).status).toBe(204);
		const exit = await fetch(`${app.url}/exit`, { headers: { cookie }, redirect: 'manual' });
		expect(exit.status).toBe(303);
		const after = await vote(cookie, { target: question, choice: '4' });
		expect(after.status).toBe(404);
		await expect(after.json()).resolves.toEqual({ error: 'errors.not_found_or_not_allowed' });
	});
});
