// The rights table, one context per kind of person (as Decidim's permission specs): for every right, exactly who
// holds it in organisation A, in its group, and elsewhere.
import { describe, expect, it } from 'vitest';
import {
	allows,
	RIGHTS,
	type Holder,
	type OrganisationRole,
	type Right,
	type Scope
} from './rights.ts';

const A = 'org-a';
const B = 'org-b';
const member = (role: OrganisationRole, organisationId = A, userId = `u-${role}`): Holder => ({
	kind: 'user',
	userId,
	role: 'user',
	memberships: [{ organisationId, role }]
});

const PEOPLE = {
	anonymous: { kind: 'anonymous' },
	system: { kind: 'system' },
	participantOfA: { kind: 'participant', organisationId: A },
	participantOfB: { kind: 'participant', organisationId: B },
	admin: { kind: 'user', userId: 'u-admin', role: 'admin', memberships: [] },
	coordinatorOfA: member('coordinator'),
	facilitatorRunningTheGroup: member('facilitator', A, 'u-runs'),
	otherFacilitatorOfA: member('facilitator', A, 'u-other'),
	professionalOfA: member('professional'),
	allyOfTheProcess: member('professional', A, 'u-ally'),
	researcherOfA: member('researcher'),
	coordinatorOfB: member('coordinator', B)
} satisfies Record<string, Holder>;
type Person = keyof typeof PEOPLE;

/** Who holds each right in organisation A (and, for group rights, in its group run by one facilitator). */
const EXPECTED: Record<Right, Person[]> = {
	'identity.list_organisations': ['admin'],
	'identity.create_organisation': ['admin'],
	'identity.read_outbox': ['admin'],
	'identity.join_demo': ['admin'],
	'identity.manage_members': ['admin', 'coordinatorOfA'],
	'identity.create_group': ['coordinatorOfA', 'facilitatorRunningTheGroup', 'otherFacilitatorOfA'],
	'identity.manage_group': ['coordinatorOfA', 'facilitatorRunningTheGroup'],
	'identity.issue_setup_link': ['system'],
	'identity.seed_demo': ['system'],
	'programs.author': ['coordinatorOfA'],
	'programs.read_published': [
		'coordinatorOfA',
		'facilitatorRunningTheGroup',
		'otherFacilitatorOfA',
		'professionalOfA',
		'allyOfTheProcess'
	],
	'programs.seed': ['system'],
	'content.author': ['coordinatorOfA'],
	'content.set_policy': ['coordinatorOfA'],
	'content.use': [
		'participantOfA',
		'coordinatorOfA',
		'facilitatorRunningTheGroup',
		'otherFacilitatorOfA',
		'professionalOfA',
		'allyOfTheProcess'
	],
	'live.run': ['coordinatorOfA', 'facilitatorRunningTheGroup'],
	'live.join': ['participantOfA'],
	'live.oversee': ['coordinatorOfA'],
	// Held by every facilitator and coordinator; the service narrows it to the group's designated facilitator.
	'moderation.care': ['coordinatorOfA', 'facilitatorRunningTheGroup', 'otherFacilitatorOfA'],
	'cocreation.manage': ['coordinatorOfA', 'facilitatorRunningTheGroup'],
	'cocreation.take_part': ['participantOfA'],
	'cocreation.list': [
		'coordinatorOfA',
		'facilitatorRunningTheGroup',
		'otherFacilitatorOfA',
		'professionalOfA',
		'allyOfTheProcess'
	],
	'cocreation.follow': ['coordinatorOfA', 'facilitatorRunningTheGroup', 'allyOfTheProcess'],
	// The four below while the current phase turns them on (and never otherwise: see below).
	'cocreation.post_finding': ['coordinatorOfA', 'facilitatorRunningTheGroup'],
	'cocreation.react': ['participantOfA'],
	'cocreation.dot_vote': ['participantOfA'],
	'cocreation.decide': ['coordinatorOfA', 'facilitatorRunningTheGroup', 'participantOfA'],
	'cocreation.comment': [
		'participantOfA',
		'coordinatorOfA',
		'facilitatorRunningTheGroup',
		'allyOfTheProcess'
	],
	'cocreation.draft': [
		'participantOfA',
		'coordinatorOfA',
		'facilitatorRunningTheGroup',
		'allyOfTheProcess'
	],
	'cocreation.accept': ['participantOfA'],
	'cocreation.run_pilot': ['coordinatorOfA', 'facilitatorRunningTheGroup'],
	'cocreation.finalise': ['coordinatorOfA', 'facilitatorRunningTheGroup'],
	'cocreation.give_feedback': ['participantOfA'],
	'cocreation.propose': [
		'participantOfA',
		'coordinatorOfA',
		'facilitatorRunningTheGroup',
		'allyOfTheProcess'
	],
	'cocreation.support': [
		'participantOfA',
		'coordinatorOfA',
		'facilitatorRunningTheGroup',
		'allyOfTheProcess'
	],
	'cocreation.commit': ['coordinatorOfA', 'facilitatorRunningTheGroup', 'allyOfTheProcess'],
	'cocreation.follow_up': ['coordinatorOfA', 'facilitatorRunningTheGroup', 'allyOfTheProcess'],
	'cocreation.board_react': ['participantOfA'],
	'cocreation.board_comment': [
		'participantOfA',
		'coordinatorOfA',
		'facilitatorRunningTheGroup',
		'allyOfTheProcess'
	],
	'cocreation.run_dialogue': ['coordinatorOfA', 'facilitatorRunningTheGroup'],
	'logbook.keep': ['participantOfA'],
	'logbook.receive': ['coordinatorOfA', 'facilitatorRunningTheGroup', 'otherFacilitatorOfA'],
	'resources.edit': ['coordinatorOfA'],
	'resources.seed_defaults': ['system'],
	'platform.read_audit': ['admin', 'coordinatorOfA']
};

