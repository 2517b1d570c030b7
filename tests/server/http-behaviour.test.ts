// What every response looks like from outside: security headers, both languages, friendly errors, bad input.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../support/app.ts';
import { cookieFrom, submitForm } from '../support/http.ts';
import { populatedPlatform } from '../support/people.ts';

let app: RunningApp;
beforeAll(async () => {
	app = await startApp();
});
afterAll(async () => {
	await app.stop();
});

/** The populated platform, set up once for the app (its first administrator can be made only once). */
let populated: ReturnType<typeof populatedPlatform> | undefined;
const platform = () => (populated ??= populatedPlatform(app));

async function get(path: string, headers: Record<string, string> = {}) {
	return fetch(`${app.url}${path}`, {
		headers: { accept: 'text/html', ...headers },
		redirect: 'manual'
	});
}

describe('security headers', () => {
	it.each(['/', '/sign-in', '/healthz', '/readyz', '/favicon.svg', '/no-such-page'])(
		'are on %s',
		async (path) => {
			const response = await get(path);
			expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
			expect(response.headers.get('referrer-policy')).toBe('no-referrer');
			expect(response.headers.get('x-content-type-options')).toBe('nosniff');
			expect(response.headers.get('permissions-policy')).toMatch(
				/camera=\(\).*microphone=\(\).*geolocation=\(\)/
			);
			expect(response.headers.get('strict-transport-security')).toBeNull();
		}
	);

	it('give pages a script policy with a nonce and no unsafe-inline', async () => {
		const policy = (await get('/')).headers.get('content-security-policy')!;
		const scripts = policy.split(';').find((part) => part.trim().startsWith('script-src'))!;
		expect(scripts).toMatch(/'nonce-[^']+'/);
		expect(scripts).not.toContain('unsafe-inline');
		expect(policy).toContain("default-src 'self'");
	});
});

describe('languages', () => {
	it('serves French by default, with a neutral title', async () => {
		const html = await (await get('/')).text();
		expect(html).toContain('<html lang="fr">');
		expect(html).toContain('<title>Accueil · Partir de nous</title>');
		expect(html).toContain('Aller au contenu');
	});

	it('switches to English and back, and returns to the page the person was on', async () => {
		const switched = await submitForm(`${app.url}/language`, { lang: 'en', next: '/sign-in' });
		expect(switched.status).toBe(303);
		expect(switched.headers.get('location')).toBe('/sign-in');
		const cookie = cookieFrom(switched);
		const html = await (await get('/sign-in', { cookie })).text();
		expect(html).toContain('<html lang="en">');
		expect(html).toContain('<title>Sign in · Partir de nous</title>');
		const back = await submitForm(`${app.url}/language`, { lang: 'fr', next: '/' }, { cookie });
		expect(await (await get('/', { cookie: cookieFrom(back) })).text()).toContain(
			'<html lang="fr">'
		);
	});

	it('keeps the page’s query when switching, so that nothing chosen on it is lost', async () => {
		const html = await (await get('/sign-in/group?code=ABCD-EFGH')).text();
		expect(html).toContain('name="next" value="/sign-in/group?code=ABCD-EFGH"');
		const switched = await submitForm(`${app.url}/language`, {
			lang: 'en',
			next: '/sign-in/group?code=ABCD-EFGH'
		});
		expect(switched.headers.get('location')).toBe('/sign-in/group?code=ABCD-EFGH');
	});

	it.each([
		['https://elsewhere.example/'],
		['//elsewhere.example/'],
		['/\\elsewhere.example'],
		['javascript:alert(1)']
	])('never sends people to another site (next=%s)', async (next) => {
		const response = await submitForm(`${app.url}/language`, { lang: 'en', next });
		expect(response.status).toBe(303);
		expect(response.headers.get('location')).toBe('/');
	});

	it('ignores an unknown language', async () => {
		const response = await submitForm(`${app.url}/language`, { lang: 'xx', next: '/' });
		expect(response.status).toBe(303);
		expect(response.headers.getSetCookie()).toEqual([]);
	});
});

describe('errors', () => {
	it('show a friendly page with a reference and no stack trace, in both languages', async () => {
		const french = await get('/no-such-page');
		expect(french.status).toBe(404);
		const frenchHtml = await french.text();
		expect(frenchHtml).toContain('Cette page n’existe pas.');
		expect(frenchHtml).toMatch(/Référence\u202f: [0-9a-f-]{36}/);
		expect(frenchHtml).not.toMatch(/at .*\.js:\d+|node_modules|Error:/);
		const english = await get('/no-such-page', { cookie: 'lang=en' });
		expect(await english.text()).toContain('This page does not exist.');
	});

	it('send people who are not signed in from administration to the sign-in page', async () => {
		const response = await get('/admin');
		expect(response.status).toBe(303);
		expect(response.headers.get('location')).toBe('/sign-in');
	});
});

