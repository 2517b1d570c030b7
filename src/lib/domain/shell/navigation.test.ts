import { describe, expect, it } from 'vitest';
import { navigationFor, type Viewer } from './navigation.ts';

function adult(overrides: Partial<Extract<Viewer, { kind: 'user' }>>): Viewer {
	return {
		kind: 'user',
		name: 'A',
		role: 'user',
		organisationRole: null,
		organisationId: null,
		organisationName: null,
		organisationCount: 0,
		...overrides
	};
}

describe('main navigation', () => {
	it('offers sign-in to people who are not signed in', () => {
		expect(navigationFor({ kind: 'anonymous' }).map((item) => item.href)).toEqual([
			'/',
			'/sign-in'
		]);
	});

	it('offers administration to platform administrators only', () => {
		expect(navigationFor(adult({ role: 'admin' })).map((item) => item.href)).toEqual([
			'/',
			'/admin',
			'/audit',
			'/account'
		]);
		expect(navigationFor(adult({})).map((item) => item.href)).toEqual(['/', '/account']);
	});

	it('offers groups, co-creation and the pages youth share to coordinators and facilitators, co-creation to professionals, the organisation and the session records to coordinators, and a switch to people in several', () => {
		const coordinator = adult({
			organisationRole: 'coordinator',
			organisationId: 'o1',
			organisationCount: 2
		});
		expect(navigationFor(coordinator).map((item) => item.href)).toEqual([
			'/',
			'/organisations/o1/groups',
			'/organisations/o1/cocreation',
			'/programs',
			'/live/records',
			'/logbook/shared',
			'/tools',
			'/organisations/o1',
			'/organisations',
			'/audit',
			'/account'
		]);
		const facilitator = adult({
			organisationRole: 'facilitator',
			organisationId: 'o1',
			organisationCount: 1
		});
		expect(navigationFor(facilitator).map((item) => item.href)).toEqual([
			'/',
			'/organisations/o1/groups',
			'/organisations/o1/cocreation',
			'/programs',
			'/logbook/shared',
			'/tools',
			'/account'
		]);
		// A professional takes part in processes as an ally: the list, not the groups.
		const professional = adult({
			organisationRole: 'professional',
			organisationId: 'o1',
			organisationCount: 1
		});
		expect(navigationFor(professional).map((item) => item.href)).toEqual([
			'/',
			'/organisations/o1/cocreation',
			'/programs',
			'/tools',
			'/account'
		]);
	});
});
