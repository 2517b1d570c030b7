// Live sessions on a real database (PGlite and PostgreSQL): who may start, run, join and present; votes that
// count once; results that wait for the reveal (and for three answers on a check-in); posts behind the guard
// and the facilitator's approval; break signals for the control view only; the record and its lock.
import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { completeDeck } from '#lib/domain/cards/test-decks.ts';
import type { DeckDocument } from '#lib/domain/cards/deck.ts';
import { RECORD_EDITABLE_MS } from '#lib/domain/live/record.ts';
import type { ProgramDocument } from '#lib/domain/programs/document.ts';
import { completeActivity, completeProgram } from '#lib/domain/programs/test-documents.ts';
import { both, ending, passage } from '#lib/domain/scenarios/test-scenarios.ts';
import { emptyScenario } from '#lib/domain/scenarios/scenario.ts';
import { registerAllCatalogues } from '#lib/i18n/all.ts';
import { decks } from '../cards/service.ts';
import { db } from '../db/client.ts';
import { useTestDatabase } from '../db/test-database.ts';
import { createGroup } from '../identity/groups.ts';
import { createOrganisation } from '../identity/organisations.ts';
import { addParticipant, participantActor } from '../identity/participants.ts';
import { createAdult, failsWith, freshAddress, refused } from '../identity/test-people.ts';
import type { ParticipantActor, UserActor } from '../platform/actor.ts';
import { listAudit } from '../platform/audit.ts';
import {
	databaseTransport,
	EventBus,
	events,
	installEvents,
	type EventPayload,
	type EventTransport
} from '../platform/events.ts';
import { createProgram, publishProgram, saveDraft } from '../programs/service.ts';
import { scenarios } from '../scenarios/service.ts';
import { registerMediaReactions, videos } from '../media/service.ts';
import { mediaFile } from '../media/schema.ts';
import { emptyVideo } from '#lib/domain/media/video.ts';
import { liveSession, liveVote, livePost, liveTally } from './schema.ts';
import {
	castVote,
	claimPairing,
	controlView,
	joinSession,
	moderatePost,
	moveSession,
	pairingCode,
	participantScreen,
	presenterAllowed,
	presenterScreen,
	presenterToken,
	recordHands,
	saveRecord,
	sendPost,
	sessionMediaOwner,
	sessionRecord,
	setSessionStatus,
	signalBreak,
	startSession,
	tabletVote,
	tickPresent,
	unlockRecord,
	recordsOverview,
	versionRecords
} from './service.ts';
import { openLiveStream } from './hub.ts';
import { heldForMe } from '../moderation/service.ts';

const database = useTestDatabase();
// Publishing a video checks that its files are the organisation's.
registerMediaReactions();

let coordinator: UserActor;
let facilitator: UserActor;
let otherFacilitator: UserActor;
let outsider: UserActor;
let teens: ParticipantActor[];
let otherTeen: ParticipantActor;
let groupId: string;
let programId: string;

/** The workshop every test runs: a check-in, a deck, a scenario, a discussion, a reflection, a break. */
/** The film's file ids (no bytes are needed to decide who may play them). */
const FILM = { video: crypto.randomUUID(), poster: crypto.randomUUID(), fr: crypto.randomUUID() };

function liveProgram(deckId: string, scenarioId: string, videoId: string): ProgramDocument {
	const program = completeProgram();
	const workshop = program.workshops[0]!;
	workshop.contentWarning = {
		fr: 'On parle de relations difficiles.',
		en: 'We talk about hard relationships.'
	};
	workshop.activities = [
		completeActivity('check-in-1', 'check-in', 5),
		{ ...completeActivity('cards-1', 'discussion', 15), kind: 'card-game', settings: { deckId } },
		{
			...completeActivity('story-1', 'discussion', 15),
			kind: 'scenario',
			settings: { scenarioId }
		},
		{
			...completeActivity('talk-1', 'discussion', 10),
			facilitatorNotes: {
				...completeActivity('talk-1', 'discussion', 10).facilitatorNotes,
				howTo: {
					fr: '**0–1 min** : accueil.\n\n- une idée\n- <b>une autre</b>',
					en: '**0–1 min**: welcome.\n\n- one idea\n- <b>another</b>'
				}
			}
		},
		completeActivity('write-1', 'reflection', 5),
		completeActivity('break-1', 'break', 5)
	];
	program.workshops.push({
		...workshop,
		id: 'workshop-film',
		contentWarning: { fr: '', en: '' },
		activities: [
			{ ...completeActivity('film-1', 'discussion', 10), kind: 'video', settings: { videoId } }
		]
	});
	return program;
}

