import { describe, expect, it } from 'vitest';
import type { Membership, UserActor } from '../platform/actor.ts';
import { landingFor } from './service.ts';

function adult(memberships: Membership[], overrides: Partial<UserActor> = {}): UserActor {
	return {
		kind: 'user',
		userId: 'u',
		name: 'A',
		role: 'user',
		memberships,
		active: memberships.length === 1 ? memberships[0]! : null,
		twoFactorEnabled: true,
		...overrides
	};
}
const a: Membership = { organisationId: 'a', organisationName: 'A', role: 'facilitator' };
const b: Membership = { organisationId: 'b', organisationName: 'B', role: 'coordinator' };

describe('where an adult lands after signing in', () => {
	it('asks someone in several organisations which one they work in now', () => {
		expect(landingFor(adult([a, b]))).toBe('/organisations');
		expect(landingFor(adult([a, b], { active: b }))).toBe('/organisations/b');
	});

	it('sends a coordinator to their organisation, a facilitator to their groups, a professional to the programs', () => {
		expect(landingFor(adult([b]))).toBe('/organisations/b');
		expect(landingFor(adult([a]))).toBe('/organisations/a/groups');
		expect(landingFor(adult([{ ...a, role: 'professional' }]))).toBe('/programs');
	});

	it('sends a researcher, and anyone without an organisation, to their account, never to the teens’ home', () => {
		expect(landingFor(adult([{ ...a, role: 'researcher' }]))).toBe('/account');
		expect(landingFor(adult([]))).toBe('/account');
	});

	it('lets a demonstration’s coordinator in without a second factor, and nobody else', () => {
		expect(landingFor(adult([b], { twoFactorEnabled: false, demo: true }))).toBe(
			'/organisations/b'
		);
	});

	it('sends anyone who must use a second factor to enrol first', () => {
		expect(landingFor(adult([b], { twoFactorEnabled: false }))).toBe('/account/two-factor');
		expect(landingFor(adult([], { role: 'admin', twoFactorEnabled: false }))).toBe(
			'/account/two-factor'
		);
		expect(landingFor(adult([], { role: 'admin' }))).toBe('/admin');
	});
});
