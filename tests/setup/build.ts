// Vitest global setup for server and browser tests: builds the app once when its sources changed, then starts
// it once on an empty data folder and keeps that folder (migrated, seeded, with its one-time setup link) as the
// template every test's app starts from, so that each test file does not pay for a first start again. Tests of
// the first start itself pass their own empty folder.
import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureBuild } from '../../scripts/build-stamp.ts';
import { startApp, temporaryDataDir } from '../support/app.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		/** A data folder after a first start, for apps to start from a copy. */
		appDataTemplate: string;
	}
}

export default async function setup(project: TestProject): Promise<() => void> {
	ensureBuild(path.resolve(import.meta.dirname, '../..'));
	const template = temporaryDataDir();
	const app = await startApp({ dataDir: template });
	const code = await app.stop();
	if (code !== 0) throw new Error(`The template app stopped with ${code}:\n${app.errors()}`);
	project.provide('appDataTemplate', template);
	return () => fs.rmSync(template, { recursive: true, force: true });
}