function twoCards(): DeckDocument {
	const deck = completeDeck('Mythes');
	deck.cards.push({
		...deck.cards[0]!,
		id: 'card-two',
		statement: { fr: 'Deuxième', en: 'Second' },
		answer: 'myth',
		source: { fr: 'Source officielle', en: 'Official source' }
	});
	return deck;
}

async function publishedTool<D>(
	store: typeof decks | typeof scenarios,
	organisationId: string,
	document: D
) {
	const id = await store.create(coordinator, organisationId, document as never);
	const draft = await store.forAuthoring(coordinator, id);
	await store.saveDraft(coordinator, id, draft.revision, document);
	await store.publish(coordinator, id);
	return id;
}

beforeAll(async () => {
	registerAllCatalogues();
	const admin = await createAdult({ admin: true });
	const organisationId = await createOrganisation(admin, { name: 'Organisme A' });
	const elsewhere = await createOrganisation(admin, { name: 'Organisme B' });
	coordinator = await createAdult({ memberships: { [organisationId]: 'coordinator' } });
	facilitator = await createAdult({ memberships: { [organisationId]: 'facilitator' } });
	otherFacilitator = await createAdult({ memberships: { [organisationId]: 'facilitator' } });
	outsider = await createAdult({ memberships: { [elsewhere]: 'coordinator' } });
	groupId = await createGroup(facilitator, organisationId, {
		name: 'Les mercredis',
		approvalRequired: false,
		expiresInDays: null
	});
	const otherGroup = await createGroup(otherFacilitator, organisationId, {
		name: 'Les jeudis',
		approvalRequired: false,
		expiresInDays: null
	});
	teens = [];
	for (const pseudonym of ['Renard bleu', 'Loutre rose', 'Chat vert', 'Pie grise']) {
		const added = await addParticipant(facilitator, groupId, pseudonym, 'fr');
		teens.push((await participantActor(added.userId))!);
	}
	const other = await addParticipant(otherFacilitator, otherGroup, 'Hibou gris', 'fr');
	otherTeen = (await participantActor(other.userId))!;

	const deckId = await publishedTool(decks, organisationId, twoCards());
	const story = {
		...emptyScenario({ fr: 'Histoire', en: 'Story' }),
		summary: both('Résumé'),
		contentWarning: { fr: 'Il est question de photos.', en: 'It mentions photos.' },
		start: 'start',
		passages: [passage('start', ['left', 'right']), ending('left'), ending('right')]
	};
	const scenarioId = await publishedTool(scenarios, organisationId, story);
	// The film's files as an upload leaves them (the bytes themselves are not needed here).
	await db()
		.insert(mediaFile)
		.values([
			{
				id: FILM.video,
				organisationId,
				key: 'a'.repeat(64),
				kind: 'video',
				mimeType: 'video/webm',
				bytes: 10
			},
			{
				id: FILM.poster,
				organisationId,
				key: 'b'.repeat(64),
				kind: 'poster',
				mimeType: 'image/png',
				bytes: 10
			},
			{
				id: FILM.fr,
				organisationId,
				key: 'c'.repeat(64),
				kind: 'captions',
				mimeType: 'text/vtt',
				bytes: 10
			}
		]);
	const videoId = await publishedTool(videos as never, organisationId, {
		...emptyVideo({ fr: 'Film', en: 'Film' }),
		description: both('Un film'),
		transcript: both('Ce qui se dit'),
		languages: ['fr'],
		video: FILM.video,
		poster: FILM.poster,
		captions: { fr: FILM.fr, en: null }
	});
	programId = await createProgram(coordinator, organisationId, { fr: 'Programme', en: 'Program' });
	await saveDraft(coordinator, programId, 0, liveProgram(deckId, scenarioId, videoId));
	await publishProgram(coordinator, programId);
});

const start = (actor = facilitator as UserActor) =>
	startSession(actor, { groupId, programId, version: 1, workshopId: 'workshop-one' });

/** Ends whatever session the group has open, so each test starts its own. */
async function fresh(): Promise<string> {
	const open = await db().select().from(liveSession).where(eq(liveSession.groupId, groupId));
	for (const row of open)
		if (row.status !== 'closed') await setSessionStatus(facilitator, row.id, 'closed');
	return start();
}

async function goTo(sessionId: string, activity: number) {
	await moveSession(facilitator, sessionId, { action: 'jump', activity });
	const screen = await presenterScreen(sessionId, 'fr');
	if (screen.warning) await moveSession(facilitator, sessionId, { action: 'next' });
}

const vote = async (teen: ParticipantActor, sessionId: string, choice: string) => {
	const screen = await participantScreen(teen, sessionId, 'fr');
	return castVote(teen, sessionId, screen.question!.target, choice);
};

