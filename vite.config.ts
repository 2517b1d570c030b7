// Vite, SvelteKit and Vitest configuration: one place for the build, the security policy and the test projects.
import { sveltekit } from '@sveltejs/kit/vite';
import adapter from '@sveltejs/adapter-node';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Browser journeys and server tests take longest: started first, the two workers finish together. */
const PROJECT_ORDER = ['e2e', 'server-postgres', 'server', 'postgres', 'pglite', 'unit'];
class LongestFirst extends BaseSequencer {
	override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
		const sorted = await super.sort(files);
		const rank = (file: TestSpecification) => PROJECT_ORDER.indexOf(file.project.name);
		return sorted.sort((a, b) => rank(a) - rank(b));
	}
}

const postgres = Boolean(process.env.TEST_DATABASE_URL);

export default defineConfig({
	plugins: [
		sveltekit({
			adapter: adapter({ precompress: true }),
			csp: {
				mode: 'auto',
				directives: {
					'default-src': ['self'],
					'script-src': ['self'],
					'style-src': ['self'],
					// The one inline style SvelteKit writes: its visually hidden route announcer.
					'style-src-attr': [
						'unsafe-hashes',
						'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo='
					],
					'img-src': ['self', 'data:'],
					'font-src': ['self'],
					'media-src': ['self'],
					'connect-src': ['self'],
					'form-action': ['self'],
					'frame-ancestors': ['none'],
					'base-uri': ['none'],
					'object-src': ['none'],
					'worker-src': ['self']
				}
			},
			version: { pollInterval: 0 }
		})
	],
	test: {
		reporters: ['default', './tests/support/summary-reporter.ts'],
		// Vitest's default is one worker less than the cores: one worker on a 2-core machine. Server and browser
		// tests mostly wait on the app and Chromium (their own processes), so a worker per core keeps both busy;
		// each file starts its own app on its own port and data folder.
		maxWorkers: 2,
		sequence: { sequencer: LongestFirst },
		expect: { requireAssertions: true },
		restoreMocks: true,
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
					exclude: ['src/**/*.db.test.ts'],
					env: { TEST_DB_KIND: 'none', LOG_LEVEL: 'silent' }
				}
			},
			{
				extends: true,
				test: {
					name: 'pglite',
					include: ['src/**/*.db.test.ts'],
					env: { TEST_DB_KIND: 'pglite', LOG_LEVEL: 'silent' },
					globalSetup: ['tests/setup/database-template.ts'],
					testTimeout: 30_000,
					hookTimeout: 60_000
				}
			},
			...(postgres
				? [
						{
							extends: true as const,
							test: {
								name: 'postgres',
								include: ['src/**/*.db.test.ts'],
								env: { TEST_DB_KIND: 'postgres', LOG_LEVEL: 'silent' },
								globalSetup: ['tests/setup/database-template.ts'],
								testTimeout: 30_000,
								hookTimeout: 60_000
							}
						}
					]
				: []),
			...(postgres
				? [
						{
							extends: true as const,
							test: {
								name: 'server-postgres',
								include: ['tests/server/**/*.pg.test.ts'],
								env: { TEST_DB_KIND: 'none', LOG_LEVEL: 'silent' },
								globalSetup: ['tests/setup/build.ts'],
								testTimeout: 60_000,
								hookTimeout: 120_000,
								fileParallelism: false
							}
						}
					]
				: []),
			{
				extends: true,
				test: {
					name: 'server',
					include: ['tests/server/**/*.test.ts'],
					exclude: ['tests/server/**/*.pg.test.ts'],
					env: { TEST_DB_KIND: 'none', LOG_LEVEL: 'silent' },
					globalSetup: ['tests/setup/build.ts'],
					testTimeout: 60_000,
					hookTimeout: 120_000
				}
			},
			{
				extends: true,
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					env: { TEST_DB_KIND: 'none', LOG_LEVEL: 'silent' },
					globalSetup: ['tests/setup/build.ts'],
					testTimeout: 120_000,
					hookTimeout: 120_000
				}
			}
		]
	}
});
