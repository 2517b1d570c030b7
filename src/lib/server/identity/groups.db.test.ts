// Groups and their join codes on a real database: who may create, see and manage a group, and what rotating,
// closing and expiring the code does to joining and to signing back in.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../db/test-database.ts';
import {
	anonymous,
	systemActor,
	type Actor,
	type OrganisationRole,
	type UserActor
} from '../platform/actor.ts';
import {
	addFacilitator,
	createGroup,
	designateFacilitator,
	facilitatorCandidates,
	groupDetails,
	groupOpenForJoining,
	listGroups,
	removeFacilitator,
	rotateJoinCode,
	setJoining
} from './groups.ts';
import type { GroupInput } from './inputs.ts';
import { createOrganisation } from './organisations.ts';
import { addParticipant, joinGroup, signInParticipant } from './participants.ts';
import { resolveSession } from './service.ts';
import { createAdult, failsWith, freshAddress, inRequest, refused } from './test-people.ts';

/** The documented join-code alphabet (no look-alikes, no vowels), eight characters. */
const JOIN_CODE = /^[CDFHJKMNPRTWX34679]{8}$/;
const DAY_MS = 24 * 60 * 60 * 1000;

useTestDatabase();

let admin: UserActor;
beforeAll(async () => {
	admin = await createAdult({ admin: true });
});

let organisationCount = 0;
function newOrganisation(): Promise<string> {
	organisationCount++;
	return createOrganisation(admin, { name: `Organisme ${organisationCount}` });
}

function staff(organisationId: string, role: OrganisationRole): Promise<UserActor> {
	return createAdult({ memberships: { [organisationId]: role } });
}

function group(name: string, options: Partial<GroupInput> = {}): GroupInput {
	return { name, expiresInDays: null, approvalRequired: true, ...options };
}

/** Signs a teen back in and returns who the next request would be, through its session cookie. */
async function signBackIn(code: string, pseudonym: string, passphrase: string) {
	const { cookie } = await inRequest(() =>
		signInParticipant(
			{ code, pseudonym, passphrase, sharedDevice: false },
			new Headers(),
			freshAddress()
		)
	);
	const next = await inRequest(() => resolveSession(new Headers({ cookie })));
	return next.result.actor;
}

function join(code: string, pseudonym: string) {
	return joinGroup({ code, pseudonym }, 'fr', new Headers(), freshAddress());
}

describe('creating a group', () => {
	it('lets a facilitator create a group with an eight-character code, and makes her its designated facilitator', async () => {
		const organisationId = await newOrganisation();
		const facilitator = await staff(organisationId, 'facilitator');
		const id = await createGroup(facilitator, organisationId, group('Les Lucioles'));
		const details = await groupDetails(facilitator, id);
		expect(details).toMatchObject({
			id,
			organisationId,
			name: 'Les Lucioles',
			joinOpen: true,
			joinExpiresAt: null,
			approvalRequired: true,
			participantCount: 0,
			participants: []
		});
		expect(details.joinCode).toMatch(JOIN_CODE);
		expect(details.facilitators).toEqual([
			{ userId: facilitator.userId, name: facilitator.name, designated: true }
		]);
	});

	it('lets a coordinator create a group, and makes him its designated facilitator', async () => {
		const organisationId = await newOrganisation();
		const coordinator = await staff(organisationId, 'coordinator');
		const id = await createGroup(
			coordinator,
			organisationId,
			group('Les Castors', { approvalRequired: false })
		);
		const details = await groupDetails(coordinator, id);
		expect(details.approvalRequired).toBe(false);
		expect(details.joinCode).toMatch(JOIN_CODE);
		expect(details.facilitators).toEqual([
			{ userId: coordinator.userId, name: coordinator.name, designated: true }
		]);
	});

	it('gives every group its own code', async () => {
		const organisationId = await newOrganisation();
		const coordinator = await staff(organisationId, 'coordinator');
		for (const name of ['Un', 'Deux', 'Trois', 'Quatre', 'Cinq', 'Six']) {
			await createGroup(coordinator, organisationId, group(name));
		}
		const codes = (await listGroups(coordinator, organisationId)).map((row) => row.joinCode);
		expect(codes).toHaveLength(6);
		expect(new Set(codes).size).toBe(6);
		for (const code of codes) expect(code).toMatch(JOIN_CODE);
	});

	it('closes the code to new teens when the number of days chosen at creation has passed', async () => {
		const organisationId = await newOrganisation();
		const facilitator = await staff(organisationId, 'facilitator');
		const createdAt = new Date('2026-03-01T12:00:00Z');
		const id = await createGroup(
			facilitator,
			organisationId,
			group('Les Hiboux', { expiresInDays: 7 }),
			createdAt
		);
		const { joinCode, joinExpiresAt } = await groupDetails(facilitator, id);
		expect(joinExpiresAt).toEqual(new Date('2026-03-08T12:00:00Z'));
		expect((await groupOpenForJoining(joinCode, new Date('2026-03-08T11:59:00Z')))?.id).toBe(id);
		expect(await groupOpenForJoining(joinCode, new Date('2026-03-08T12:00:00Z'))).toBeNull();
	});

	it('is refused to a professional, a researcher, the platform administrator, and staff of another organisation', async () => {
		const organisationId = await newOrganisation();
		const elsewhere = await newOrganisation();
		const outsiders: Actor[] = [
			await staff(organisationId, 'professional'),
			await staff(organisationId, 'researcher'),
			admin,
			await staff(elsewhere, 'coordinator'),
			await staff(elsewhere, 'facilitator'),
			anonymous,
			systemActor('test')
		];
		for (const outsider of outsiders) {
			await refused(createGroup(outsider, organisationId, group('Intrus')));
		}
		expect(await listGroups(await staff(organisationId, 'coordinator'), organisationId)).toEqual(
			[]
		);
	});
});