describe('starting a live session', () => {
	it('is for the group’s facilitators and the coordinators, one open session per group', async () => {
		await refused(start(otherFacilitator));
		await refused(start(outsider));
		await refused(
			startSession(teens[0]!, { groupId, programId, version: 1, workshopId: 'workshop-one' })
		);
		const id = await fresh();
		await failsWith(start(coordinator), 'live.already_open');
		await failsWith(
			startSession(facilitator, { groupId, programId, version: 9, workshopId: 'workshop-one' }),
			'errors.not_found_or_not_allowed'
		);
		const control = await controlView(coordinator, id, 'fr');
		expect(control.plan.map((item) => item.kind)).toEqual([
			'check-in',
			'card-game',
			'scenario',
			'discussion',
			'reflection',
			'break'
		]);
	});

	it('offers "previous" only when there is somewhere to go back to', async () => {
		const id = await fresh();
		expect((await controlView(facilitator, id, 'fr')).atStart).toBe(true);
		await goTo(id, 1);
		expect((await controlView(facilitator, id, 'fr')).atStart).toBe(false);
		await moveSession(facilitator, id, { action: 'previous' });
		expect((await controlView(facilitator, id, 'fr')).atStart).toBe(true);
	});

	it('shows the guide’s notes on the control view as the printed guide does: markdown, never raw HTML', async () => {
		const id = await fresh();
		await goTo(id, 3);
		const notes = (await controlView(facilitator, id, 'fr')).notes
			.map((note) => note.html)
			.join('');
		expect(notes).toContain('<strong>0–1 min</strong>');
		expect(notes).toContain('<li>une idée</li>');
		expect(notes).toContain('&lt;b&gt;une autre&lt;/b&gt;');
		expect(notes).not.toContain('**');
	});

	it('shows the workshop’s content warning first, on every view, before anything can be answered', async () => {
		const id = await fresh();
		const screen = await presenterScreen(id, 'fr');
		expect(screen.warning).toContain('relations difficiles');
		expect(screen.question).toBeNull();
		expect((await participantScreen(teens[0]!, id, 'fr')).warning).toContain(
			'relations difficiles'
		);
		await moveSession(facilitator, id, { action: 'next' });
		const after = await presenterScreen(id, 'fr');
		expect(after.warning).toBeNull();
		expect(after.question?.options.map((option) => option.key)).toEqual([
			'1',
			'2',
			'3',
			'4',
			'5',
			'pass'
		]);
	});

	it('lets only the group’s facilitators and coordinators run it, and only its participants join it', async () => {
		const id = await fresh();
		await refused(moveSession(otherFacilitator, id, { action: 'next' }));
		await refused(moveSession(outsider, id, { action: 'next' }));
		await refused(controlView(otherFacilitator, id, 'fr'));
		await refused(presenterToken(otherFacilitator, id));
		await refused(joinSession(otherTeen, id));
		await refused(participantScreen(otherTeen, id, 'fr'));
		await refused(castVote(otherTeen, id, 'a0.0.', '1'));
		await refused(joinSession(facilitator, id));
		await joinSession(teens[0]!, id);
		const control = await controlView(facilitator, id, 'fr', new Date(), { audited: true });
		expect(control.people.find((person) => person.pseudonym === 'Renard bleu')).toMatchObject({
			joined: true,
			connected: true
		});
		// Opening the list of who is here is recorded, as reading a group's list is.
		const audit = await listAudit(coordinator, { organisationId: await sessionRecordOrg(id) });
		expect(
			audit.some((event) => event.action === 'live.people_read' && event.targetId === id)
		).toBe(true);
	});
});

