// Who must protect their account with a second factor.
import { describe, expect, it } from 'vitest';
import {
	mustEnrolTwoFactor,
	requiresTwoFactor,
	type Actor,
	type OrganisationRole
} from './actor.ts';

const ORG = 'org-a';

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

describe('the second factor', () => {
	it('is asked of administrators, coordinators and researchers, and only of them', () => {
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
});
