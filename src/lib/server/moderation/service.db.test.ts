// What youth write, screened on a real database (PGlite and PostgreSQL): personal information refused and kept
// nowhere; a text that suggests danger held for the group's designated facilitator alone, who sees "someone may
// need you" until they check in; nobody else — not the other facilitator, the coordinator, another organisation —
// reads it, and the audit log records each reading without its content.
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerAllCatalogues } from '#lib/i18n/all.ts';
import { db } from '../db/client.ts';
import { useTestDatabase } from '../db/test-database.ts';
import { addFacilitator, createGroup, designateFacilitator } from '../identity/groups.ts';
import { createOrganisation } from '../identity/organisations.ts';
import { addParticipant, participantActor } from '../identity/participants.ts';
import { createAdult, failsWith, refused } from '../identity/test-people.ts';
import type { ParticipantActor, UserActor } from '../platform/actor.ts';
import { listAudit } from '../platform/audit.ts';
import { heldText } from './schema.ts';
import { heldForMe, markCheckedIn, screenYouthText, waitingHeldCount } from './service.ts';

useTestDatabase();

let organisationId: string;
let coordinator: UserActor;
let designated: UserActor;
let otherFacilitator: UserActor;
let outsider: UserActor;
let teen: ParticipantActor;
let groupId: string;

const DANGER = 'jsuis pas capable de rentrer ce soir, il ma frappée hier';

beforeAll(async () => {
	registerAllCatalogues();
	const admin = await createAdult({ admin: true });
	organisationId = await createOrganisation(admin, { name: 'Organisme A' });
	const elsewhere = await createOrganisation(admin, { name: 'Organisme B' });
	coordinator = await createAdult({ memberships: { [organisationId]: 'coordinator' } });
	designated = await createAdult({ memberships: { [organisationId]: 'facilitator' } });
	otherFacilitator = await createAdult({ memberships: { [organisationId]: 'facilitator' } });
	outsider = await createAdult({ memberships: { [elsewhere]: 'coordinator' } });
	groupId = await createGroup(designated, organisationId, {
		name: 'Les mercredis',
		approvalRequired: false,
		expiresInDays: null
	});
	await addFacilitator(coordinator, groupId, otherFacilitator.userId);
	const added = await addParticipant(designated, groupId, 'Renard bleu', 'fr');
	teen = (await participantActor(added.userId))!;
});

const place = () => ({ organisationId, groupId, source: 'live_question' as const });

describe('screening what youth write', () => {
	it('lets ordinary text and general talk about the topics through, keeping nothing', async () => {
		await expect(
			screenYouthText(teen, place(), 'Est-ce que la carte 3 est un mythe ?')
		).resolves.toBe('clear');
		await expect(
			screenYouthText(teen, place(), 'Dans le scénario, Léa se fait menacer par son chum.')
		).resolves.toBe('clear');
		const rows = await db().select().from(heldText).where(eq(heldText.groupId, groupId));
		expect(rows).toEqual([]);
	});

	it('refuses personal information before anything else, and keeps nothing', async () => {
		await failsWith(
			screenYouthText(teen, place(), `${DANGER}, texte-moi au 514-555-0199`),
			'moderation.personal_information'
		);
		const rows = await db().select().from(heldText).where(eq(heldText.groupId, groupId));
		expect(rows).toEqual([]);
	});
});

describe('a text that suggests danger', () => {
	let heldId: string;

	it('is held for the group’s designated facilitator, who sees who wrote it, where and what was heard', async () => {
		await expect(screenYouthText(teen, place(), DANGER)).resolves.toBe('held');
		expect(await waitingHeldCount(designated)).toBe(1);
		const [held] = await heldForMe(designated);
		expect(held).toMatchObject({
			group: 'Les mercredis',
			pseudonym: 'Renard bleu',
			source: 'live_question',
			text: DANGER,
			kinds: ['violence'],
			checkedInAt: null
		});
		heldId = held!.id;
	});

	it('is read by nobody else: not the other facilitator, not the coordinator, not another organisation', async () => {
		for (const adult of [otherFacilitator, coordinator, outsider]) {
			expect(await heldForMe(adult)).toEqual([]);
			expect(await waitingHeldCount(adult)).toBe(0);
			await refused(markCheckedIn(adult, heldId));
		}
		await refused(heldForMe(teen));
		await refused(markCheckedIn(teen, heldId));
	});

	it('is audited when read and when checked in, without its words or its author', async () => {
		const audit = (await listAudit(coordinator, { organisationId, action: 'moderation' })).filter(
			(event) => event.action.startsWith('moderation.')
		);
		expect(audit.map((event) => event.action)).toContain('moderation.held_read');
		expect(audit.every((event) => event.actorId === designated.userId)).toBe(true);
		expect(JSON.stringify(audit)).not.toContain('frappée');
		expect(JSON.stringify(audit)).not.toContain(teen.participantId);
	});

	it('stops the notice once the facilitator has checked in, and stays listed as done', async () => {
		await markCheckedIn(designated, heldId);
		expect(await waitingHeldCount(designated)).toBe(0);
		const [held] = await heldForMe(designated);
		expect(held?.checkedInAt).toBeInstanceOf(Date);
		// Checking in twice changes nothing.
		await markCheckedIn(designated, heldId);
		const audit = await listAudit(coordinator, { organisationId, action: 'moderation' });
		const checkIns = audit.filter((event) => event.action === 'moderation.held_checked_in');
		expect(checkIns).toHaveLength(1);
		expect(checkIns[0]).toMatchObject({ targetType: 'held_text', targetId: heldId });
	});

	it('goes to whoever is the designated facilitator now', async () => {
		await screenYouthText(teen, place(), 'jveux pu être là, sérieux');
		await designateFacilitator(coordinator, groupId, otherFacilitator.userId);
		expect(await waitingHeldCount(designated)).toBe(0);
		expect(await heldForMe(designated)).toEqual([]);
		expect(await waitingHeldCount(otherFacilitator)).toBe(1);
		expect((await heldForMe(otherFacilitator)).map((held) => held.kinds)).toContainEqual([
			'self-harm'
		]);
		await designateFacilitator(coordinator, groupId, designated.userId);
	});

	it('refuses a malformed or unknown id as not found', async () => {
		await refused(markCheckedIn(designated, 'not-an-id'));
		await refused(markCheckedIn(designated, crypto.randomUUID()));
	});
});