describe('votes', () => {
	it('count once per participant: a retry or a double tap never counts twice, a change replaces', async () => {
		const id = await fresh();
		await goTo(id, 1);
		const target = (await presenterScreen(id, 'fr')).question!.target;
		await Promise.all(Array.from({ length: 5 }, () => castVote(teens[0]!, id, target, 'myth')));
		await castVote(teens[1]!, id, target, 'myth');
		await castVote(teens[1]!, id, target, 'reality');
		const counts = async () => (await controlView(facilitator, id, 'fr')).tally?.counts;
		expect(await counts()).toEqual({ myth: 1, reality: 1 });
		await castVote(teens[2]!, id, target, 'pass');
		expect(await counts()).toEqual({ myth: 1, reality: 1, pass: 1 });
		expect((await participantScreen(teens[1]!, id, 'fr')).mine).toBe('reality');
		const votes = await db().select().from(liveVote).where(eq(liveVote.sessionId, id));
		expect(votes).toHaveLength(3);
	});

	it('sent all at once are each decided alone: the room’s count is exact, a bad one is refused to its sender only', async () => {
		const id = await fresh();
		await goTo(id, 1);
		const target = (await presenterScreen(id, 'fr')).question!.target;
		// Arriving together, these leave in one batch (votes.ts); each still gets its own answer.
		const outcomes = await Promise.allSettled([
			castVote(teens[0]!, id, target, 'myth'),
			castVote(otherTeen, id, target, 'myth'),
			castVote(teens[1]!, id, target, 'reality'),
			castVote(teens[2]!, id, target, 'maybe'),
			castVote(teens[0]!, id, target, 'myth'),
			castVote(teens[3]!, id, 'another-question', 'myth'),
			castVote(teens[2]!, id, target, 'pass'),
			castVote(teens[3]!, id, target, 'reality')
		]);
		const codes = outcomes.map((outcome) =>
			outcome.status === 'fulfilled' ? 'counted' : (outcome.reason as { code?: string }).code
		);
		expect(codes).toEqual([
			'counted',
			'errors.not_found_or_not_allowed',
			'counted',
			'live.vote_closed',
			'counted',
			'live.vote_closed',
			'counted',
			'counted'
		]);
		expect((await controlView(facilitator, id, 'fr')).tally?.counts).toEqual({
			myth: 1,
			reality: 2,
			pass: 1
		});
	});

	it.each([
		['by the batch statement itself', (transport: EventTransport) => transport],
		[
			'after it, by a transport with no statement channel (a broker)',
			(transport: EventTransport): EventTransport => ({ ...transport, statementChannel: undefined })
		]
	])(
		'send their counts %s: heard on this instance at once, on another through the database',
		async (_, shape) => {
			// This instance listens, as the app does; a second bus on the same database is another instance.
			const installed = events();
			const bus = new EventBus(shape(databaseTransport(database())));
			installEvents(bus);
			await bus.start();
			const other = new EventBus(databaseTransport(database()));
			await other.start();
			const elsewhere: EventPayload<'live.tally'>[] = [];
			other.subscribe('live.tally', (news) => void elsewhere.push(news));
			const here: EventPayload<'live.tally'>[] = [];
			bus.subscribe('live.tally', (news) => void here.push(news));
			// Each shard's newest counts, summed: what a control view shows.
			const total = (heard: EventPayload<'live.tally'>[], id: string) => {
				const newest = new Map<number, EventPayload<'live.tally'>>();
				for (const news of heard)
					if (news.sessionId === id && (newest.get(news.shard)?.version ?? 0) < news.version)
						newest.set(news.shard, news);
				return [...newest.values()]
					.flatMap((news) => Object.values(news.counts))
					.reduce((sum, count) => sum + count, 0);
			};
			try {
				const id = await fresh();
				await goTo(id, 1);
				const target = (await presenterScreen(id, 'fr')).question!.target;
				await Promise.all([
					castVote(teens[0]!, id, target, 'myth'),
					castVote(teens[1]!, id, target, 'reality'),
					castVote(teens[2]!, id, target, 'myth')
				]);
				// Heard here by the time the votes are answered...
				await new Promise((resolve) => setImmediate(resolve));
				expect(total(here, id)).toBe(3);
				// ...and by the other instance once the statement committed.
				for (let waited = 0; waited < 5000 && total(elsewhere, id) < 3; waited += 20)
					await new Promise((resolve) => setTimeout(resolve, 20));
				expect(total(elsewhere, id)).toBe(3);
				expect(elsewhere.every((news) => news.target === target && !news.byHands)).toBe(true);
				// This instance never hears its own statement's notifications a second time.
				const mine = here.filter((news) => news.sessionId === id);
				expect(new Set(mine.map((news) => `${news.shard} ${news.version}`)).size).toBe(mine.length);
			} finally {
				await other.stop();
				await bus.stop();
				installEvents(installed);
			}
		}
	);

	it('stay hidden until the facilitator reveals; then the distribution, the answer, its explanation and source', async () => {
		const id = await fresh();
		await goTo(id, 1);
		await moveSession(facilitator, id, { action: 'next' });
		await vote(teens[0]!, id, 'myth');
		await vote(teens[1]!, id, 'reality');
		const before = await presenterScreen(id, 'fr');
		expect(before.results).toBeNull();
		expect(before.answer).toBeNull();
		expect(before.lines).toEqual(['Deuxième']);
		await moveSession(facilitator, id, { action: 'reveal' });
		const after = await presenterScreen(id, 'en');
		expect(after.results?.total).toBe(2);
		expect(after.results?.options.find((option) => option.key === 'myth')?.count).toBe(1);
		expect(after.answer).toEqual({
			verdict: 'It is a myth.',
			explanation: 'Explanation',
			source: 'Official source'
		});
		// Once revealed, the question is closed.
		await failsWith(vote(teens[2]!, id, 'myth'), 'live.vote_closed');
	});

	it('are cleared by the facilitator: the question starts again, and each teen may answer anew', async () => {
		const id = await fresh();
		await goTo(id, 1);
		await vote(teens[0]!, id, 'myth');
		await vote(teens[1]!, id, 'reality');
		await moveSession(facilitator, id, { action: 'reveal' });
		await moveSession(facilitator, id, { action: 'reset' });
		const control = await controlView(facilitator, id, 'fr');
		expect(control.tally).toBeNull();
		expect(control.screen.revealed).toBe(false);
		expect((await participantScreen(teens[0]!, id, 'fr')).mine).toBeNull();
		await vote(teens[0]!, id, 'reality');
		expect((await controlView(facilitator, id, 'fr')).tally?.counts).toEqual({ reality: 1 });
	});

	it('refuse an answer to a question the room has left, or an option it does not have', async () => {
		const id = await fresh();
		await goTo(id, 1);
		const old = (await presenterScreen(id, 'fr')).question!.target;
		await moveSession(facilitator, id, { action: 'next' });
		await failsWith(castVote(teens[0]!, id, old, 'myth'), 'live.vote_closed');
		await failsWith(vote(teens[0]!, id, 'maybe'), 'live.vote_closed');
	});

	it('on a check-in are never shown with fewer than three answers, even revealed', async () => {
		const id = await fresh();
		await goTo(id, 0);
		await vote(teens[0]!, id, '4');
		await vote(teens[1]!, id, '2');
		await moveSession(facilitator, id, { action: 'reveal' });
		const tooFew = await presenterScreen(id, 'fr');
		expect(tooFew.results).toBeNull();
		expect(tooFew.tooFew).toBe(true);
		await moveSession(facilitator, id, { action: 'hide' });
		await vote(teens[2]!, id, '4');
		await moveSession(facilitator, id, { action: 'reveal' });
		const shown = await presenterScreen(id, 'fr');
		expect(shown.results?.options.find((option) => option.key === '4')?.count).toBe(2);
	});

	it('on a quick poll are never shown with fewer than three answers either: it may ask something personal', async () => {
		const id = await fresh();
		await goTo(id, 1);
		await moveSession(facilitator, id, {
			action: 'poll',
			question: 'Quelqu’un vous a déjà demandé une photo ?',
			options: ['Oui', 'Non']
		});
		await vote(teens[0]!, id, '0');
		await vote(teens[1]!, id, '1');
		await moveSession(facilitator, id, { action: 'reveal' });
		const tooFew = await presenterScreen(id, 'fr');
		expect(tooFew.results).toBeNull();
		expect(tooFew.tooFew).toBe(true);
		await moveSession(facilitator, id, { action: 'hide' });
		await vote(teens[2]!, id, '1');
		await moveSession(facilitator, id, { action: 'reveal' });
		expect((await presenterScreen(id, 'fr')).results?.total).toBe(3);
	});

	it('can be counted from a show of hands, or by teams on a shared tablet, and look the same', async () => {
		const id = await fresh();
		await goTo(id, 1);
		const target = (await presenterScreen(id, 'fr')).question!.target;
		await recordHands(facilitator, id, target, { myth: 7, reality: 3, pass: 1, extra: 5 });
		await moveSession(facilitator, id, { action: 'reveal' });
		const screen = await presenterScreen(id, 'fr');
		expect(screen.results?.total).toBe(11);
		await moveSession(facilitator, id, { action: 'next' });
		const next = (await presenterScreen(id, 'fr')).question!.target;
		const answer = crypto.randomUUID();
		await tabletVote(facilitator, id, next, 'myth', answer);
		await tabletVote(facilitator, id, next, 'myth', answer);
		await tabletVote(facilitator, id, next, 'reality', crypto.randomUUID());
		expect((await controlView(facilitator, id, 'fr')).tally?.counts).toEqual({
			myth: 1,
			reality: 1
		});
		await refused(tabletVote(otherFacilitator, id, next, 'myth', crypto.randomUUID()));
	});
});