/** The rights asked with a group as their scope. */
const GROUP_RIGHTS: Right[] = [
	'identity.manage_group',
	'live.run',
	'cocreation.manage',
	'cocreation.follow',
	'cocreation.follow_up'
];

/** Organisation A's group, run by one facilitator, with a co-creation process that has one adult ally. */
const groupOfA: Scope = {
	group: { organisationId: A, facilitatorIds: ['u-runs'] },
	allies: ['u-ally']
};

const isPhaseRight = (right: Right) => 'byPhase' in RIGHTS[right];

/** The scope each right is asked with: its group, and for a phase's right a phase that turns it on. */
function scopeFor(right: Right): Scope {
	if (isPhaseRight(right)) return { ...groupOfA, phase: { grants: [right] } };
	return GROUP_RIGHTS.includes(right) ? groupOfA : { organisationId: A };
}

describe('the rights table', () => {
	it('has an expectation for every right, and every right has at least one holder', () => {
		expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(RIGHTS).sort());
		for (const holders of Object.values(EXPECTED)) expect(holders.length).toBeGreaterThan(0);
	});

	for (const person of Object.keys(PEOPLE) as Person[]) {
		it(`gives ${person} exactly the rights listed for them in organisation A`, () => {
			const held = (Object.keys(RIGHTS) as Right[]).filter((right) =>
				allows(PEOPLE[person], right, scopeFor(right))
			);
			const expected = (Object.keys(EXPECTED) as Right[]).filter((right) =>
				EXPECTED[right].includes(person)
			);
			expect(held).toEqual(expected);
		});
	}

	it('gives a role nothing in another organisation, and nothing organisation-wide without a scope', () => {
		for (const right of Object.keys(RIGHTS) as Right[]) {
			expect(allows(PEOPLE.coordinatorOfB, right, { organisationId: A })).toBe(false);
			expect(allows(PEOPLE.coordinatorOfA, right)).toBe(false);
		}
	});

	it('gives a phase’s rights to nobody while the current phase does not turn them on', () => {
		const phaseRights = (Object.keys(RIGHTS) as Right[]).filter(isPhaseRight);
		expect(phaseRights.length).toBeGreaterThan(0);
		for (const right of phaseRights) {
			for (const person of Object.keys(PEOPLE) as Person[]) {
				expect(allows(PEOPLE[person], right, groupOfA)).toBe(false);
				expect(allows(PEOPLE[person], right, { ...groupOfA, phase: { grants: [] } })).toBe(false);
			}
		}
	});

	it('keeps a group to the facilitators who run it, even for one who runs another group of the organisation', () => {
		const otherGroup: Scope = { group: { organisationId: A, facilitatorIds: ['u-other'] } };
		expect(allows(PEOPLE.facilitatorRunningTheGroup, 'identity.manage_group', otherGroup)).toBe(
			false
		);
		expect(allows(PEOPLE.otherFacilitatorOfA, 'identity.manage_group', otherGroup)).toBe(true);
		const groupOfB: Scope = { group: { organisationId: B, facilitatorIds: ['u-runs'] } };
		// Running a group is not enough without being a facilitator of its organisation.
		expect(allows(PEOPLE.facilitatorRunningTheGroup, 'identity.manage_group', groupOfB)).toBe(
			false
		);
	});

	it('keeps an ally to the process that names them, and never makes a researcher or an outsider one', () => {
		const anotherProcess: Scope = { ...groupOfA, allies: ['u-someone-else'] };
		expect(allows(PEOPLE.allyOfTheProcess, 'cocreation.follow', anotherProcess)).toBe(false);
		expect(allows(PEOPLE.allyOfTheProcess, 'cocreation.manage', groupOfA)).toBe(false);
		const researcherNamed: Scope = { ...groupOfA, allies: ['u-researcher'] };
		expect(allows(PEOPLE.researcherOfA, 'cocreation.follow', researcherNamed)).toBe(false);
		const inB: Scope = {
			group: { organisationId: B, facilitatorIds: [] },
			allies: ['u-ally']
		};
		expect(allows(PEOPLE.allyOfTheProcess, 'cocreation.follow', inB)).toBe(false);
	});
});
