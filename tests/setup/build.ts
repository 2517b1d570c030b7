// Vitest global setup for server and browser tests: builds the app once when its sources changed, then starts
// it once on an empty data folder and keeps that folder (migrated, seeded, no administrator yet) beside the
// build as the template every test's app starts from, so that each test file does not pay for a first start
// again. Tests of the first start itself pass their own empty folder.
import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureBuild } from '../../scripts/build-stamp.ts';
import { startApp } from '../support/app.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		/** A data folder after a first start, for apps to start from a copy. */
		appDataTemplate: string;
	}
}

const root = path.resolve(import.meta.dirname, '../..');

/** The template for this build: made once, kept until the next build (which empties build/). */
async function dataTemplate(): Promise<string> {
	const build = path.join(root, 'build');
	const hash = fs.readFileSync(path.join(build, '.source-hash'), 'utf8').slice(0, 16);
	const template = path.join(build, `.test-data-${hash}`);
	if (fs.existsSync(template)) return template;
	const scratch = fs.mkdtempSync(path.join(build, '.test-data-scratch-'));
	const app = await startApp({ dataDir: scratch });
	const code = await app.stop();
	if (code !== 0) throw new Error(`The template app stopped with ${code}:\n${app.errors()}`);
	try {
		fs.renameSync(scratch, template);
	} catch {
		// Another project's setup made it first.
		fs.rmSync(scratch, { recursive: true, force: true });
	}
	return template;
}

export default async function setup(project: TestProject): Promise<void> {
	ensureBuild(root);
	project.provide('appDataTemplate', await dataTemplate());
}
