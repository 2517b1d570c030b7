import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../db/test-database.ts';
import { createOrganisation } from '../identity/organisations.ts';
import { createAdult } from '../identity/test-people.ts';
import { anonymous } from '../platform/actor.ts';
import { DomainError } from '../platform/errors.ts';
import { helpResourceInput } from './inputs.ts';
import {
	addHelpResource,
	listForEditing,
	listHelpResources,
	registerResourcesReactions,
	removeHelpResource,
	updateHelpResource
} from './service.ts';

const line = helpResourceInput.parse({
	nameFr: 'Maison des jeunes du quartier',
	nameEn: 'Neighbourhood youth centre',
	phone: '514 555-0199',
	url: 'https://example.org/mdj'
});

async function refused(work: Promise<unknown>) {
	const error = await work.then(
		() => undefined,
		(failure: unknown) => failure
	);
	expect(error).toBeInstanceOf(DomainError);
}

describe('help resources', () => {
	useTestDatabase();
	// New organisations here get the shipped help lines, as on a real start.
	registerResourcesReactions();

	it('are edited by the organisation’s coordinators, and shown to everyone in it', async () => {
		const admin = await createAdult({ admin: true });
		const id = await createOrganisation(admin, { name: 'Organisme A' });
		const coordinator = await createAdult({ memberships: { [id]: 'coordinator' } });
		await addHelpResource(coordinator, id, line);
		const rows = await listForEditing(coordinator, id);
		expect(rows.map((row) => row.nameFr)).toContain('Maison des jeunes du quartier');
		const shipped = rows.find((row) => row.phone === '1 800 263-2266')!;
		await updateHelpResource(coordinator, shipped.id, {
			...line,
			nameFr: 'Tel-jeunes',
			nameEn: 'Tel-jeunes',
			phone: '1 800 263-2266',
			verified: true
		});
		const seen = await listHelpResources(anonymous, id);
		expect(seen.find((row) => row.phone === '1 800 263-2266')?.verified).toBe(true);
		await removeHelpResource(coordinator, shipped.id);
		expect((await listHelpResources(anonymous, id)).map((row) => row.phone)).not.toContain(
			'1 800 263-2266'
		);
	});

	it('are shown in French with French typography, as their writers typed them for editing', async () => {
		const shown = await listHelpResources(anonymous, null);
		const telJeunes = shown.find((row) => row.phone === '1 800 263-2266')!;
		expect(telJeunes.description.fr).toBe(
			'Pour les jeunes du Québec\u202f: parler à quelqu’un, c’est gratuit.'
		);
		expect(telJeunes.description.en).toBe('For youth in Quebec: talk to someone, free of charge.');
		const admin = await createAdult({ admin: true });
		const id = await createOrganisation(admin, { name: 'Organisme T' });
		const coordinator = await createAdult({ memberships: { [id]: 'coordinator' } });
		const edited = (await listForEditing(coordinator, id)).find(
			(row) => row.phone === '1 800 263-2266'
		)!;
		expect(edited.descriptionFr).toBe(
			'Pour les jeunes du Québec : parler à quelqu’un, c’est gratuit.'
		);
		const ours = (await listHelpResources(anonymous, id)).find(
			(row) => row.phone === '1 800 263-2266'
		)!;
		expect(ours.description.fr).toContain('Québec\u202f:');
	});

	it('cannot be edited by facilitators, the administrator, or another organisation’s coordinator', async () => {
		const admin = await createAdult({ admin: true });
		const id = await createOrganisation(admin, { name: 'Organisme B' });
		const other = await createOrganisation(admin, { name: 'Organisme C' });
		const facilitator = await createAdult({ memberships: { [id]: 'facilitator' } });
		const outsider = await createAdult({ memberships: { [other]: 'coordinator' } });
		const [first] = await listForEditing(
			await createAdult({ memberships: { [id]: 'coordinator' } }),
			id
		);
		for (const actor of [facilitator, admin, outsider]) {
			await refused(listForEditing(actor, id));
			await refused(addHelpResource(actor, id, line));
			await refused(updateHelpResource(actor, first!.id, line));
			await refused(removeHelpResource(actor, first!.id));
		}
	});

	it('fall back to the shipped list for visitors outside any organisation', async () => {
		const seen = await listHelpResources(anonymous, null);
		expect(seen.map((row) => row.phone)).toEqual([
			'1 800 263-2266',
			'1 800 668-6868',
			'1 833 900-1010',
			'811',
			'911'
		]);
	});

	it('refuse numbers and addresses that are not numbers or https addresses', () => {
		expect(helpResourceInput.safeParse({ ...line, phone: 'appelle-moi' }).success).toBe(false);
		expect(helpResourceInput.safeParse({ ...line, url: 'javascript:alert(1)' }).success).toBe(
			false
		);
		expect(helpResourceInput.safeParse({ ...line, url: 'http://example.org' }).success).toBe(false);
	});
});
