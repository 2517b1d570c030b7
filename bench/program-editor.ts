// Program editor benchmark: opening the starter program's editor in Chromium (production build, `npm run demo`,
// as the demo coordinator): time until the page is loaded and interactive, fields on the page, and the time to
// open a closed workshop. Last line: {"editor_ready_ms": median, "fields": n, "open_workshop_ms": median}.
import process from 'node:process';
import { chromium } from 'playwright-core';
import { CHROMIUM, startDemo } from './support/demo.ts';

const RUNS = 5;
const median = (values: number[]) =>
	[...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const demo = await startDemo();
const url = demo.url;
try {
	const browser = await chromium.launch(CHROMIUM);
	const page = await (
		await browser.newContext({ viewport: { width: 1280, height: 800 } })
	).newPage();
	await page.goto(`${url}/demo`);
	await page.getByRole('button', { name: 'Entrer en tant que Camille Demers' }).click();
	await page.waitForURL(/\/organisations\//);
	await page.goto(`${url}/programs`);
	const program = await page.locator('a[href^="/programs/"]').first().getAttribute('href');
	const editor = `${url}${program}/edit`;

	const ready: number[] = [];
	const opening: number[] = [];
	let fields = 0;
	for (let run = 0; run < RUNS; run++) {
		const started = Date.now();
		await page.goto(editor, { waitUntil: 'load' });
		// Interactive: hydrated, so that opening a workshop renders its fields.
		await page.locator('details.editor-item > summary').first().waitFor();
		await page.waitForFunction(() => document.querySelector('#program-title-fr') !== null);
		ready.push(Date.now() - started);
		fields = await page.locator('input, textarea, select').count();
		const opened = Date.now();
		await page.locator('details.editor-item > summary').first().click();
		await page.locator('#w0-title-fr').waitFor();
		opening.push(Date.now() - opened);
	}
	await browser.close();
	const result = { editor_ready_ms: median(ready), fields, open_workshop_ms: median(opening) };
	process.stdout.write(
		`ready ${ready.join(' ')} ms; open ${opening.join(' ')} ms; ${fields} fields\n`
	);
	process.stdout.write(`${JSON.stringify(result)}\n`);
} finally {
	await demo.stop();
}