describe('a scenario played as a group', () => {
	it('follows the majority, or the facilitator’s choice, to an ending and its whole debrief', async () => {
		const id = await fresh();
		await moveSession(facilitator, id, { action: 'jump', activity: 2 });
		expect((await presenterScreen(id, 'fr')).warning).toContain('photos');
		await moveSession(facilitator, id, { action: 'next' });
		await failsWith(moveSession(facilitator, id, { action: 'follow' }), 'live.no_majority');
		await vote(teens[0]!, id, '1');
		await vote(teens[1]!, id, '1');
		await vote(teens[2]!, id, '0');
		await moveSession(facilitator, id, { action: 'follow' });
		const end = await presenterScreen(id, 'fr');
		expect(end.lines).toEqual(['right (fr)']);
		expect(end.debrief).toEqual({
			warningSigns: 'Signes (fr)',
			protectiveStrategies: 'Se protéger (fr)',
			help: 'Aide (fr)'
		});
		await moveSession(facilitator, id, { action: 'previous' });
		await moveSession(facilitator, id, { action: 'choose', position: 0 });
		expect((await presenterScreen(id, 'fr')).lines).toEqual(['left (fr)']);
	});
});

describe('what youth write', () => {
	it('is held by the personal-information guard, kept nowhere, and the author is told why', async () => {
		const id = await fresh();
		await goTo(id, 3);
		await failsWith(
			sendPost(teens[0]!, id, { kind: 'answer', text: 'Écris-moi à lea@example.org' }),
			'moderation.personal_information'
		);
		expect(await db().select().from(livePost).where(eq(livePost.sessionId, id))).toEqual([]);
	});

	it('is never shown in the room when it suggests she may be in danger: held for the designated facilitator', async () => {
		const id = await fresh();
		await goTo(id, 3);
		const text = 'si jparle de lui il a dit que ma famille allait payer';
		await expect(sendPost(teens[2]!, id, { kind: 'question', text })).resolves.toBe('held');
		expect((await participantScreen(teens[2]!, id, 'fr')).waiting).toBe(0);
		expect((await controlView(facilitator, id, 'fr')).posts.map((post) => post.text)).not.toContain(
			text
		);
		expect(await db().select().from(livePost).where(eq(livePost.sessionId, id))).toEqual([]);
		const held = await heldForMe(facilitator);
		expect(held.find((item) => item.text === text)).toMatchObject({
			pseudonym: 'Chat vert',
			source: 'live_question',
			kinds: ['threat']
		});
		expect(await heldForMe(otherFacilitator)).toEqual([]);
		expect(await heldForMe(coordinator)).toEqual([]);
	});

	it('waits for approval, then shows on the screen without a name; the author sees it waiting', async () => {
		const id = await fresh();
		await goTo(id, 3);
		await sendPost(teens[0]!, id, { kind: 'question', text: 'Est-ce que c’est grave ?' });
		await sendPost(teens[1]!, id, { kind: 'answer', text: 'On peut en parler.' });
		expect((await participantScreen(teens[0]!, id, 'fr')).waiting).toBe(1);
		const control = await controlView(facilitator, id, 'fr');
		const question = control.posts.find((post) => post.kind === 'question')!;
		expect(question).toMatchObject({ status: 'waiting', text: 'Est-ce que c’est grave ?' });
		expect(JSON.stringify(control.posts)).not.toContain('Renard');
		await refused(moveSession(facilitator, id, { action: 'show', postId: question.id }));
		await moderatePost(facilitator, id, question.id, 'approved');
		await moveSession(facilitator, id, { action: 'show', postId: question.id });
		const screen = await presenterScreen(id, 'fr');
		expect(screen.shown).toBe('Est-ce que c’est grave ?');
		expect(JSON.stringify(screen)).not.toContain('Renard');
		await moderatePost(facilitator, id, question.id, 'answered');
		expect((await presenterScreen(id, 'fr')).shown).toBeNull();
		expect((await participantScreen(teens[0]!, id, 'fr')).waiting).toBe(0);
	});

	it('cannot answer where the activity asks nothing written', async () => {
		const id = await fresh();
		await goTo(id, 1);
		await failsWith(sendPost(teens[0]!, id, { kind: 'answer', text: 'Bonjour' }), 'live.not_now');
	});
});

