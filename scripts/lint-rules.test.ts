// Proves the layering rules of ../shared/STYLE.md are really enforced by ESLint, file kind by file kind.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function importErrors(filePath: string, source: string): Promise<string[]> {
	const [result] = await eslint.lintText(source, { filePath });
	return (result?.messages ?? [])
		.filter((message) => message.ruleId === 'no-restricted-imports')
		.map((message) => message.message);
}

describe('import rules', () => {
	it('keep routes away from the database, schemas and Drizzle', async () => {
		const file = 'src/routes/example/+page.server.ts';
		expect(
			await importErrors(file, "import { db } from '#lib/server/db/client.ts';\n")
		).toHaveLength(1);
		expect(await importErrors(file, "import { eq } from 'drizzle-orm';\n")).toHaveLength(1);
		expect(
			await importErrors(file, "import { user } from '#lib/server/identity/schema.ts';\n")
		).toHaveLength(1);
		expect(
			await importErrors(file, "import { signIn } from '#lib/server/identity/service.ts';\n")
		).toEqual([]);
	});

	it('keep server code out of browser-safe folders', async () => {
		for (const file of ['src/lib/ui/example/Thing.ts', 'src/lib/domain/example/rules.ts']) {
			expect(
				await importErrors(file, "import { log } from '#lib/server/platform/log.ts';\n")
			).toHaveLength(1);
			expect(await importErrors(file, "import { t } from '#lib/i18n/catalogue.ts';\n")).toEqual([]);
		}
	});

	it('keep platform plumbing from importing feature modules', async () => {
		const file = 'src/lib/server/platform/example.ts';
		expect(
			await importErrors(file, "import { signIn } from '../identity/service.ts';\n")
		).toHaveLength(1);
		expect(await importErrors(file, "import { db } from '../db/client.ts';\n")).toEqual([]);
	});

	it('keep each module to its own tables', async () => {
		const file = 'src/lib/server/cards/service.ts';
		expect(
			await importErrors(file, "import { user } from '../identity/schema.ts';\n")
		).toContainEqual(expect.stringContaining('its own tables only'));
		expect(await importErrors(file, "import * as all from '../db/schema.ts';\n")).toHaveLength(1);
		expect(await importErrors(file, "import { deck } from './schema.ts';\n")).toEqual([]);
		expect(await importErrors(file, "import { signIn } from '../identity/service.ts';\n")).toEqual(
			[]
		);
	});

	it('keep server code, server routes included, away from ui/', async () => {
		for (const file of [
			'src/lib/server/cards/service.ts',
			'src/lib/server/platform/example.ts',
			'src/lib/server/modules.ts',
			'src/hooks/example.ts',
			'src/routes/example/+page.server.ts',
			'src/routes/example/+server.ts'
		]) {
			expect(
				await importErrors(file, "import { TOOL_LABELS } from '#lib/ui/tools/tool-kinds.ts';\n"),
				file
			).toHaveLength(1);
			expect(
				await importErrors(file, "import type { Viewer } from '#lib/domain/shell/viewer.ts';\n"),
				file
			).toEqual([]);
		}
		// A page's component may use components, of course.
		expect(
			await importErrors(
				'src/routes/example/+page.svelte',
				"import Form from '#lib/ui/forms/Form.svelte';\n"
			)
		).toEqual([]);
	});

	it('let a module reach another only through its service.ts', async () => {
		const file = 'src/lib/server/programs/service.ts';
		expect(
			await importErrors(file, "import { joinGroup } from '../identity/participants.ts';\n")
		).toHaveLength(1);
		expect(
			await importErrors(file, "import { toolStore } from '#lib/server/tools/service.ts';\n")
		).toEqual([]);
		expect(
			await importErrors(file, "import { importTools } from '../tools/service.ts';\n")
		).toEqual([]);
		expect(await importErrors(file, "import { STARTER } from './starter-program.ts';\n")).toEqual(
			[]
		);
		// Tests may use another module's test helpers and verbs to set the scene.
		expect(
			await importErrors(
				'src/lib/server/programs/service.db.test.ts',
				"import { createOrganisation } from '../identity/organisations.ts';\n"
			)
		).toEqual([]);
	});

	it('keep features from reading platform/ tables, which platform verbs own', async () => {
		const file = 'src/lib/server/identity/service.ts';
		expect(
			await importErrors(file, "import { seedRun } from '../platform/schema.ts';\n")
		).toHaveLength(1);
		expect(await importErrors(file, "import { claimSeed } from '../platform/seeds.ts';\n")).toEqual(
			[]
		);
	});
});
