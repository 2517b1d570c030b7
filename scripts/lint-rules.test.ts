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
		).toHaveLength(1);
		expect(await importErrors(file, "import * as all from '../db/schema.ts';\n")).toHaveLength(1);
		expect(await importErrors(file, "import { deck } from './schema.ts';\n")).toEqual([]);
		expect(await importErrors(file, "import { signIn } from '../identity/service.ts';\n")).toEqual(
			[]
		);
	});
});