describe('“I need a break”', () => {
	it('reaches only the facilitator’s control view, with the pseudonym', async () => {
		const id = await fresh();
		await signalBreak(teens[3]!, id);
		const control = await controlView(facilitator, id, 'fr');
		expect(control.signals.map((signal) => signal.pseudonym)).toEqual(['Pie grise']);
		expect(JSON.stringify(await presenterScreen(id, 'fr'))).not.toContain('Pie grise');
		expect(JSON.stringify(await participantScreen(teens[0]!, id, 'fr'))).not.toContain('Pie grise');
	});
});

describe('the presenter screen', () => {
	it('is paired by the control view or by a one-time code, and stops working when the session ends', async () => {
		const id = await fresh();
		const token = await presenterToken(facilitator, id);
		expect(await presenterAllowed(id, token)).toBe(true);
		expect(await presenterAllowed(id, 'a-guess')).toBe(false);
		const code = await pairingCode(facilitator, id);
		const paired = await claimPairing(code, freshAddress());
		expect(paired.sessionId).toBe(id);
		expect(await presenterAllowed(id, paired.token)).toBe(true);
		await failsWith(claimPairing(code, freshAddress()), 'live.pairing_refused');
		const late = await pairingCode(facilitator, id, new Date(Date.now() - 11 * 60 * 1000));
		await failsWith(claimPairing(late, freshAddress()), 'live.pairing_refused');
		await setSessionStatus(facilitator, id, 'closed');
		expect(await presenterAllowed(id, token)).toBe(false);
		expect(await presenterAllowed(id, paired.token)).toBe(false);
	});
});

