import { describe, expect, it } from 'vitest';
import {
	mustEnrolTwoFactor,
	requiresTwoFactor,
	type Actor,
	type OrganisationRole
} from '../platform/actor.ts';
import { can } from './permissions.ts';

const ORG = 'org-a';
const OTHER = 'org-b';

function member(role: OrganisationRole, organisationId = ORG): Actor {
	return {
		kind: 'user',
		userId: `u-${role}`,
		name: role,
		role: 'user',
		memberships: [{ organisationId, organisationName: 'A', role }],
		active: { organisationId, organisationName: 'A', role },
		twoFactorEnabled: true
	};
}
const admin: Actor = {
	kind: 'user',
	userId: 'u-admin',
	name: 'admin',
	role: 'admin',
	memberships: [],
	active: null,
	twoFactorEnabled: true
};

describe('identity permissions', () => {
	it('ask administrators, coordinators and researchers, and only them, for a second factor', () => {
		expect(requiresTwoFactor(admin)).toBe(true);
		expect(requiresTwoFactor(member('coordinator'))).toBe(true);
		expect(requiresTwoFactor(member('researcher'))).toBe(true);
		expect(requiresTwoFactor(member('facilitator'))).toBe(false);
		expect(requiresTwoFactor(member('professional'))).toBe(false);
		expect(mustEnrolTwoFactor({ ...member('coordinator'), twoFactorEnabled: false } as Actor)).toBe(
			true
		);
		expect(mustEnrolTwoFactor(member('coordinator'))).toBe(false);
	});

	it('let only the platform administrator list and create organisations and read the outbox', () => {
		for (const permission of [
			'identity.list_organisations',
			'identity.create_organisation',
			'identity.read_outbox'
		] as const) {
			expect(can(admin, permission)).toBe(true);
			expect(can(member('coordinator'), permission)).toBe(false);
			expect(can({ kind: 'anonymous' }, permission)).toBe(false);
		}
	});

	it('let a coordinator manage the members of their own organisation only', () => {
		expect(can(member('coordinator'), 'identity.manage_members', ORG)).toBe(true);
		expect(can(member('coordinator'), 'identity.manage_members', OTHER)).toBe(false);
		expect(can(member('coordinator', OTHER), 'identity.manage_members', ORG)).toBe(false);
	});

	it('never let facilitators, professionals or researchers manage members', () => {
		for (const role of ['facilitator', 'professional', 'researcher'] as const) {
			expect(can(member(role), 'identity.manage_members', ORG)).toBe(false);
		}
	});

	it('let the administrator manage any organisation’s members', () => {
		expect(can(admin, 'identity.manage_members', OTHER)).toBe(true);
	});

	it('keep start-up tasks to the server itself', () => {
		expect(can({ kind: 'system', task: 't' }, 'identity.seed_demo')).toBe(true);
		expect(can(admin, 'identity.seed_demo')).toBe(false);
		expect(can(admin, 'identity.issue_setup_link')).toBe(false);
	});
});
