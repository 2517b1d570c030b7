// The real first start, as an operator lives it: from the printed link to the demo program as its coordinator in
// four steps (choose the password, confirm it for the second factor, enter a code, join the demo), and an
// organisation page whose every button opens for the person who sees it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../support/app.ts';
import { client } from '../support/http.ts';
import { nextCode } from '../support/totp.ts';

let app: RunningApp;
beforeAll(async () => {
	app = await startApp();
});
afterAll(async () => {
	await app.stop();
});

const admin = () => session;
let session: ReturnType<typeof client>;

/** The links of a page's main content. */
function linksIn(html: string): string[] {
	const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
	return [...main.matchAll(/<a [^>]*href="(\/[^"]*)"/g)].map((match) => match[1]!);
}

async function everyLinkOpens(html: string) {
	const answers = await Promise.all(
		linksIn(html).map(async (href) => [href, (await admin().get(href)).status] as const)
	);
	expect(answers.filter(([, status]) => status !== 200)).toEqual([]);
	return answers.map(([href]) => href);
}

describe('the first start', () => {
	let demoId = '';

	it('goes from the printed link to the demo program, as its coordinator, in four steps', async () => {
		session = client(app.url);
		const password = 'une phrase assez longue';
		const link = new URL(app.setupLink()!);
		// 1. The password: signed in at once.
		const created = await session.post(link.pathname, {
			name: 'Alex Martin',
			email: 'alex@example.org',
			password
		});
		expect(created.headers.get('location')).toBe('/account/two-factor');
		// 2. The password again, to show the authenticator's secret; 3. its code.
		const started = await session.post('/account/two-factor?/start', { password });
		const secret = (await started.text()).match(/class="secret"[^>]*>([A-Z2-7]+)</)![1]!;
		const confirmed = await session.post('/account/two-factor?/confirm', {
			code: await nextCode(secret)
		});
		expect(confirmed.headers.get('location')).toBe('/admin');
		const adminPage = await (await session.get('/admin')).text();
		expect(adminPage).toContain('Rejoindre l’organisation de démonstration');
		demoId = adminPage.match(/name="organisationId" value="([0-9a-f-]{36})"/)![1]!;
		// 4. Join the demo organisation.
		const joined = await session.post('/admin?/joinDemo', { organisationId: demoId });
		expect(joined.status).toBe(303);
		expect(joined.headers.get('location')).toBe('/programs');
		const programs = await (await session.get('/programs')).text();
		expect(programs).toMatch(
			/href="\/programs\/[0-9a-f-]{36}">(<!--[^>]*-->)*Partir de nous — six ateliers/
		);
		// Done once: the offer is gone.
		expect(await (await session.get('/admin')).text()).not.toContain('?/joinDemo');
	});

	it('refuses to join, in one step, an organisation that is not the demo', async () => {
		const other = await session.post('/admin?/create', { name: 'Organisme réel' });
		const otherId = other.headers.get('location')!.split('/').pop()!;
		expect((await session.post('/admin?/joinDemo', { organisationId: otherId })).status).toBe(404);
		for (const hostile of ['', '<script>', "' OR 1=1; --", 'x'.repeat(10_000)])
			expect((await session.post('/admin?/joinDemo', { organisationId: hostile })).status).toBe(
				404
			);
		expect((await session.get(`/organisations/${otherId}/groups`)).status).toBe(404);
		// Its page offers only what opens: no groups, no help editor, no joining.
		const page = await (await session.get(`/organisations/${otherId}`)).text();
		expect(page).not.toContain('?/joinDemo');
		expect(await everyLinkOpens(page)).not.toContain(`/organisations/${otherId}/groups`);
	});

	it('shows a coordinator of the demo every way into its work, and each opens', async () => {
		const page = await (await session.get(`/organisations/${demoId}`)).text();
		const links = await everyLinkOpens(page);
		expect(links).toEqual(
			expect.arrayContaining([
				'/programs',
				'/tools',
				`/organisations/${demoId}/groups`,
				`/organisations/${demoId}/help`
			])
		);
	});
});
