import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { newCard } from '#lib/domain/cards/deck.ts';
import { completeDeck } from '#lib/domain/cards/test-decks.ts';
import { db } from '../db/client.ts';
import { createTool } from '../tools/service.ts';
import { useTestDatabase } from '../db/test-database.ts';
import { createOrganisation } from '../identity/organisations.ts';
import { createAdult, failsWith, refused } from '../identity/test-people.ts';
import type { ParticipantActor, UserActor } from '../platform/actor.ts';
import { listAudit } from '../platform/audit.ts';
import { usableContent } from '../platform/content-store.ts';
import { contentVersion } from '../platform/schema.ts';
import {
	archiveDeck,
	deckForAuthoring,
	deckVersion,
	deckVersions,
	listDecks,
	publishDeck,
	publishedDecks,
	saveDeckDraft,
	submitDeck
} from './service.ts';

useTestDatabase();

let admin: UserActor;
let organisationId: string;
let otherOrganisation: string;
let coordinator: UserActor;
let facilitator: UserActor;
let outsider: UserActor;
let teen: ParticipantActor;
let teenElsewhere: ParticipantActor;

beforeAll(async () => {
	admin = await createAdult({ admin: true });
	organisationId = await createOrganisation(admin, { name: 'Organisme A' });
	otherOrganisation = await createOrganisation(admin, { name: 'Organisme B' });
	coordinator = await createAdult({ memberships: { [organisationId]: 'coordinator' } });
	facilitator = await createAdult({ memberships: { [organisationId]: 'facilitator' } });
	outsider = await createAdult({ memberships: { [otherOrganisation]: 'coordinator' } });
	const participant = (organisation: string): ParticipantActor => ({
		kind: 'participant',
		userId: crypto.randomUUID(),
		participantId: crypto.randomUUID(),
		organisationId: organisation,
		groups: [{ id: crypto.randomUUID(), name: 'Groupe' }],
		pseudonym: 'Étoile'
	});
	teen = participant(organisationId);
	teenElsewhere = participant(otherOrganisation);
});

async function publishedDeck(title?: string): Promise<string> {
	const id = await createTool(coordinator, 'decks', organisationId, { fr: 'Essai', en: 'Trial' });
	await saveDeckDraft(coordinator, id, 0, completeDeck(title));
	await publishDeck(coordinator, id);
	return id;
}

describe('writing a deck', () => {
	it('starts as a draft that only coordinators of the organisation see', async () => {
		const id = await createTool(coordinator, 'decks', organisationId, { fr: 'Nouveau', en: 'New' });
		const draft = await deckForAuthoring(coordinator, id);
		expect(draft.status).toBe('draft');
		expect(draft.document.cards).toEqual([]);
		expect(draft.problems.map((problem) => problem.key)).toContain('cards.problem_no_card');
		expect((await listDecks(coordinator, organisationId)).map((deck) => deck.id)).toContain(id);
		// Unpublished: not for facilitators or youth, and nothing at all for another organisation.
		expect((await listDecks(facilitator, organisationId)).map((deck) => deck.id)).not.toContain(id);
		await refused(deckForAuthoring(facilitator, id));
		await refused(deckVersion(teen, id, 'latest'));
		await refused(deckForAuthoring(outsider, id));
		await refused(createTool(facilitator, 'decks', organisationId, { fr: 'x', en: 'x' }));
		await refused(listDecks(outsider, organisationId));
	});

	it('refuses a save from an editor that started from an older revision', async () => {
		const id = await createTool(coordinator, 'decks', organisationId, { fr: 'Nouveau', en: 'New' });
		const saved = await saveDeckDraft(coordinator, id, 0, completeDeck());
		expect(saved.revision).toBe(1);
		expect(saved.problems).toEqual([]);
		await failsWith(
			saveDeckDraft(coordinator, id, 0, completeDeck('Autre')),
			'content.save_conflict'
		);
		expect((await deckForAuthoring(coordinator, id)).document.title.fr).toBe('Paquet');
	});

	it('refuses a document of the wrong shape and keeps the draft as it was', async () => {
		const id = await createTool(coordinator, 'decks', organisationId, { fr: 'Nouveau', en: 'New' });
		const wrong = { ...completeDeck(), cards: [{ ...newCard('card-one'), answer: 'maybe' }] };
		await failsWith(saveDeckDraft(coordinator, id, 0, wrong), 'content.invalid_document');
		await failsWith(
			saveDeckDraft(coordinator, id, 0, { ...completeDeck(), extra: true }),
			'content.invalid_document'
		);
		expect((await deckForAuthoring(coordinator, id)).revision).toBe(0);
	});
});