describe('seeing and managing groups', () => {
	it('lists to a facilitator only the groups she runs, and to a coordinator all of the organisation’s', async () => {
		const organisationId = await newOrganisation();
		const elsewhere = await newOrganisation();
		const first = await staff(organisationId, 'facilitator');
		const second = await staff(organisationId, 'facilitator');
		const idle = await staff(organisationId, 'facilitator');
		const coordinator = await staff(organisationId, 'coordinator');
		const hiboux = await createGroup(first, organisationId, group('Les Hiboux'));
		await createGroup(second, organisationId, group('Les Abeilles'));
		await createGroup(coordinator, organisationId, group('Les Castors'));
		await createGroup(await staff(elsewhere, 'facilitator'), elsewhere, group('Les Dauphins'));

		const names = async (actor: Actor) =>
			(await listGroups(actor, organisationId)).map((row) => row.name);
		expect(await names(first)).toEqual(['Les Hiboux']);
		expect(await names(second)).toEqual(['Les Abeilles']);
		expect(await names(idle)).toEqual([]);
		expect(await names(coordinator)).toEqual(['Les Abeilles', 'Les Castors', 'Les Hiboux']);

		const [summary] = await listGroups(first, organisationId);
		expect(summary).toEqual({
			id: hiboux,
			name: 'Les Hiboux',
			joinCode: (await groupDetails(first, hiboux)).joinCode,
			joinOpen: true,
			joinExpiresAt: null,
			participantCount: 0
		});
	});

	it('does not list groups to a professional, a researcher, the platform administrator, or another organisation’s staff', async () => {
		const organisationId = await newOrganisation();
		const elsewhere = await newOrganisation();
		await createGroup(await staff(organisationId, 'coordinator'), organisationId, group('Privé'));
		for (const outsider of [
			await staff(organisationId, 'professional'),
			await staff(organisationId, 'researcher'),
			admin,
			await staff(elsewhere, 'coordinator'),
			await staff(elsewhere, 'facilitator'),
			anonymous
		]) {
			await refused(listGroups(outsider, organisationId));
		}
	});

	it('hides a group and its code from everyone who neither runs it nor coordinates its organisation', async () => {
		const organisationId = await newOrganisation();
		const elsewhere = await newOrganisation();
		const facilitator = await staff(organisationId, 'facilitator');
		const id = await createGroup(facilitator, organisationId, group('Les Lucioles'));
		const before = await groupDetails(facilitator, id);
		const outsiders: Actor[] = [
			await staff(organisationId, 'facilitator'),
			await staff(organisationId, 'professional'),
			await staff(organisationId, 'researcher'),
			admin,
			await staff(elsewhere, 'coordinator'),
			await staff(elsewhere, 'facilitator'),
			anonymous,
			systemActor('test')
		];
		for (const outsider of outsiders) {
			await refused(groupDetails(outsider, id));
			await refused(rotateJoinCode(outsider, id));
			await refused(setJoining(outsider, id, false, null));
			await refused(setJoining(outsider, id, true, 30));
		}
		expect(await groupDetails(facilitator, id)).toEqual(before);
	});

	it('answers about a group that does not exist exactly as about one that is not yours', async () => {
		const organisationId = await newOrganisation();
		const coordinator = await staff(organisationId, 'coordinator');
		await refused(groupDetails(coordinator, randomUUID()));
		await refused(rotateJoinCode(coordinator, randomUUID()));
		await refused(setJoining(coordinator, randomUUID(), false, null));
	});

	it('lets a coordinator manage a group run by a facilitator of the organisation', async () => {
		const organisationId = await newOrganisation();
		const facilitator = await staff(organisationId, 'facilitator');
		const coordinator = await staff(organisationId, 'coordinator');
		const id = await createGroup(facilitator, organisationId, group('Les Renards'));
		const fresh = await rotateJoinCode(coordinator, id);
		await setJoining(coordinator, id, false, null);
		const details = await groupDetails(facilitator, id);
		expect(details.joinCode).toBe(fresh);
		expect(details.joinOpen).toBe(false);
		expect((await groupDetails(coordinator, id)).facilitators.map((f) => f.userId)).toEqual([
			facilitator.userId
		]);
	});
});

