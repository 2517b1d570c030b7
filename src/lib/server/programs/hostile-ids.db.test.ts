// Hostile ids in every id-bearing field of every document kind and of content packages, on a real database:
// each is refused where it enters with a reason (a DomainError below 500), or kept as a publishing problem
// in words. Nothing ever fails with a database error, and no page of the item stops working.
import fc from 'fast-check';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { emptyDeck, newCard } from '#lib/domain/cards/deck.ts';
import { emptyVideo } from '#lib/domain/media/video.ts';
import { buildPackage } from '#lib/domain/programs/package.ts';
import { completeActivity, completeProgram } from '#lib/domain/programs/test-documents.ts';
import { db } from '../db/client.ts';
import { useTestDatabase } from '../db/test-database.ts';
import { createOrganisation } from '../identity/organisations.ts';
import { createAdult } from '../identity/test-people.ts';
import type { UserActor } from '../platform/actor.ts';
import { DomainError } from '../platform/errors.ts';
import { contentItem } from '../platform/schema.ts';
import { registerMediaReactions, videoFileInfo } from '../media/service.ts';
import {
	createProgram,
	importPackage,
	programForAuthoring,
	publishProgram,
	saveDraft
} from './service.ts';
import { createTool, toolStore } from '../tools/service.ts';

useTestDatabase();
// The media module checks the files videos name, as on a real start.
registerMediaReactions();

let coordinator: UserActor;
let organisationId: string;
beforeAll(async () => {
	const admin = await createAdult({ admin: true });
	organisationId = await createOrganisation(admin, { name: 'Organisme' });
	coordinator = await createAdult({ memberships: { [organisationId]: 'coordinator' } });
});

/** Ids as a probe sends them: near-misses of a UUID, real UUIDs of nothing, and anything at all. */
const hostileId = fc.oneof(
	fc.constantFrom('a'.repeat(36), '-'.repeat(36), '0'.repeat(36), "' or 1=1 --", '../x', ''),
	fc.stringMatching(/^[0-9a-f-]{36}$/),
	fc.uuid(),
	fc.string({ maxLength: 80 }),
	fc.string({ unit: 'binary', maxLength: 40 })
);

/** Runs `work`: it may succeed or refuse with a reason, never fail otherwise. */
async function refusedPolitelyOrDone(work: () => Promise<unknown>): Promise<'done' | 'refused'> {
	try {
		await work();
		return 'done';
	} catch (error) {
		expect(error).toBeInstanceOf(DomainError);
		expect((error as DomainError).status).toBeLessThan(500);
		return 'refused';
	}
}

const RUNS = { numRuns: 25 };

/** The organisation's programs, oldest first. */
function programRows() {
	return db()
		.select({ id: contentItem.id })
		.from(contentItem)
		.where(eq(contentItem.type, 'program'))
		.orderBy(contentItem.createdAt);
}

describe('hostile ids in a program', () => {
	it('in any activity that uses a tool: refused when saved, or a publishing problem; the editor still opens', async () => {
		const programId = await createProgram(coordinator, organisationId, { fr: 'P', en: 'P' });
		let revision = 0;
		await fc.assert(
			fc.asyncProperty(
				fc.constantFrom(['card-game', 'deckId'], ['scenario', 'scenarioId'], ['video', 'videoId']),
				hostileId,
				async ([kind, field], id) => {
					const document = completeProgram();
					const activity = completeActivity('hostile1', kind);
					activity.settings = { [field]: id };
					document.workshops[0]!.activities.push(activity);
					const outcome = await refusedPolitelyOrDone(async () => {
						revision = (await saveDraft(coordinator, programId, revision, document)).revision;
					});
					const view = await programForAuthoring(coordinator, programId);
					if (outcome === 'done' && id !== '') expect(view.problems.length).toBeGreaterThan(0);
					await refusedPolitelyOrDone(() => publishProgram(coordinator, programId));
				}
			),
			RUNS
		);
	});

	it('stored before ids were checked: the program still opens, and its problem is named', async () => {
		const programId = await createProgram(coordinator, organisationId, { fr: 'P', en: 'P' });
		for (const id of ['a'.repeat(36), '-'.repeat(36), "'; drop table program; --"]) {
			const document = completeProgram();
			const activity = completeActivity('stored01', 'card-game');
			activity.settings = { deckId: id };
			document.workshops[0]!.activities.push(activity);
			await db().update(contentItem).set({ draft: document }).where(eq(contentItem.id, programId));
			const view = await programForAuthoring(coordinator, programId);
			expect(view.problems.map((problem) => problem.key)).toContain('programs.problem_settings');
			expect(await refusedPolitelyOrDone(() => publishProgram(coordinator, programId))).toBe(
				'refused'
			);
		}
	});
});

