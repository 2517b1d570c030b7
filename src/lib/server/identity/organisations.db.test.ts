import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../db/test-database.ts';
import { anonymous, systemActor, type Actor } from '../platform/actor.ts';
import { DomainError } from '../platform/errors.ts';
import { listHelpResources } from '../resources/service.ts';
import { inviteAdult, listPendingInvitations, viewInvitation } from './invitations.ts';
import {
	chooseOrganisation,
	createOrganisation,
	listMembers,
	listOrganisations,
	readOutboxAs
} from './organisations.ts';
import { seedDemoOrganisation } from './service.ts';
import { createAdult } from './test-people.ts';

let admin: Actor;

/** Each describe has its own database, with its own administrator. */
function withAdministrator() {
	useTestDatabase();
	beforeAll(async () => {
		admin = await createAdult({ admin: true });
	});
}

async function coordinatorOf(organisationId: string): Promise<Actor> {
	return createAdult({ memberships: { [organisationId]: 'coordinator' } });
}

async function refused(work: Promise<unknown> | (() => unknown)) {
	const error = await (typeof work === 'function' ? Promise.resolve().then(work) : work).then(
		() => undefined,
		(failure: unknown) => failure
	);
	expect(error).toBeInstanceOf(DomainError);
	expect((error as DomainError).code).toBe('errors.not_found_or_not_allowed');
}

describe('organisations', () => {
	withAdministrator();

	it('are listed and created by the platform administrator only', async () => {
		await seedDemoOrganisation(systemActor('test'));
		const id = await createOrganisation(admin, { name: 'Maison des jeunes du Plateau' });
		const names = (await listOrganisations(admin)).map((row) => row.name);
		expect(names).toEqual(['Maison des jeunes du Plateau', 'Organisation de démonstration']);
		await refused(listOrganisations(await coordinatorOf(id)));
		await refused(createOrganisation(await coordinatorOf(id), { name: 'Autre' }));
		await refused(listOrganisations(anonymous));
	});

	it('start with the shipped help resources, marked to verify', async () => {
		const id = await createOrganisation(admin, { name: 'Centre jeunesse Nord' });
		const resources = await listHelpResources(anonymous, id);
		expect(resources.map((resource) => resource.phone)).toEqual([
			'1 800 263-2266',
			'1 800 668-6868',
			'1 833 900-1010',
			'811',
			'911'
		]);
		expect(resources.every((resource) => !resource.verified)).toBe(true);
	});

	it('can only be chosen as the active organisation by their members', async () => {
		const id = await createOrganisation(admin, { name: 'Organisme A' });
		expect(chooseOrganisation(await coordinatorOf(id), id)).toBe(id);
		const elsewhere = await createOrganisation(admin, { name: 'Organisme A2' });
		const outsider = await coordinatorOf(elsewhere);
		await refused(() => chooseOrganisation(outsider, id));
		await refused(() => chooseOrganisation(admin, id));
	});
});

describe('invitations', () => {
	withAdministrator();

	it('are sent by a coordinator into their own organisation, and land in the outbox without SMTP', async () => {
		const id = await createOrganisation(admin, { name: 'Organisme B' });
		await inviteAdult(await coordinatorOf(id), id, {
			email: 'sam@example.org',
			role: 'facilitator'
		});
		const pending = await listPendingInvitations(await coordinatorOf(id), id);
		expect(pending.map((row) => [row.email, row.role])).toEqual([
			['sam@example.org', 'facilitator']
		]);
		const [mail] = await readOutboxAs(admin);
		expect(mail?.recipient).toBe('sam@example.org');
		// The e-mail says only that something waits in the app: not the organisation, not the role.
		expect(mail?.body).not.toContain('Organisme B');
		expect(mail?.body).not.toMatch(/facilitat|animation/i);
		const token = mail?.body.match(/\/invitation\/([A-Za-z0-9_-]{43})/)?.[1];
		expect(await viewInvitation(token!)).toEqual({
			organisationName: 'Organisme B',
			role: 'facilitator',
			email: 'sam@example.org',
			accountExists: false,
			secondFactor: false
		});
	});

	it('cannot be sent into another organisation, nor read there', async () => {
		const mine = await createOrganisation(admin, { name: 'Organisme C' });
		const theirs = await createOrganisation(admin, { name: 'Organisme D' });
		await refused(
			inviteAdult(await coordinatorOf(mine), theirs, {
				email: 'x@example.org',
				role: 'coordinator'
			})
		);
		await refused(listPendingInvitations(await coordinatorOf(mine), theirs));
		await refused(listMembers(await coordinatorOf(mine), theirs));
		await refused(readOutboxAs(await coordinatorOf(mine)));
	});

	it('expire after seven days', async () => {
		const id = await createOrganisation(admin, { name: 'Organisme E' });
		const sentAt = new Date('2026-01-01T00:00:00Z');
		await inviteAdult(admin, id, { email: 'late@example.org', role: 'professional' }, sentAt);
		const [mail] = await readOutboxAs(admin);
		const token = mail!.body.match(/\/invitation\/([A-Za-z0-9_-]{43})/)![1]!;
		expect(await viewInvitation(token, new Date('2026-01-07T23:00:00Z'))).not.toBeNull();
		expect(await viewInvitation(token, new Date('2026-01-08T01:00:00Z'))).toBeNull();
	});
});