describe('the join code', () => {
	it('once rotated, refuses the old code for joining at once and opens the new one', async () => {
		const organisationId = await newOrganisation();
		const facilitator = await staff(organisationId, 'facilitator');
		const id = await createGroup(facilitator, organisationId, group('Les Lucioles'));
		const old = (await groupDetails(facilitator, id)).joinCode;
		expect((await groupOpenForJoining(old))?.id).toBe(id);

		const fresh = await rotateJoinCode(facilitator, id);
		expect(fresh).toMatch(JOIN_CODE);
		expect(fresh).not.toBe(old);
		expect((await groupDetails(facilitator, id)).joinCode).toBe(fresh);
		expect(await groupOpenForJoining(old)).toBeNull();
		expect((await groupOpenForJoining(fresh))?.id).toBe(id);
		await failsWith(join(old, 'Luciole'), 'identity.join_code_invalid');
	});

	it('once rotated, lets teens join and sign back in with the new code only', async () => {
		const organisationId = await newOrganisation();
		const facilitator = await staff(organisationId, 'facilitator');
		const id = await createGroup(facilitator, organisationId, group('Les Lucioles'));
		const old = (await groupDetails(facilitator, id)).joinCode;
		const card = await addParticipant(facilitator, id, 'Luciole', 'fr');
		expect(await signBackIn(old, 'Luciole', card.passphrase)).toMatchObject({
			kind: 'participant',
			pseudonym: 'Luciole'
		});

		const fresh = await rotateJoinCode(facilitator, id);
		await failsWith(
			inRequest(() =>
				signInParticipant(
					{ code: old, pseudonym: 'Luciole', passphrase: card.passphrase, sharedDevice: false },
					new Headers(),
					freshAddress()
				)
			),
			'identity.participant_sign_in_failed'
		);
		expect(await signBackIn(fresh, 'Luciole', card.passphrase)).toMatchObject({
			kind: 'participant',
			pseudonym: 'Luciole',
			groups: [{ id }]
		});
		const joined = await inRequest(() => join(fresh, 'Hibou'));
		expect(joined.result.passphrase).toMatch(/^[a-z]+( [a-z]+){3}$/);
	});

	it('once closed, stops new teens joining until it is opened again', async () => {
		const organisationId = await newOrganisation();
		const facilitator = await staff(organisationId, 'facilitator');
		const id = await createGroup(facilitator, organisationId, group('Les Abeilles'));
		const { joinCode } = await groupDetails(facilitator, id);

		await setJoining(facilitator, id, false, null);
		expect((await groupDetails(facilitator, id)).joinOpen).toBe(false);
		expect(await groupOpenForJoining(joinCode)).toBeNull();
		await failsWith(join(joinCode, 'Abeille'), 'identity.join_code_invalid');

		await setJoining(facilitator, id, true, null);
		const reopened = await groupDetails(facilitator, id);
		expect(reopened.joinOpen).toBe(true);
		expect(reopened.joinExpiresAt).toBeNull();
		expect(reopened.joinCode).toBe(joinCode);
		expect((await groupOpenForJoining(joinCode))?.id).toBe(id);
	});

	it('once closed, still lets teens sign back in', async () => {
		const organisationId = await newOrganisation();
		const facilitator = await staff(organisationId, 'facilitator');
		const id = await createGroup(facilitator, organisationId, group('Les Abeilles'));
		const { joinCode } = await groupDetails(facilitator, id);
		const card = await addParticipant(facilitator, id, 'Abeille', 'fr');
		await setJoining(facilitator, id, false, null);
		expect(await signBackIn(joinCode, 'Abeille', card.passphrase)).toMatchObject({
			kind: 'participant',
			pseudonym: 'Abeille',
			groups: [{ id }]
		});
	});

	it('once expired, stops new teens joining', async () => {
		const organisationId = await newOrganisation();
		const facilitator = await staff(organisationId, 'facilitator');
		const tenDaysAgo = new Date(Date.now() - 10 * DAY_MS);
		const id = await createGroup(
			facilitator,
			organisationId,
			group('Les Dauphins', { expiresInDays: 7 }),
			tenDaysAgo
		);
		const { joinCode, joinOpen } = await groupDetails(facilitator, id);
		expect(joinOpen).toBe(true);
		expect(
			(await groupOpenForJoining(joinCode, new Date(tenDaysAgo.getTime() + 6 * DAY_MS)))?.id
		).toBe(id);
		expect(await groupOpenForJoining(joinCode)).toBeNull();
		await failsWith(join(joinCode, 'Dauphin'), 'identity.join_code_invalid');
	});

	it('opened again for a number of days, accepts new teens until then only', async () => {
		const organisationId = await newOrganisation();
		const facilitator = await staff(organisationId, 'facilitator');
		const id = await createGroup(facilitator, organisationId, group('Les Loutres'));
		const { joinCode } = await groupDetails(facilitator, id);
		const openedAt = new Date('2026-05-10T09:00:00Z');
		await setJoining(facilitator, id, true, 3, openedAt);
		expect((await groupDetails(facilitator, id)).joinExpiresAt).toEqual(
			new Date('2026-05-13T09:00:00Z')
		);
		expect((await groupOpenForJoining(joinCode, new Date('2026-05-13T08:59:00Z')))?.id).toBe(id);
		expect(await groupOpenForJoining(joinCode, new Date('2026-05-13T09:00:00Z'))).toBeNull();
		// Closing forgets the end date: reopening without days keeps the code open until closed again.
		await setJoining(facilitator, id, false, null, openedAt);
		await setJoining(facilitator, id, true, null, openedAt);
		expect((await groupOpenForJoining(joinCode, new Date('2027-05-13T09:00:00Z')))?.id).toBe(id);
	});

	it('once expired, still lets teens sign back in', async () => {
		const organisationId = await newOrganisation();
		const facilitator = await staff(organisationId, 'facilitator');
		const tenDaysAgo = new Date(Date.now() - 10 * DAY_MS);
		const id = await createGroup(
			facilitator,
			organisationId,
			group('Les Dauphins', { expiresInDays: 7 }),
			tenDaysAgo
		);
		const { joinCode } = await groupDetails(facilitator, id);
		const card = await addParticipant(facilitator, id, 'Dauphin', 'fr');
		expect(await groupOpenForJoining(joinCode)).toBeNull();
		expect(await signBackIn(joinCode, 'Dauphin', card.passphrase)).toMatchObject({
			kind: 'participant',
			pseudonym: 'Dauphin',
			groups: [{ id }]
		});
	});
});

