// A teen's vote over real HTTP: counted once however often it is sent, shown to the facilitator as a count, and
// refused once she has left by quick exit, even though her session was reused a moment before. A vote whose
// session this instance saw lately takes the lane (platform/lanes.ts) and is answered as the route answers it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../support/app.ts';
import { client } from '../support/http.ts';
import { populatedPlatform, type Platform } from '../support/people.ts';

let app: RunningApp;
let platform: Platform;
beforeAll(async () => {
	// The access log (info) says which votes took the lane.
	app = await startApp({ env: { LOG_LEVEL: 'info' } });
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

const vote = (cookie: string, body: unknown, query = '') =>
	fetch(`${app.url}/live/${platform.live}/vote${query}`, {
		method: 'POST',
		headers: { cookie, 'content-type': 'application/json', origin: app.url },
		body: typeof body === 'string' ? body : JSON.stringify(body)
	});

/** Whether the access log shows the request `id` answered by a lane (true), by SvelteKit (false), or not at all. */
function tookLane(id: string): boolean | undefined {
	for (const line of app.output().split('\n')) {
		if (!line.includes(id)) continue;
		const entry = JSON.parse(line) as { requestId?: string; msg?: string; lane?: boolean };
		if (entry.requestId === id && entry.msg === 'request') return entry.lane === true;
	}
	return undefined;
}

async function eventually<T>(read: () => T | undefined): Promise<T | undefined> {
	for (let waited = 0; waited < 3000; waited += 25) {
		const value = read();
		if (value !== undefined) return value;
		await new Promise((resolve) => setTimeout(resolve, 25));
	}
	return read();
}

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

	it('takes the lane when her session was seen a moment ago, and answers every case as the route does', async () => {
		const cookie = platform.participant.jar.header();
		const question = await target();
		const cases: [string, unknown][] = [
			['counted', { target: question, choice: '2' }],
			['changed', { target: question, choice: '5' }],
			['not JSON', '{"target":'],
			['missing its choice', { target: question }],
			['an option the question lacks', { target: question, choice: '9' }],
			['another question', { target: 'a0.0.', choice: '3' }]
		];
		for (const [what, body] of cases) {
			// The exact path takes the lane; a query string (which the route ignores) leaves it to SvelteKit.
			const byLane = await vote(cookie, body);
			const byRoute = await vote(cookie, body, '?par=route');
			const read = async (answer: Response) => ({
				status: answer.status,
				body: await answer.text(),
				type: answer.headers.get('content-type'),
				cache: answer.headers.get('cache-control'),
				frames: answer.headers.get('x-frame-options'),
				policy: answer.headers.get('content-security-policy')
			});
			expect(await read(byLane), what).toEqual(await read(byRoute));
			expect(await eventually(() => tookLane(byLane.headers.get('x-request-id')!)), what).toBe(
				true
			);
			expect(await eventually(() => tookLane(byRoute.headers.get('x-request-id')!)), what).toBe(
				false
			);
		}
		const statuses = await Promise.all(
			cases.map(async ([, body]) => (await vote(cookie, body)).status)
		);
		expect(statuses).toEqual([204, 204, 400, 400, 409, 409]);
		// Counted once, her last choice replacing the first, whichever way each vote came.
		const control = await (await platform.facilitator.get(`/live/${platform.live}/control`)).text();
		expect(control).toContain('1 réponse');
	});

	it('leaves a teen whose session this instance has not seen lately to the route, which answers for her', async () => {
		// She joins the group with its code: the answer sets her cookie, and her very next request is this vote.
		const teen = client(app.url);
		const joined = await teen.post('/join', { code: platform.joinCode, pseudonym: 'Loutre verte' });
		expect(joined.status).toBe(200);
		const fresh = teen.jar.header();
		const question = await target();
		const first = await vote(fresh, { target: question, choice: '1' });
		expect(first.status).toBe(204);
		expect(await eventually(() => tookLane(first.headers.get('x-request-id')!))).toBe(false);
		// The route resolved her session: her next vote takes the lane.
		const second = await vote(fresh, { target: question, choice: '1' });
		expect(second.status).toBe(204);
		expect(await eventually(() => tookLane(second.headers.get('x-request-id')!))).toBe(true);
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
