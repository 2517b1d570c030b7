// Helpers for end-to-end tests of the document editors (programs, decks, scenarios, videos).
import type { Page } from 'playwright-core';

/** Fills every empty bilingual field of the editor, so the document has nothing missing. */
export async function fillEverything(page: Page, prefix: string) {
	const fields = page.locator('.localized input, .localized textarea');
	const count = await fields.count();
	for (let index = 0; index < count; index++) {
		const field = fields.nth(index);
		if ((await field.inputValue()) !== '') continue;
		const lang = await field.getAttribute('lang');
		await field.fill(`${prefix} ${index + 1} (${lang})`);
	}
}

/** Waits until the editor says everything is saved. */
export async function waitSaved(page: Page) {
	await page
		.getByRole('status')
		.filter({ hasText: /^Enregistré$/ })
		.waitFor({ timeout: 25_000 });
}

/** Publishes the document whose page is open, and waits for the confirmation of `version`. */
export async function publish(page: Page, version: number) {
	await page.locator('summary', { hasText: 'Publier' }).click();
	await page.getByRole('button', { name: 'Publier' }).click();
	await page
		.getByRole('status')
		.filter({ hasText: `Version ${version} publiée.` })
		.waitFor();
}