describe('bad input', () => {
	const hostile = [
		'',
		' ',
		'<script>alert(1)</script>',
		'\' OR 1=1; DROP TABLE "user"; --',
		'x'.repeat(10_000),
		'\u0000\uFFFF'
	];

	it.each(hostile.map((value) => [value.slice(0, 30), value]))(
		'on the sign-in form (%s) gets a clear answer, never a 500',
		async (_label, value) => {
			const response = await submitForm(`${app.url}/sign-in`, { email: value, password: value });
			expect(response.status).toBe(400);
			const html = await response.text();
			expect(html).toMatch(
				/Ce champ est obligatoire|Entrez une adresse courriel valide|Le courriel ou le mot de passe|au plus 128|texte simple/
			);
			expect(html).not.toContain('<script>alert(1)</script>');
		}
	);

	it('with the wrong types of body is refused cleanly', async () => {
		for (const [type, body] of [
			['application/json', '{"email":1}'],
			['text/plain', 'email=a'],
			['multipart/form-data; boundary=x', '--x\r\nbroken']
		] as const) {
			const response = await fetch(`${app.url}/sign-in`, {
				method: 'POST',
				headers: { 'content-type': type, origin: app.url, accept: 'text/html' },
				body
			});
			expect(response.status, type).toBeGreaterThanOrEqual(400);
			expect(response.status, type).toBeLessThan(500);
		}
	});

	it('from another site is refused (cross-site form posts)', async () => {
		const response = await submitForm(
			`${app.url}/sign-in`,
			{ email: 'a@example.org', password: 'x' },
			{ origin: 'https://evil.example' }
		);
		expect(response.status).toBe(403);
	});

	it('on a setup link that was never issued is answered 410, whatever its shape', async () => {
		for (const token of ['nope', 'A'.repeat(43), '..%2F..%2Fetc', 'x'.repeat(5000)]) {
			expect((await get(`/setup/${token}`)).status).toBe(410);
			const post = await submitForm(`${app.url}/setup/${token}`, {
				name: 'x',
				email: 'x@example.org',
				password: 'une phrase assez longue'
			});
			expect(post.status).toBe(410);
		}
	});

	it('on the setup form is explained field by field and creates nothing', async () => {
		const link = new URL(app.setupLink()!);
		const response = await submitForm(`${app.url}${link.pathname}`, {
			name: '<script>x</script>'.repeat(1000),
			email: 'pas un courriel',
			password: 'court'
		});
		expect(response.status).toBe(400);
		const html = await response.text();
		expect(html).toContain('Ce texte est trop long (maximum 120\u00a0caractères).');
		expect(html).toContain('Entrez une adresse courriel valide');
		expect(html).toContain('Le mot de passe doit compter au moins 12\u00a0caractères.');
		expect(html).not.toContain('<script>x</script>');
		// The link still works: nothing was spent or created.
		expect((await get(link.pathname)).status).toBe(200);
	});

	it('signing out without being signed in simply returns home', async () => {
		const response = await submitForm(`${app.url}/sign-out`, {});
		expect(response.status).toBe(303);
		expect(response.headers.get('clear-site-data')).toContain('"cookies"');
	});
});

describe('probes', () => {
	it('report liveness and readiness as JSON', async () => {
		expect(await (await get('/healthz')).json()).toEqual({ status: 'ok' });
		expect((await get('/readyz')).headers.get('content-type')).toContain('application/json');
	});
});

describe('plain form posts under Referrer-Policy: no-referrer', () => {
	// Browsers send `Origin: null` with such posts and say where they come from in Sec-Fetch-Site.
	const post = (site: string) =>
		fetch(`${app.url}/language`, {
			method: 'POST',
			redirect: 'manual',
			headers: {
				'content-type': 'application/x-www-form-urlencoded',
				origin: 'null',
				'sec-fetch-site': site
			},
			body: new URLSearchParams({ lang: 'en', next: '/' })
		});

	it('are accepted when the browser vouches they come from our own pages', async () => {
		expect((await post('same-origin')).status).toBe(303);
	});

	it('are refused when the browser says they come from another site', async () => {
		expect((await post('cross-site')).status).toBe(403);
	});
});

describe('pages of a signed-in teen', () => {
	it('are never kept by the browser or a proxy', async () => {
		const { participant } = await platform();
		const home = await participant.get('/');
		expect(home.status).toBe(200);
		expect(await home.text()).toContain('Bonjour, Renard bleu');
		expect(home.headers.get('cache-control')).toBe('no-store');
	});
});

describe('pages of a signed-in adult', () => {
	it('send an adult from the welcome page to their work, and speak of one organisation as one', async () => {
		const { facilitator } = await platform();
		const home = await facilitator.get('/');
		expect(home.status).toBe(303);
		expect(home.headers.get('location')).toMatch(/^\/organisations\/[0-9a-f-]{36}\/groups$/);
		const organisations = await (await facilitator.get('/organisations')).text();
		expect(organisations).toContain('Vous faites partie de cette organisation.');
		expect(organisations).not.toContain('plusieurs organisations');
	});
});

describe('the staff and participant areas', () => {
	it('send someone who is not signed in away from a staff page and from its data, before any load runs', async () => {
		const page = await get('/programs');
		expect(page.status).toBe(303);
		expect(page.headers.get('location')).toBe('/sign-in');
		// A client-side navigation asks for the page's data: the same answer, as SvelteKit's data redirect.
		const data = await get('/programs/__data.json?x-sveltekit-invalidated=11');
		expect(await data.json()).toMatchObject({ type: 'redirect', location: '/sign-in' });
		// The participant area (playing a tool) sends them to the home page.
		const play = await get('/play/decks/00000000-0000-4000-8000-000000000000');
		expect(play.status).toBe(303);
		expect(play.headers.get('location')).toBe('/');
	});

	it('leave the staff area’s endpoints to answer for themselves', async () => {
		const response = await fetch(`${app.url}/programs/00000000-0000-4000-8000-000000000000/draft`, {
			method: 'PUT',
			headers: { 'content-type': 'application/json' },
			body: '{}'
		});
		expect(response.status).not.toBe(303);
		expect(response.headers.get('location')).toBeNull();
	});
});
