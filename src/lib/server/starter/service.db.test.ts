// A new organisation receives the starter content (content/) through the package import path, published.
import type { ProgramDocument } from '#lib/domain/programs/document.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateProgram } from '#lib/domain/programs/validation.ts';
import { useTestDatabase } from '../db/test-database.ts';
import { createOrganisation } from '../identity/organisations.ts';
import { createAdult, refused } from '../identity/test-people.ts';
import type { UserActor } from '../platform/actor.ts';
import { listPrograms, programVersionView } from '../programs/service.ts';
import { toolLibrary, toolStore } from '../tools/service.ts';
import { registerStarterReactions, seedStarterContent, starterContent } from './service.ts';

useTestDatabase();
registerStarterReactions();

let organisationId: string;
let coordinator: UserActor;
beforeAll(async () => {
	const admin = await createAdult({ admin: true });
	organisationId = await createOrganisation(admin, { name: 'Organisme A' });
	coordinator = await createAdult({ memberships: { [organisationId]: 'coordinator' } });
});

describe('the starter content', () => {
	it('gives a new organisation the starter program, published, passing the publishing checks in both languages', async () => {
		const programs = await listPrograms(coordinator, organisationId);
		expect(programs).toHaveLength(1);
		expect(programs[0]!.latestVersion).toBe(1);
		const version = await programVersionView(coordinator, programs[0]!.id, 1);
		// As written, except that the activities using starter tools name the organisation's own copies.
		const library = await toolLibrary(coordinator, organisationId);
		const ownIds = new Set(Object.values(library).flatMap((items) => items.map((item) => item.id)));
		const written = starterContent();
		const writtenIds = new Set(written.tools.map((tool) => tool.id));
		const toolSettings = (document: ProgramDocument) =>
			document.workshops.flatMap((workshop) =>
				workshop.activities.flatMap((activity) =>
					Object.values(activity.settings).filter(
						(value) => typeof value === 'string' && value !== ''
					)
				)
			);
		expect(toolSettings(written.program).every((id) => writtenIds.has(id as string))).toBe(true);
		const used = toolSettings(version.document);
		expect(used).toHaveLength(3);
		expect(used.every((id) => ownIds.has(id as string))).toBe(true);
		const withoutTools = (document: ProgramDocument) =>
			JSON.parse(JSON.stringify(document), (key, value) =>
				['deckId', 'scenarioId', 'videoId'].includes(key) ? 'a tool' : value
			);
		expect(withoutTools(version.document)).toStrictEqual(withoutTools(written.program));
		expect(version.document.workshops).toHaveLength(6);
		expect(validateProgram(version.document, (_type, id) => ownIds.has(id))).toEqual([]);
		// Starter content credits nobody.
		expect(version.credits).toEqual([]);
	});

	it('gives it the starter deck and scenarios, published, exactly as written in content/', async () => {
		const library = await toolLibrary(coordinator, organisationId);
		expect(library.decks!.map((deck) => deck.title.fr)).toEqual(['Mythes et réalités']);
		expect(library.scenarios).toHaveLength(2);
		const written = starterContent().tools;
		for (const [segment, type] of [
			['decks', 'deck'],
			['scenarios', 'scenario']
		] as const) {
			const documents = await Promise.all(
				library[segment]!.map(
					async (item) =>
						(await toolStore(segment).version(coordinator, item.id, 'latest')).document
				)
			);
			const expected = written.filter((tool) => tool.type === type).map((tool) => tool.document);
			expect(documents).toHaveLength(expected.length);
			for (const document of expected) expect(documents).toContainEqual(document);
		}
	});

	it('is seeded by the system only', async () => {
		await refused(seedStarterContent(coordinator, organisationId));
		expect(await listPrograms(coordinator, organisationId)).toHaveLength(1);
	});
});
