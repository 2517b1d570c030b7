// Browser sessions for end-to-end tests: the system Chromium through playwright-core, with every visited page
// checked by axe-core at phone (375 px) and projector (1280 px) widths, and any console error or CSP violation caught.
import fs from 'node:fs';
import path from 'node:path';
import axe from 'axe-core';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';

const CHROMIUM_FLAGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];

export const WIDTHS = [375, 1280] as const;
const SCREENS = path.resolve(import.meta.dirname, '../../test-results/screens');
/**
 * Screenshots are for people to look at, not assertions: saved when asked for
 * (`SCREENSHOTS=1 npx vitest run --project e2e`), so that `npm test` spends no time encoding PNGs.
 */
const SAVE_SCREENSHOTS = Boolean(process.env.SCREENSHOTS);

/** Launches the system Chromium, or fails with how to install it (never a silent skip). */
export async function launchBrowser(): Promise<Browser> {
	const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
	if (!fs.existsSync(executablePath)) {
		throw new Error(
			`Chromium was not found at ${executablePath}, so the end-to-end tests cannot run.\n` +
				'Install it with: sudo apt-get install -y chromium   (Debian/Ubuntu)\n' +
				'or point CHROMIUM_PATH at an existing Chromium or Chrome binary.'
		);
	}
	return chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
}

/** Waits until the page's main content shows `text`. */
export async function shows(page: Page, text: string | RegExp): Promise<void> {
	await page.locator('main').getByText(text).first().waitFor();
}

/** What `openSession` needs to start signed in as a person the HTTP client signed in. */
export const signedInAs = (url: string, person: { jar: { entries(): [string, string][] } }) => ({
	url,
	cookies: person.jar.entries()
});

export type Session = {
	context: BrowserContext;
	page: Page;
	/** Checks the current page with axe at both widths, saves screenshots, and records it as checked. */
	check(name: string): Promise<void>;
	/**
	 * Fails if a page was shown without being checked, if the browser logged an error, or if a page loaded
	 * anything from another site.
	 */
	finish(): Promise<void>;
};

export async function openSession(
	browser: Browser,
	options: {
		javaScriptEnabled?: boolean;
		locale?: string;
		/** Cookies of a person already signed in through HTTP (see tests/support/people.ts), and where. */
		signedIn?: { url: string; cookies: [string, string][] };
		/** The test restarts the app on purpose: its live streams break and reconnect meanwhile. */
		serverRestarts?: boolean;
	} = {}
): Promise<Session> {
	const scripted = options.javaScriptEnabled ?? true;
	const context = await browser.newContext({
		viewport: { width: WIDTHS[0], height: 800 },
		javaScriptEnabled: scripted,
		locale: options.locale ?? 'fr-CA'
	});
	// Fail in seconds with a precise message rather than at the test's own time limit.
	context.setDefaultTimeout(10_000);
	if (options.signedIn) {
		const { url, cookies } = options.signedIn;
		await context.addCookies(cookies.map(([name, value]) => ({ name, value, url })));
	}
	const page = await context.newPage();
	const problems: string[] = [];
	const shown: string[] = [];
	const checked = new Set<string>();
	page.on('console', (message) => {
		// Pages answered 4xx on purpose (a refused form, a 404 page) are logged by the browser: not a problem.
		if (/^Failed to load resource: .* status of 4\d\d/.test(message.text())) return;
		// A test that takes the browser offline on purpose sees its requests fail.
		if (message.text().includes('net::ERR_INTERNET_DISCONNECTED')) return;
		// A test that restarts the app sees its open streams cut, and refused until it is back.
		if (
			options.serverRestarts &&
			/net::ERR_(INCOMPLETE_CHUNKED_ENCODING|CONNECTION_REFUSED)/.test(message.text())
		)
			return;
		if (message.type() === 'error') problems.push(`console: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	// Nothing a page loads may come from another site (fonts, scripts, images, media, analytics). Leaving
	// by quick exit is a navigation, not something the page loads.
	page.on('request', (request) => {
		const url = request.url();
		if (/^(data|blob|about):/.test(url) || url.startsWith('http://127.0.0.1')) return;
		if (request.isNavigationRequest()) return;
		problems.push(`request to another site: ${url.slice(0, 80)}`);
	});
	page.on('framenavigated', (frame) => {
		if (frame === page.mainFrame()) shown.push(samePage(frame.url()));
	});

	return {
		context,
		page,
		async check(name) {
			await page.waitForLoadState('load');
			// axe needs JavaScript: without it, the same HTML is checked in a scripted twin of the page.
			const target = scripted ? page : await twinWithScripts(page);
			for (const width of WIDTHS) {
				await page.setViewportSize({ width, height: 800 });
				await target.setViewportSize({ width, height: 800 });
				const violations = await runAxe(target);
				expect(violations, `axe violations on ${name} at ${width}px`).toEqual([]);
				if (SAVE_SCREENSHOTS) {
					fs.mkdirSync(SCREENS, { recursive: true });
					await page.screenshot({
						path: path.join(SCREENS, `${name}-${width}.png`),
						fullPage: true
					});
				}
			}
			if (target !== page) await target.context().close();
			await page.setViewportSize({ width: WIDTHS[0], height: 800 });
			checked.add(samePage(page.url()));
		},
		async finish() {
			// Only our own pages: quick exit lands on a stand-in for an outside site.
			const unchecked = [...new Set(shown)].filter(
				(url) => url.startsWith('http://127.0.0.1') && !checked.has(url)
			);
			expect(unchecked, 'pages shown but never checked with axe').toEqual([]);
			expect(problems, 'errors in the browser console, or requests to another site').toEqual([]);
			await context.close();
		}
	};
}

/**
 * The page an address shows, without where a player is in it: a deck or a scenario keeps the card or passage
 * in the address (`at`, with the version it applies to), and each answer changes it; the pause page is the
 * same page whatever it leads back to.
 */
function samePage(address: string): string {
	const url = new URL(address);
	if (url.pathname.startsWith('/play/')) {
		url.searchParams.delete('at');
		url.searchParams.delete('version');
	}
	if (url.pathname === '/pause') url.searchParams.delete('back');
	return url.href;
}

/** A JavaScript-enabled page showing the same HTML (and the same styles) as `page`. */
async function twinWithScripts(page: Page): Promise<Page> {
	const browser = page.context().browser()!;
	const twin = await (await browser.newContext()).newPage();
	const html = (await page.content()).replace(/<script[\s\S]*?<\/script>/g, '');
	// Served at the same address, so its stylesheets load as they did for the original page.
	await twin.route(page.url(), (route) =>
		route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
	);
	await twin.goto(page.url(), { waitUntil: 'load' });
	return twin;
}

type Violation = { id: string; impact: string | null; help: string; targets: string[] };

async function runAxe(page: Page): Promise<Violation[]> {
	const loaded = await page.evaluate(() => 'axe' in window);
	// Evaluated through the DevTools protocol, so the page's strict CSP stays on.
	if (!loaded) await page.evaluate(axe.source);
	return page.evaluate(async () => {
		const axeGlobal = (window as unknown as { axe: typeof axe }).axe;
		const result = await axeGlobal.run(document, {
			runOnly: {
				type: 'tag',
				values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']
			}
		});
		return result.violations.map((violation) => ({
			id: violation.id,
			impact: violation.impact ?? null,
			help: violation.help,
			targets: violation.nodes.map((node) => node.target.join(' '))
		}));
	});
}