describe('a video on the screen', () => {
	it('plays its files for the paired screen and those who run it, and no other file', async () => {
		const open = await db().select().from(liveSession).where(eq(liveSession.groupId, groupId));
		for (const row of open)
			if (row.status !== 'closed') await setSessionStatus(facilitator, row.id, 'closed');
		const id = await startSession(facilitator, {
			groupId,
			programId,
			version: 1,
			workshopId: 'workshop-film'
		});
		const screen = await presenterScreen(id, 'fr');
		expect(screen.video?.src).toBe(`/live/${id}/media/${FILM.video}`);
		expect(screen.video?.captions.map((track) => track.src)).toEqual([
			`/live/${id}/media/${FILM.fr}`
		]);
		expect((await participantScreen(teens[0]!, id, 'fr')).video?.transcript).toBe(
			'Ce qui se dit (fr)'
		);
		const organisation = (await sessionRecordOrg(id)) as string;
		await expect(sessionMediaOwner(facilitator, id, FILM.video, undefined)).resolves.toBe(
			organisation
		);
		const token = await presenterToken(facilitator, id);
		await expect(sessionMediaOwner({ kind: 'anonymous' }, id, FILM.fr, token)).resolves.toBe(
			organisation
		);
		await refused(sessionMediaOwner({ kind: 'anonymous' }, id, FILM.fr, undefined));
		await refused(sessionMediaOwner(otherFacilitator, id, FILM.video, undefined));
		await refused(sessionMediaOwner(facilitator, id, crypto.randomUUID(), undefined));
		await refused(sessionMediaOwner(teens[0]!, id, FILM.video, undefined));
	});
});

describe('ending and the record', () => {
	it('keeps the counts, forgets each vote and who wrote what, and records who came and for how long', async () => {
		const id = await fresh();
		await joinSession(teens[0]!, id);
		await tickPresent(facilitator, id, teens[3]!.participantId, true);
		await goTo(id, 1);
		await vote(teens[0]!, id, 'myth');
		await goTo(id, 3);
		await sendPost(teens[0]!, id, { kind: 'question', text: 'Une question' });
		await setSessionStatus(facilitator, id, 'closed');
		expect(await db().select().from(liveVote).where(eq(liveVote.sessionId, id))).toEqual([]);
		const tallies = await db().select().from(liveTally).where(eq(liveTally.sessionId, id));
		expect(tallies.map((tally) => tally.counts)).toContainEqual({ myth: 1 });
		const posts = await db().select().from(livePost).where(eq(livePost.sessionId, id));
		expect(posts.map((post) => post.authorId)).toEqual([null]);
		const record = await sessionRecord(facilitator, id);
		expect(record.present).toEqual([
			{ pseudonym: 'Pie grise', how: 'ticked' },
			{ pseudonym: 'Renard bleu', how: 'joined' }
		]);
		// The check-in (where it began), the cards and the discussion were run; the story was jumped over.
		expect(record.activities.map((activity) => activity.delivery)).toEqual([
			'as_written',
			'as_written',
			'skipped',
			'as_written',
			'skipped',
			'skipped'
		]);
		await refused(participantScreen(otherTeen, id, 'fr'));
	});

	it('counts a teen who opens the session’s page from a link as here, and lets the record correct the ticks', async () => {
		const id = await fresh();
		// Renard bleu opens the page straight from a link, without her home's "join".
		await participantScreen(teens[0]!, id, 'fr');
		await tickPresent(facilitator, id, teens[3]!.participantId, true);
		const during = await sessionRecord(facilitator, id);
		expect(during.present).toEqual([
			{ pseudonym: 'Pie grise', how: 'ticked' },
			{ pseudonym: 'Renard bleu', how: 'joined' }
		]);
		expect(during.roster.map((person) => person.pseudonym)).toEqual([
			'Chat vert',
			'Loutre rose',
			'Pie grise',
			'Renard bleu'
		]);
		await setSessionStatus(facilitator, id, 'closed');
		// Afterwards, the facilitator ticks a teen she forgot and unticks one ticked by mistake; an id from
		// outside the group changes nothing, and the one who joined from her phone stays present.
		const input = { fidelity: {}, adaptations: '', notes: '' };
		await saveRecord(facilitator, id, {
			...input,
			present: [teens[1]!.participantId, otherTeen.participantId]
		});
		const after = await sessionRecord(facilitator, id);
		expect(after.present).toEqual([
			{ pseudonym: 'Loutre rose', how: 'ticked' },
			{ pseudonym: 'Renard bleu', how: 'joined' }
		]);
		// A save without the tick-list (an older page) leaves attendance as it was.
		await saveRecord(facilitator, id, { ...input, notes: 'Rien' });
		expect((await sessionRecord(facilitator, id)).present).toEqual(after.present);
		// Opening the page of an ended session does not count her.
		await participantScreen(teens[2]!, id, 'fr');
		expect((await sessionRecord(facilitator, id)).present).toEqual(after.present);
	});

	it('stays editable seven days, then locks; a coordinator unlocks it with a reason, audited', async () => {
		const id = await fresh();
		await setSessionStatus(facilitator, id, 'closed');
		const input = {
			fidelity: { 'talk-1': { delivery: 'adapted' as const, why: 'Groupe fatigué' } },
			adaptations: 'Plus court',
			notes: 'Bonne énergie'
		};
		await saveRecord(facilitator, id, input);
		expect((await sessionRecord(facilitator, id)).activities[3]).toMatchObject({
			delivery: 'adapted',
			why: 'Groupe fatigué'
		});
		const later = new Date(Date.now() + RECORD_EDITABLE_MS + 60_000);
		await failsWith(saveRecord(facilitator, id, input, later), 'live.record_locked');
		expect((await sessionRecord(facilitator, id, later)).locked).toBe(true);
		await refused(unlockRecord(facilitator, id, 'Oubli', later));
		await unlockRecord(coordinator, id, 'Oubli de la fiche', later);
		await saveRecord(facilitator, id, { ...input, notes: 'Complété' }, later);
		const audit = await listAudit(coordinator, { organisationId: await sessionRecordOrg(id) });
		expect(audit.some((event) => event.action === 'live.record_unlocked')).toBe(true);
	});

	it('are summed up per program version for coordinators: the share of the plan delivered as written', async () => {
		const summary = await versionRecords(coordinator, programId, 1);
		expect(summary.records.length).toBeGreaterThan(0);
		expect(summary.records.every((record) => record.group === 'Les mercredis')).toBe(true);
		// The sessions above: every record's share counts, weighted by its planned activities.
		expect(summary.asWritten).toBeGreaterThan(0);
		expect(summary.asWritten).toBeLessThan(1);
		await refused(versionRecords(facilitator, programId, 1));
		await refused(versionRecords(outsider, programId, 1));
	});

	it('are found from one overview of the versions that have records', async () => {
		const [any] = await db().select().from(liveSession).where(eq(liveSession.groupId, groupId));
		const overview = await recordsOverview(coordinator, any!.organisationId);
		expect(overview.versions).toEqual([
			{
				programId,
				version: 1,
				title: expect.objectContaining({ fr: expect.any(String) }),
				records: (await versionRecords(coordinator, programId, 1)).records.length,
				last: expect.any(Date)
			}
		]);
		await refused(recordsOverview(facilitator, any!.organisationId));
		await refused(recordsOverview(outsider, any!.organisationId));
	});
});

