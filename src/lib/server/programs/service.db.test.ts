import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ProgramDocument } from '#lib/domain/programs/document.ts';
import { buildPackage } from '#lib/domain/programs/package.ts';
import { completeActivity, completeProgram } from '#lib/domain/programs/test-documents.ts';
import { db } from '../db/client.ts';
import { useTestDatabase } from '../db/test-database.ts';
import { createOrganisation } from '../identity/organisations.ts';
import { createAdult, failsWith, refused } from '../identity/test-people.ts';
import type { UserActor } from '../platform/actor.ts';
import { decks } from '../cards/service.ts';
import { scenarios } from '../scenarios/service.ts';
import { contentItem, contentVersion } from '../platform/schema.ts';
import { listAudit } from '../platform/audit.ts';
import { publishingPolicyOf, setPublishingPolicy } from '../platform/content-store.ts';
import { emptyDeck } from '#lib/domain/cards/deck.ts';
import { completeDeck } from '#lib/domain/cards/test-decks.ts';
import { completeScenario } from '#lib/domain/scenarios/test-scenarios.ts';
import {
	archiveProgram,
	createProgram,
	exportPackage,
	importPackage,
	listPrograms,
	listVersions,
	programForAuthoring,
	programVersionView,
	publishProgram,
	saveDraft,
	submitForReview
} from './service.ts';

useTestDatabase();

let admin: UserActor;
let organisationId: string;
let otherOrganisation: string;
let coordinator: UserActor;
beforeAll(async () => {
	admin = await createAdult({ admin: true });
	organisationId = await createOrganisation(admin, { name: 'Organisme A' });
	otherOrganisation = await createOrganisation(admin, { name: 'Organisme B' });
	coordinator = await createAdult({ memberships: { [organisationId]: 'coordinator' } });
});

async function publishedProgram(): Promise<string> {
	const id = await createProgram(coordinator, organisationId, { fr: 'Essai', en: 'Trial' });
	await saveDraft(coordinator, id, 0, completeProgram());
	await publishProgram(coordinator, id);
	return id;
}

describe('drafts and versions', () => {
	it('publishes a version that never changes, while the draft goes on', async () => {
		const id = await publishedProgram();
		const changed = completeProgram();
		changed.title.fr = 'Titre changé';
		const draft = await programForAuthoring(coordinator, id);
		expect(draft.status).toBe('published');
		await saveDraft(coordinator, id, draft.revision, changed);
		expect((await programForAuthoring(coordinator, id)).status).toBe('draft');
		expect((await programVersionView(coordinator, id, 1)).document.title.fr).toBe('Programme (fr)');
		await publishProgram(coordinator, id);
		expect((await listVersions(coordinator, id)).map((version) => version.number)).toEqual([2, 1]);
		expect((await programVersionView(coordinator, id, 2)).document.title.fr).toBe('Titre changé');
		// Its author is credited, under the name they gave.
		expect((await programVersionView(coordinator, id, 2)).credits).toEqual([coordinator.name]);
	});

	it('refuses, in the database itself, to change or delete a published version', async () => {
		const id = await publishedProgram();
		await expect(
			db().update(contentVersion).set({ number: 99 }).where(eq(contentVersion.itemId, id))
		).rejects.toThrow();
		await expect(
			db().delete(contentVersion).where(eq(contentVersion.itemId, id))
		).rejects.toThrow();
		await expect(db().execute(sql`truncate content_version cascade`)).rejects.toThrow();
		expect(await listVersions(coordinator, id)).toHaveLength(1);
	});

	it('refuses to publish while anything is missing, saying how many problems', async () => {
		const id = await createProgram(coordinator, organisationId, { fr: 'Vide', en: '' });
		const error = await publishProgram(coordinator, id).catch((failure: unknown) => failure);
		expect(error).toMatchObject({ code: 'content.not_publishable', status: 422 });
		expect((error as { values: { count: number } }).values.count).toBeGreaterThan(0);
		expect(await listVersions(coordinator, id)).toEqual([]);
	});

	it('refuses a save from an older revision rather than overwrite someone else’s work', async () => {
		const id = await createProgram(coordinator, organisationId, {
			fr: 'Deux mains',
			en: 'Two hands'
		});
		await saveDraft(coordinator, id, 0, completeProgram());
		await failsWith(saveDraft(coordinator, id, 0, completeProgram()), 'content.save_conflict');
	});

	it('refuses a document of the wrong shape and changes nothing', async () => {
		const id = await createProgram(coordinator, organisationId, { fr: 'Forme', en: 'Shape' });
		const bad = { ...completeProgram(), ageMin: 'douze' };
		await failsWith(saveDraft(coordinator, id, 0, bad), 'content.invalid_document');
		const wrongSettings = completeProgram();
		wrongSettings.workshops[0]!.activities[1]!.settings = { prompts: 'pas une liste' };
		await failsWith(saveDraft(coordinator, id, 0, wrongSettings), 'content.invalid_document');
		expect((await programForAuthoring(coordinator, id)).revision).toBe(0);
	});

	it('goes from draft to review to published, and can be archived and restored', async () => {
		const id = await createProgram(coordinator, organisationId, { fr: 'Cycle', en: 'Cycle' });
		await saveDraft(coordinator, id, 0, completeProgram());
		await submitForReview(coordinator, id);
		expect((await programForAuthoring(coordinator, id)).status).toBe('in_review');
		await failsWith(submitForReview(coordinator, id), 'content.wrong_status');
		await publishProgram(coordinator, id);
		await archiveProgram(coordinator, id, true);
		await failsWith(saveDraft(coordinator, id, 1, completeProgram()), 'content.archived');
		await archiveProgram(coordinator, id, false);
		expect((await programForAuthoring(coordinator, id)).status).toBe('published');
	});
});