describe('publishing a deck', () => {
	it('is blocked while a problem remains', async () => {
		const id = await createTool(coordinator, 'decks', organisationId, { fr: 'Nouveau', en: 'New' });
		const withFigure = completeDeck();
		withFigure.cards[0]!.statement.fr = 'Trois jeunes sur 10';
		await saveDeckDraft(coordinator, id, 0, withFigure);
		await failsWith(publishDeck(coordinator, id), 'content.not_publishable');
		expect(await deckVersions(coordinator, id)).toEqual([]);
	});

	it('keeps each version as published, for youth and staff of the organisation only', async () => {
		const id = await publishedDeck('Première');
		const draft = await deckForAuthoring(coordinator, id);
		await saveDeckDraft(coordinator, id, draft.revision, completeDeck('Seconde'));
		// Users keep playing version 1 while the coordinator edits.
		expect((await deckVersion(teen, id, 'latest')).document.title.fr).toBe('Première');
		await submitDeck(coordinator, id);
		expect((await deckForAuthoring(coordinator, id)).status).toBe('in_review');
		expect(await publishDeck(coordinator, id)).toBe(2);
		expect((await deckVersion(facilitator, id, 'latest')).document.title.fr).toBe('Seconde');
		expect((await deckVersion(teen, id, 1)).document.title.fr).toBe('Première');
		expect((await deckVersions(coordinator, id)).map((version) => version.number)).toEqual([2, 1]);
		expect((await publishedDecks(teen, organisationId)).map((deck) => deck.id)).toContain(id);
		await refused(deckVersion(teenElsewhere, id, 'latest'));
		await refused(publishedDecks(teenElsewhere, organisationId));
		await refused(deckVersion(outsider, id, 1));
		await refused(deckVersion(teen, id, 3));
		await failsWith(publishDeck(coordinator, id), 'content.wrong_status');
		const events = await listAudit(admin, { organisationId, action: 'content.published' });
		expect(events.some((event) => event.targetId === id && event.targetType === 'deck')).toBe(true);
	});

	it('refuses, in the database itself, to change or delete a published version', async () => {
		const id = await publishedDeck();
		await expect(
			db().update(contentVersion).set({ number: 9 }).where(eq(contentVersion.itemId, id))
		).rejects.toThrow();
		await expect(
			db().delete(contentVersion).where(eq(contentVersion.itemId, id))
		).rejects.toThrow();
	});

	it('takes an archived deck away from players, and gives it back when restored', async () => {
		const id = await publishedDeck();
		expect(await usableContent(organisationId, [id])).toEqual(new Set([`deck:${id}`]));
		await archiveDeck(coordinator, id, true);
		await refused(deckVersion(teen, id, 'latest'));
		expect(
			(await publishedDecks(facilitator, organisationId)).map((deck) => deck.id)
		).not.toContain(id);
		expect(await usableContent(organisationId, [id])).toEqual(new Set());
		await failsWith(saveDeckDraft(coordinator, id, 1, completeDeck()), 'content.archived');
		await archiveDeck(coordinator, id, false);
		expect((await deckForAuthoring(coordinator, id)).status).toBe('published');
		expect((await deckVersion(teen, id, 'latest')).number).toBe(1);
		// Another organisation cannot use it, and ids that are not ids are simply not found.
		expect(await usableContent(otherOrganisation, [id, 'nonsense'])).toEqual(new Set());
	});
});