async function sessionRecordOrg(sessionId: string): Promise<string> {
	const [row] = await db().select().from(liveSession).where(eq(liveSession.id, sessionId));
	return row!.organisationId;
}

describe('the views’ streams', () => {
	it('catch up by themselves when a change could not be read at once (the database busy or away)', async () => {
		await events().start();
		const id = await fresh();
		await goTo(id, 1);
		const response = openLiveStream(id, { view: 'control', actor: facilitator }, 'fr');
		const reader = response.body!.getReader();
		const decoder = new TextDecoder();
		const ids: number[] = [];
		void (async () => {
			for (;;) {
				const { done, value } = await reader.read();
				if (done) return;
				const chunk = decoder.decode(value);
				const seq = /^id: (\d+)\nevent: control/.exec(chunk)?.[1];
				if (seq) ids.push(Number(seq));
			}
		})();
		const until = async (check: () => boolean) => {
			for (let waited = 0; waited < 5000 && !check(); waited += 25)
				await new Promise((resolve) => setTimeout(resolve, 25));
			return check();
		};
		try {
			expect(await until(() => ids.length > 0)).toBe(true);
			// The move to the first card may still be heard from the database (PostgreSQL's notifications
			// arrive a moment later): the views it sends are counted before the database goes away.
			await new Promise((resolve) => setTimeout(resolve, 300));
			const before = ids.length;
			// The counts cannot be read for a moment: the view of the next card cannot be built.
			await db().execute(sql`alter table live_tally rename to live_tally_away`);
			try {
				await moveSession(facilitator, id, { action: 'next' });
				await new Promise((resolve) => setTimeout(resolve, 300));
				expect(ids).toHaveLength(before);
			} finally {
				await db().execute(sql`alter table live_tally_away rename to live_tally`);
			}
			// Back: the control view hears the move without anyone doing anything.
			expect(await until(() => ids.length === before + 1)).toBe(true);
			expect(ids[before]).toBeGreaterThan(ids[before - 1]!);
		} finally {
			await reader.cancel();
			await events().stop();
		}
	});
});