describe('who may do what', () => {
	it('lets only the organisation’s coordinators write, publish and export', async () => {
		const id = await publishedProgram();
		const facilitator = await createAdult({ memberships: { [organisationId]: 'facilitator' } });
		const researcher = await createAdult({ memberships: { [organisationId]: 'researcher' } });
		const outsider = await createAdult({ memberships: { [otherOrganisation]: 'coordinator' } });
		for (const actor of [facilitator, researcher, outsider, admin]) {
			await refused(createProgram(actor, organisationId, { fr: 'x', en: 'x' }));
			await refused(saveDraft(actor, id, 1, completeProgram()));
			await refused(publishProgram(actor, id));
			await refused(exportPackage(actor, id, 1));
			await refused(programForAuthoring(actor, id));
		}
	});

	it('lets facilitators and professionals read published versions only', async () => {
		const id = await publishedProgram();
		const unpublished = await createProgram(coordinator, organisationId, {
			fr: 'Secret',
			en: 'Hidden'
		});
		const facilitator = await createAdult({ memberships: { [organisationId]: 'facilitator' } });
		expect((await programVersionView(facilitator, id, 1)).number).toBe(1);
		await refused(listVersions(facilitator, unpublished));
		const visible = (await listPrograms(facilitator, organisationId)).map((item) => item.id);
		expect(visible).toContain(id);
		expect(visible).not.toContain(unpublished);
		const researcher = await createAdult({ memberships: { [organisationId]: 'researcher' } });
		await refused(programVersionView(researcher, id, 1));
		const outsider = await createAdult({ memberships: { [otherOrganisation]: 'facilitator' } });
		await refused(programVersionView(outsider, id, 1));
	});
});

