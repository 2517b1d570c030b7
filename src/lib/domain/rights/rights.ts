// The one table of who may do what: each right, and the roles that hold it, scoped by organisation and by group
// (and ready for the phases of a co-creation process). Services ask it on their first line; the navigation asks
// it too, so a link is shown exactly when its page would open.

export type PlatformRole = 'admin' | 'user';
export type OrganisationRole = 'coordinator' | 'facilitator' | 'professional' | 'researcher';
export const ORGANISATION_ROLES: readonly OrganisationRole[] = [
	'coordinator',
	'facilitator',
	'professional',
	'researcher'
];

/** Who asks, as the table needs to know them. The server's `Actor` has this shape; so can a browser's viewer. */
export type Holder =
	| { kind: 'anonymous' }
	/** The server itself, for start-up tasks such as migrations and seeds. */
	| { kind: 'system' }
	| {
			kind: 'user';
			userId: string;
			role: PlatformRole;
			memberships: readonly { organisationId: string; role: OrganisationRole }[];
	  }
	| { kind: 'participant'; organisationId: string };

/** Where a right is asked for: the organisation, the group (with who runs it), the phase of a process. */
export type Scope = {
	organisationId?: string;
	group?: { organisationId: string; facilitatorIds: readonly string[] };
	/** The rights the current phase of a co-creation process turns on (its table lives with the process). */
	phase?: { grants: readonly Right[] };
	/** The adult allies of a co-creation process (user ids): facilitators and professionals who take part in it. */
	allies?: readonly string[];
};

type Rule = {
	/** Platform administrators hold it, whatever the scope. */
	admin?: true;
	/** These roles in the scope's organisation hold it. */
	roles?: readonly OrganisationRole[];
	/** A facilitator who runs the scope's group holds it (coordinators are listed in `roles`). */
	groupFacilitator?: true;
	/** Participants of the scope's organisation hold it. */
	participant?: true;
	/** Only the server itself holds it. */
	system?: true;
	/** Held only while the scope's phase turns it on. */
	byPhase?: true;
	/** An adult ally of the scope's process holds it (a member of its organisation named among `allies`). */
	processAlly?: true;
};