describe('the adults who run a group', () => {
	it('can be joined by another facilitator or coordinator of the organisation, and by no one else', async () => {
		const organisationId = await newOrganisation();
		const otherOrganisation = await newOrganisation();
		const creator = await staff(organisationId, 'facilitator');
		const colleague = await staff(organisationId, 'facilitator');
		const professional = await staff(organisationId, 'professional');
		const outsider = await staff(otherOrganisation, 'facilitator');
		const id = await createGroup(creator, organisationId, group('Les Hiboux'));
		const candidates = (await facilitatorCandidates(creator, id)).map((row) => row.userId);
		expect(candidates).toContain(colleague.userId);
		expect(candidates).not.toContain(professional.userId);
		expect(candidates).not.toContain(outsider.userId);
		await refused(addFacilitator(creator, id, professional.userId));
		await refused(addFacilitator(creator, id, outsider.userId));
		await addFacilitator(creator, id, colleague.userId);
		// The colleague now runs the group: she can see it and manage it.
		expect((await groupDetails(colleague, id)).facilitators.map((row) => row.userId)).toContain(
			colleague.userId
		);
	});

	it('always have exactly one designated person, who cannot be removed before another is designated', async () => {
		const organisationId = await newOrganisation();
		const creator = await staff(organisationId, 'facilitator');
		const colleague = await staff(organisationId, 'facilitator');
		const id = await createGroup(creator, organisationId, group('Les Loutres'));
		await addFacilitator(creator, id, colleague.userId);
		await failsWith(removeFacilitator(creator, id, creator.userId), 'identity.designated_stays');
		await designateFacilitator(creator, id, colleague.userId);
		const designated = (await groupDetails(creator, id)).facilitators.filter(
			(row) => row.designated
		);
		expect(designated.map((row) => row.userId)).toEqual([colleague.userId]);
		await removeFacilitator(colleague, id, creator.userId);
		await refused(groupDetails(creator, id));
	});
});