describe('content packages', () => {
	it('export a version that imports into another organisation as a draft, marked as an imported copy', async () => {
		const id = await publishedProgram();
		const exported = await exportPackage(coordinator, id, 1);
		const otherCoordinator = await createAdult({
			memberships: { [otherOrganisation]: 'coordinator' }
		});
		const imported = await importPackage(
			otherCoordinator,
			otherOrganisation,
			JSON.stringify(exported)
		);
		const draft = await programForAuthoring(otherCoordinator, imported);
		expect(draft.status).toBe('draft');
		expect(draft.latestVersion).toBeNull();
		const original = exported.program.document as ProgramDocument;
		// Everything as exported, but named apart from the original, and marked with the date it arrived.
		expect(draft.document).toEqual({
			...original,
			title: {
				fr: `${original.title.fr} (copie importée)`,
				en: `${original.title.en} (imported copy)`
			}
		});
		expect(draft.importedAt).toBeInstanceOf(Date);
		expect((await programForAuthoring(coordinator, id)).importedAt).toBeNull();
		await refused(programForAuthoring(coordinator, imported));
	});

	it('bring the decks and scenarios the program uses, imported as drafts it points at', async () => {
		const deck = { id: await decks.create(coordinator, organisationId, completeDeck()) };
		await decks.publish(coordinator, deck.id);
		const scenario = {
			id: await scenarios.create(coordinator, organisationId, completeScenario())
		};
		await scenarios.publish(coordinator, scenario.id);
		const id = await createProgram(coordinator, organisationId, { fr: 'Outils', en: 'Tools' });
		const document = completeProgram();
		const activities = document.workshops[0]!.activities;
		activities.push(
			{ ...completeActivity('uses-deck', 'card-game', 0), settings: { deckId: deck!.id } },
			{
				...completeActivity('uses-scenario', 'scenario', 0),
				settings: { scenarioId: scenario!.id }
			}
		);
		await saveDraft(coordinator, id, 0, document);
		await publishProgram(coordinator, id);

		const exported = await exportPackage(coordinator, id, 1);
		expect(exported.references.decks!.map((item) => item.id)).toEqual([deck!.id]);
		expect(exported.references.scenarios!.map((item) => item.id)).toEqual([scenario!.id]);
		expect(exported.references.decks![0]!.document).toEqual(
			(await decks.version(coordinator, deck!.id, 'latest')).document
		);

		const otherCoordinator = await createAdult({
			memberships: { [otherOrganisation]: 'coordinator' }
		});
		const before = await decks.list(otherCoordinator, otherOrganisation);
		const imported = await importPackage(
			otherCoordinator,
			otherOrganisation,
			JSON.stringify(exported)
		);
		const after = await decks.list(otherCoordinator, otherOrganisation);
		const newDeck = after.find((item) => !before.some((old) => old.id === item.id))!;
		expect(newDeck.status).toBe('draft');
		const draft = await programForAuthoring(otherCoordinator, imported);
		const settings = draft.document.workshops[0]!.activities.map((activity) => activity.settings);
		expect(settings).toContainEqual({ deckId: newDeck.id });
		expect(settings).not.toContainEqual({ deckId: deck!.id });
		const scenarioId = (settings.find((item) => 'scenarioId' in item) as { scenarioId: string })
			.scenarioId;
		expect(scenarioId).not.toBe(scenario!.id);
		expect((await scenarios.forAuthoring(otherCoordinator, scenarioId)).organisationId).toBe(
			otherOrganisation
		);
		// Drafts are not usable yet: the imported program says so until they are published.
		expect(draft.problems.map((problem) => problem.key)).toContain(
			'programs.problem_broken_reference'
		);
		await refused(decks.forAuthoring(coordinator, newDeck.id));
	});

	it('refuse hostile files with a precise reason, and create nothing', async () => {
		const before = (await db().select().from(contentItem).where(eq(contentItem.type, 'program')))
			.length;
		const hostile = buildPackage(1, completeProgram());
		hostile.program.document.summary.fr = '<img src=x onerror=alert(1)>';
		const cases: [string, string][] = [
			[JSON.stringify(hostile), 'packages.markup'],
			['['.repeat(100) + ']'.repeat(100), 'packages.too_deep'],
			['not json at all', 'packages.not_json'],
			[JSON.stringify({ format: 'something else' }), 'packages.invalid'],
			['x'.repeat(3 * 1024 * 1024), 'packages.too_large']
		];
		for (const [text, code] of cases)
			await failsWith(importPackage(coordinator, organisationId, text), code);
		expect(
			(await db().select().from(contentItem).where(eq(contentItem.type, 'program'))).length
		).toBe(before);
	});
});

describe('a second approval before publishing', () => {
	it('is set by the organisation’s coordinators only, and recorded', async () => {
		const facilitator = await createAdult({ memberships: { [organisationId]: 'facilitator' } });
		await refused(setPublishingPolicy(facilitator, organisationId, { secondApproval: true }));
		await refused(setPublishingPolicy(admin, organisationId, { secondApproval: true }));
		const outsider = await createAdult({ memberships: { [otherOrganisation]: 'coordinator' } });
		await refused(setPublishingPolicy(outsider, organisationId, { secondApproval: true }));
		expect(await publishingPolicyOf(organisationId)).toEqual({ secondApproval: false });
	});

	it('makes a coordinator send a program for review, and another coordinator publish it', async () => {
		const first = await createAdult({ memberships: { [otherOrganisation]: 'coordinator' } });
		const second = await createAdult({ memberships: { [otherOrganisation]: 'coordinator' } });
		await setPublishingPolicy(first, otherOrganisation, { secondApproval: true });
		const id = await createProgram(first, otherOrganisation, { fr: 'Programme', en: 'Program' });
		await saveDraft(first, id, 0, completeProgram());
		expect((await programForAuthoring(first, id)).steps).toEqual(['submit', 'archive']);
		await failsWith(publishProgram(first, id), 'content.needs_review');
		await submitForReview(first, id);
		const mine = await programForAuthoring(first, id);
		expect(mine).toMatchObject({ status: 'in_review', submittedByActor: true, steps: ['archive'] });
		await failsWith(publishProgram(first, id), 'content.needs_other_approver');
		expect((await programForAuthoring(second, id)).steps).toEqual(['publish', 'archive']);
		expect(await publishProgram(second, id)).toBe(1);
		const log = await listAudit(second, { organisationId: otherOrganisation, action: 'content.' });
		const approval = log.find(
			(entry) => entry.action === 'content.approved' && entry.targetId === id
		);
		expect(approval?.actorId).toBe(second.userId);
		// The same engine holds the same rule for a deck.
		const deckId = await decks.create(first, otherOrganisation, {
			...emptyDeck({ fr: 'Paquet', en: 'Deck' }),
			cards: []
		});
		await failsWith(decks.publish(first, deckId), 'content.needs_review');
	});
});
