// Lint rules, including the layering of ../shared/STYLE.md enforced with no-restricted-imports.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

/** @param {{ regex: string, message: string }[]} patterns */
const forbid = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

const noServerCode = {
	regex: '(^#lib/server/)|(^\\$lib/server/)|(^\\$app/server$)|(/server/)',
	message: 'Browser-safe code (domain/, ui/, i18n/) never imports server code.'
};

const ownTablesOnly = {
	regex: '^(\\.\\./|#lib/server/)(db/schema|(?!db/|platform/)[^/]+/schema)(\\.ts)?$',
	message:
		'A module uses its own tables only; reach another module through its service.ts, never its schema.'
};

const noUi = {
	regex: '(^#lib/ui/)|(^\\$lib/ui/)|(/ui/)',
	message: 'Server code never imports ui/: types both sides need live in domain/.'
};

const servicesOnly = {
	regex: '^(\\.\\./|#lib/server/)(?!db/|platform/)[^/]+/(?!service\\.ts$)[^/]+$',
	message: 'A module reaches another module through its service.ts only.'
};

const noPlatformTables = {
	regex: '^(\\.\\./|#lib/server/)platform/schema(\\.ts)?$',
	message: 'Features never read platform/ tables directly: call the platform verb that owns them.'
};

const noFeatureModules = {
	regex: '^(\\.\\./(?!db/|platform/)|#lib/server/(?!db/|platform/))',
	message: 'platform/ is plumbing: it never imports a feature module.'
};

export default ts.config(
	{ ignores: ['build/', '.svelte-kit/', 'data/', 'test-results/', 'drizzle/', 'node_modules/'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
			'@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
			// The app is always served at the root of its origin (no `paths.base`), so plain hrefs are right.
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } }
	},
	{
		files: ['src/lib/domain/**', 'src/lib/ui/**', 'src/lib/i18n/**'],
		rules: forbid([noServerCode])
	},
	{
		files: ['src/lib/server/*/**'],
		ignores: ['src/lib/server/db/**', 'src/lib/server/platform/**', '**/*.test.ts', '**/test-*.ts'],
		rules: forbid([ownTablesOnly, noUi, servicesOnly, noPlatformTables])
	},
	{
		// Tests may read any table to check what a verb did, and use other modules' test helpers.
		files: ['src/lib/server/*/**/*.test.ts', 'src/lib/server/*/**/test-*.ts'],
		ignores: ['src/lib/server/db/**', 'src/lib/server/platform/**'],
		rules: forbid([noUi])
	},
	{
		files: ['src/lib/server/platform/**'],
		rules: forbid([ownTablesOnly, noFeatureModules, noUi])
	},
	{
		files: ['src/lib/server/*.ts', 'src/lib/server/db/**', 'src/hooks/**', 'src/hooks.server.ts'],
		rules: forbid([noUi])
	},
	{
		files: ['src/routes/**'],
		rules: forbid([
			{
				regex: '(^#lib/server/db/)|(^drizzle-orm)|(/schema(\\.ts)?$)',
				message:
					'Routes parse input, call one service verb and render: no database, schema or Drizzle.'
			}
		])
	},
	{
		files: ['src/routes/**/+*.server.ts', 'src/routes/**/+server.ts'],
		rules: forbid([
			{
				regex: '(^#lib/server/db/)|(^drizzle-orm)|(/schema(\\.ts)?$)',
				message:
					'Routes parse input, call one service verb and render: no database, schema or Drizzle.'
			},
			noUi
		])
	}
);