/** Every right of the platform. Permission names are '<module>.<action>'. */
export const RIGHTS = {
	'identity.list_organisations': { admin: true },
	'identity.create_organisation': { admin: true },
	'identity.read_outbox': { admin: true },
	// On the first start, the administrator joins the demo organisation as its coordinator to look around.
	'identity.join_demo': { admin: true },
	// Seeing the members, inviting and removing them.
	'identity.manage_members': { admin: true, roles: ['coordinator'] },
	// Coordinators and facilitators create groups (they run them).
	'identity.create_group': { roles: ['coordinator', 'facilitator'] },
	// A group's code, participants, cards and pass-phrases: its facilitators and the coordinators. The platform
	// administrator does not see youth's groups.
	'identity.manage_group': { roles: ['coordinator'], groupFacilitator: true },
	'identity.issue_setup_link': { system: true },
	'identity.seed_demo': { system: true },
	// Writing, reviewing, publishing, archiving, exporting and importing programs and tools.
	'programs.author': { roles: ['coordinator'] },
	// The published versions and their guides: everyone who runs or learns from the workshops.
	'programs.read_published': { roles: ['coordinator', 'facilitator', 'professional'] },
	'programs.seed': { system: true },
	'content.author': { roles: ['coordinator'] },
	// Whether publishing needs a second coordinator's approval.
	'content.set_policy': { roles: ['coordinator'] },
	// Playing, projecting, watching published tools: the staff who use them, and the youth.
	'content.use': { roles: ['coordinator', 'facilitator', 'professional'], participant: true },
	// Starting, running and projecting a live session, and keeping its record: the group's facilitators and the
	// coordinators.
	'live.run': { roles: ['coordinator'], groupFacilitator: true },
	// Joining a live session on her phone: the group's participants (the service checks she is in the group).
	'live.join': { participant: true },
	// Every group's session records and the fidelity summary; opening a locked record again.
	'live.oversee': { roles: ['coordinator'] },
	// What a youth wrote that suggests danger: read only by her group's designated facilitator (the service checks
	// the designation; coordinators hold the right only when they are that facilitator).
	'moderation.care': { roles: ['coordinator', 'facilitator'] },
	// Co-creation processes: creating one and steering it (its phases, its findings, closing a vote) is for the
	// coordinators and the co-design group's facilitators; taking part is for that group's youth (the service checks
	// she is in it). The rights marked byPhase are held only while the current phase turns them on
	// (domain/cocreation/phases.ts).
	'cocreation.manage': { roles: ['coordinator'], groupFacilitator: true },
	'cocreation.take_part': { participant: true },
	// Seeing the organisation's processes one takes part in as an adult (the list page and its link).
	'cocreation.list': { roles: ['coordinator', 'facilitator', 'professional'] },
	// Reading a process and its board as one of its adults: those who steer it and its allies (professionals too).
	'cocreation.follow': { roles: ['coordinator'], groupFacilitator: true, processAlly: true },
	'cocreation.post_finding': { roles: ['coordinator'], groupFacilitator: true, byPhase: true },
	'cocreation.react': { participant: true, byPhase: true },
	'cocreation.dot_vote': { participant: true, byPhase: true },
	// Recording the group's decisions (key aspects): a co-designer or an adult of the process, as the group decides.
	'cocreation.decide': {
		roles: ['coordinator'],
		groupFacilitator: true,
		participant: true,
		byPhase: true
	},
	// Commenting within the process (youth's comments pass the moderation; approval per process); allies too.
	'cocreation.comment': {
		roles: ['coordinator'],
		groupFacilitator: true,
		processAlly: true,
		participant: true,
		byPhase: true
	},
	// Phase 2, creating the material: co-designers and the process's adults write; an adult's edit to what a
	// youth wrote is a suggestion until a co-designer accepts it (the service applies the process's setting).
	'cocreation.draft': {
		roles: ['coordinator'],
		groupFacilitator: true,
		processAlly: true,
		participant: true,
		byPhase: true
	},
	'cocreation.accept': { participant: true, byPhase: true },
	// Phase 3, piloting: the adults who steer the process run a pilot with another group and finalise the
	// material; the peers of that group give anonymous feedback (the service checks she is one of them).
	'cocreation.run_pilot': { roles: ['coordinator'], groupFacilitator: true, byPhase: true },
	'cocreation.finalise': { roles: ['coordinator'], groupFacilitator: true, byPhase: true },
	'cocreation.give_feedback': { participant: true },
	// Phase 4, the dialogue with adults: proposals of what should change, from youth or adults, and support for
	// them (tallied apart); the adults of the process answer with commitments and follow them up on the board,
	// after the phase too (follow_up is not by phase: a commitment outlives the dialogue).
	'cocreation.propose': {
		roles: ['coordinator'],
		groupFacilitator: true,
		processAlly: true,
		participant: true,
		byPhase: true
	},
	'cocreation.support': {
		roles: ['coordinator'],
		groupFacilitator: true,
		processAlly: true,
		participant: true,
		byPhase: true
	},
	'cocreation.commit': {
		roles: ['coordinator'],
		groupFacilitator: true,
		processAlly: true,
		byPhase: true
	},
	'cocreation.follow_up': { roles: ['coordinator'], groupFacilitator: true, processAlly: true },
	// On the board: the co-designers react to commitments; the process's people comment on them.
	'cocreation.board_react': { participant: true, byPhase: true },
	'cocreation.board_comment': {
		roles: ['coordinator'],
		groupFacilitator: true,
		processAlly: true,
		participant: true,
		byPhase: true
	},
	// A dialogue session (a live session with an agenda and a round of proposals), run by those who steer it.
	'cocreation.run_dialogue': { roles: ['coordinator'], groupFacilitator: true, byPhase: true },
	// Her own logbook: ciphertext only, kept for her (the service checks it is hers). No adult holds it: what an
	// adult may read of a logbook is what she shares with them.
	'logbook.keep': { participant: true },
	// Holding a key pair for what youth share with them (an entry, an escrow half): the adults who run groups.
	'logbook.receive': { roles: ['coordinator', 'facilitator'] },
	'resources.edit': { roles: ['coordinator'] },
	'resources.seed_defaults': { system: true },
	// The audit log: the administrator everywhere, coordinators for their organisation.
	'platform.read_audit': { admin: true, roles: ['coordinator'] }
} as const satisfies Record<string, Rule>;

export type Right = keyof typeof RIGHTS;

function organisationOf(scope: Scope): string | undefined {
	return scope.organisationId ?? scope.group?.organisationId;
}

/** Whether `holder` holds `right` in `scope`. Pure: the same answer on the server and in the browser. */
export function allows(holder: Holder, right: Right, scope: Scope = {}): boolean {
	const rule: Rule = RIGHTS[right];
	if (rule.byPhase && !scope.phase?.grants.includes(right)) return false;
	if (holder.kind === 'system') return rule.system === true;
	if (rule.system) return false;
	const organisationId = organisationOf(scope);
	if (holder.kind === 'participant')
		return rule.participant === true && organisationId === holder.organisationId;
	if (holder.kind !== 'user') return false;
	if (rule.admin && holder.role === 'admin') return true;
	if (organisationId === undefined) return false;
	const role = holder.memberships.find((m) => m.organisationId === organisationId)?.role ?? null;
	if (role !== null && rule.roles?.includes(role)) return true;
	if (
		rule.processAlly === true &&
		role !== null &&
		role !== 'researcher' &&
		scope.allies?.includes(holder.userId)
	)
		return true;
	return (
		rule.groupFacilitator === true &&
		role === 'facilitator' &&
		scope.group !== undefined &&
		scope.group.facilitatorIds.includes(holder.userId)
	);
}
