// Without Chromium the browser tests fail loudly with how to install it: they are never silently skipped.
import { afterEach, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';

describe('a machine without Chromium', () => {
	const saved = process.env.CHROMIUM_PATH;
	afterEach(() => {
		if (saved === undefined) delete process.env.CHROMIUM_PATH;
		else process.env.CHROMIUM_PATH = saved;
	});

	it('fails the browser tests with the install command', async () => {
		process.env.CHROMIUM_PATH = '/nonexistent/chromium';
		await expect(launchBrowser()).rejects.toThrow(
			/apt-get install -y chromium[\s\S]*CHROMIUM_PATH/
		);
	});
});