describe('hostile ids in the workshop tools', () => {
	it('in a video’s files: refused when saved; a stored one leaves the video readable', async () => {
		const videoId = await createTool(coordinator, 'videos', organisationId, { fr: 'V', en: 'V' });
		const videos = toolStore('videos');
		await fc.assert(
			fc.asyncProperty(
				fc.constantFrom('video', 'poster', 'fr', 'en'),
				hostileId,
				async (field, id) => {
					const { revision } = await videos.forAuthoring(coordinator, videoId);
					const document = emptyVideo({ fr: 'V', en: 'V' });
					if (field === 'fr' || field === 'en') document.captions[field] = id;
					else document[field] = id;
					expect(
						await refusedPolitelyOrDone(() =>
							videos.saveDraft(coordinator, videoId, revision, document)
						)
					).toBe('refused');
				}
			),
			RUNS
		);
		const stored = { ...emptyVideo({ fr: 'V', en: 'V' }), video: '-'.repeat(36) };
		await db().update(contentItem).set({ draft: stored }).where(eq(contentItem.id, videoId));
		const draft = await videos.forAuthoring(coordinator, videoId);
		expect(await videoFileInfo(organisationId, draft.document as typeof stored)).toEqual({});
	});

	it('in a deck’s cards and a scenario’s passages: refused when saved, or kept as the author’s own ids', async () => {
		const deckId = await createTool(coordinator, 'decks', organisationId, { fr: 'D', en: 'D' });
		const scenarioId = await createTool(coordinator, 'scenarios', organisationId, {
			fr: 'S',
			en: 'S'
		});
		await fc.assert(
			fc.asyncProperty(hostileId, async (id) => {
				const decks = toolStore('decks');
				const deck = await decks.forAuthoring(coordinator, deckId);
				const document = emptyDeck({ fr: 'D', en: 'D' });
				document.cards.push(newCard(id));
				await refusedPolitelyOrDone(() =>
					decks.saveDraft(coordinator, deckId, deck.revision, document)
				);
				const scenarios = toolStore('scenarios');
				const scenario = await scenarios.forAuthoring(coordinator, scenarioId);
				const changed = structuredClone(scenario.document) as { start: string };
				changed.start = id;
				await refusedPolitelyOrDone(() =>
					scenarios.saveDraft(coordinator, scenarioId, scenario.revision, changed)
				);
				await decks.forAuthoring(coordinator, deckId);
				await scenarios.forAuthoring(coordinator, scenarioId);
			}),
			RUNS
		);
	});
});

describe('hostile ids in a content package', () => {
	it('in the program’s activities or the tools’ own ids: refused with a reason, and nothing created', async () => {
		const before = (await programRows()).length;
		await fc.assert(
			fc.asyncProperty(
				fc.constantFrom('activity', 'tool'),
				hostileId.filter((id) => id !== ''),
				async (where, id) => {
					const document = completeProgram();
					const activity = completeActivity('hostile2', 'card-game');
					activity.settings = { deckId: where === 'activity' ? id : 'PLACEHOLDER' };
					document.workshops[0]!.activities.push(activity);
					const deck = { ...emptyDeck({ fr: 'D', en: 'D' }), cards: [newCard('card01')] };
					const packaged = buildPackage(1, document, [
						{
							type: 'deck',
							id: where === 'tool' ? id : crypto.randomUUID(),
							version: 1,
							document: deck
						}
					]);
					const text = JSON.stringify(packaged).replace(
						'PLACEHOLDER',
						JSON.stringify(id).slice(1, -1)
					);
					const outcome = await refusedPolitelyOrDone(() =>
						importPackage(coordinator, organisationId, text)
					);
					// A real UUID of nothing is a reference the importer keeps, as a problem to fix.
					if (outcome === 'done') expect(id).toMatch(/^[0-9a-f]{8}-/i);
				}
			),
			RUNS
		);
		const after = await programRows();
		for (const row of after.slice(before))
			expect((await programForAuthoring(coordinator, row.id)).problems.length).toBeGreaterThan(0);
	});
});
