// Phase 4 of a co-creation process on a real database (PGlite and PostgreSQL): adult allies, proposals from youth
// and adults (moderated, a youth never named), support tallied apart, commitments with their dated history and
// lateness, the board's reactions and comments, and who may read the board (its process, or the organisation's
// youth when it is opened; never another organisation).
import { beforeAll, describe, expect, it } from 'vitest';
import { registerAllCatalogues } from '#lib/i18n/all.ts';
import { useTestDatabase } from '../db/test-database.ts';
import { createGroup } from '../identity/groups.ts';
import { createOrganisation } from '../identity/organisations.ts';
import { addParticipant, participantActor } from '../identity/participants.ts';
import { createAdult, failsWith, refused } from '../identity/test-people.ts';
import { heldForMe } from '../moderation/service.ts';
import type { ParticipantActor, UserActor } from '../platform/actor.ts';
import { listAudit } from '../platform/audit.ts';
import {
	alliesToEdit,
	boardView,
	commentOnCommitment,
	commit,
	createProcess,
	followUp,
	listProcesses,
	moderateComment,
	moveToPhase,
	processView,
	propose,
	reactToCommitment,
	setAllies,
	setBoardOpen,
	putOnBoard,
	setPostsNeedApproval,
	startDialogueSession,
	support
} from './service.ts';
import {
	controlView,
	joinSession,
	moderatePost,
	moveSession,
	sendPost,
	setSessionStatus
} from '../live/service.ts';

useTestDatabase();

let organisationId: string;
let coordinator: UserActor;
let facilitator: UserActor;
let ally: UserActor;
let otherProfessional: UserActor;
let researcher: UserActor;
let outsider: UserActor;
let youth: ParticipantActor[];
let teenOfTheOrganisation: ParticipantActor;
let teenElsewhere: ParticipantActor;
let groupId: string;
const PSEUDONYMS = ['Renard bleu', 'Loutre rose', 'Chat vert', 'Pie grise'];

beforeAll(async () => {
	registerAllCatalogues();
	const admin = await createAdult({ admin: true });
	organisationId = await createOrganisation(admin, { name: 'Organisme A' });
	const elsewhere = await createOrganisation(admin, { name: 'Organisme B' });
	coordinator = await createAdult({ memberships: { [organisationId]: 'coordinator' } });
	facilitator = await createAdult({ memberships: { [organisationId]: 'facilitator' } });
	ally = await createAdult({ memberships: { [organisationId]: 'professional' } });
	otherProfessional = await createAdult({ memberships: { [organisationId]: 'professional' } });
	researcher = await createAdult({ memberships: { [organisationId]: 'researcher' } });
	const elsewhereCoordinator = await createAdult({ memberships: { [elsewhere]: 'coordinator' } });
	outsider = elsewhereCoordinator;
	const options = { approvalRequired: false, expiresInDays: null };
	groupId = await createGroup(facilitator, organisationId, { name: 'Co-design', ...options });
	const otherGroup = await createGroup(facilitator, organisationId, { name: 'Autre', ...options });
	const groupElsewhere = await createGroup(elsewhereCoordinator, elsewhere, {
		name: 'Ailleurs',
		...options
	});
	youth = [];
	for (const pseudonym of PSEUDONYMS) {
		const added = await addParticipant(facilitator, groupId, pseudonym, 'fr');
		youth.push((await participantActor(added.userId))!);
	}
	const other = await addParticipant(facilitator, otherGroup, 'Hibou gris', 'fr');
	teenOfTheOrganisation = (await participantActor(other.userId))!;
	const far = await addParticipant(elsewhereCoordinator, groupElsewhere, 'Merle noir', 'fr');
	teenElsewhere = (await participantActor(far.userId))!;
});

/** A process with the professional as its ally, moved to its dialogue phase. */
async function inDialogue(): Promise<string> {
	const id = await createProcess(facilitator, organisationId, {
		title: 'Notre atelier',
		purpose: '',
		dotsPerPerson: 3,
		groupId,
		allyIds: [ally.userId]
	});
	const dialogue = (await processView(facilitator, id)).phases.find(
		(phase) => phase.kind === 'dialogue'
	)!;
	await moveToPhase(facilitator, id, dialogue.id);
	return id;
}

const WHAT = 'Qu’on puisse choisir notre éducatrice référente.';

/** A youth's proposal, approved by the facilitator: its id. */
async function approvedProposal(id: string, text = WHAT): Promise<string> {
	expect(await propose(youth[0]!, id, { proposal: text, whoActs: 'direction' })).toBe('pending');
	const waiting = (await boardView(facilitator, id)).proposals.find((item) => item.text === text)!;
	await moderateComment(facilitator, id, waiting.id, 'approve');
	return waiting.id;
}

const COMMITMENT = {
	what: 'Chaque jeune choisira sa référente à son arrivée.',
	owner: 'La direction du foyer',
	dueOn: '2027-03-01',
	doneMeans: 'Le formulaire d’arrivée demande qui tu choisis.'
};

describe('adult allies', () => {
	it('are named when the process starts: they see it, follow it and speak in it, but do not steer it', async () => {
		const id = await inDialogue();
		expect((await listProcesses(ally, organisationId)).map((item) => item.id)).toContain(id);
		expect((await processView(ally, id)).viewer).toBe('ally');
		expect((await boardView(ally, id)).may).toMatchObject({
			steer: false,
			propose: true,
			support: true,
			commit: true,
			followUp: true
		});
		await refused(setBoardOpen(ally, id, true));
		await refused(moveToPhase(ally, id, (await processView(ally, id)).phases[0]!.id));
		// A professional who is not named sees nothing of it.
		expect((await listProcesses(otherProfessional, organisationId)).map((p) => p.id)).not.toContain(
			id
		);
		await refused(processView(otherProfessional, id));
		await refused(boardView(otherProfessional, id));
	});

	it('are changed by the adults who steer the process, from the organisation’s facilitators and professionals only', async () => {
		const id = await inDialogue();
		await setAllies(facilitator, id, [otherProfessional.userId]);
		expect((await alliesToEdit(coordinator, id)).chosen).toEqual([otherProfessional.userId]);
		await refused(boardView(ally, id));
		expect((await boardView(otherProfessional, id)).reader).toBe('adult');
		await refused(setAllies(facilitator, id, [researcher.userId]));
		await refused(setAllies(facilitator, id, [outsider.userId]));
		await refused(setAllies(otherProfessional, id, [otherProfessional.userId]));
		await refused(setAllies(youth[0]!, id, []));
		const audit = await listAudit(coordinator, {
			organisationId,
			action: 'cocreation.allies'
		});
		expect(audit.length).toBeGreaterThan(0);
	});
});

describe('proposals', () => {
	it('from a youth wait for approval, then show to everyone without her pseudonym; an adult’s show at once with their name', async () => {
		const id = await inDialogue();
		await propose(youth[0]!, id, { proposal: WHAT, whoActs: 'direction' });
		expect((await boardView(youth[1]!, id)).proposals).toEqual([]);
		const hers = (await boardView(youth[0]!, id)).proposals;
		expect(hers.map((item) => [item.text, item.status, item.author])).toEqual([
			[WHAT, 'pending', null]
		]);
		await moderateComment(facilitator, id, hers[0]!.id, 'approve');
		expect(
			await propose(ally, id, {
				proposal: 'Des réunions avec les jeunes chaque mois.',
				whoActs: 'team'
			})
		).toBe('published');
		const seen = await boardView(youth[1]!, id);
		expect(seen.proposals.map((item) => [item.author, item.whoActs])).toEqual([
			[null, 'direction'],
			[ally.name, 'team']
		]);
		const everything = JSON.stringify(await boardView(facilitator, id));
		for (const pseudonym of PSEUDONYMS) expect(everything).not.toContain(pseudonym);
	});

	it('pass the moderation: personal information refused, a disclosure held for the designated facilitator only', async () => {
		const id = await inDialogue();
		await failsWith(
			propose(youth[1]!, id, { proposal: 'Appelez-moi au 514-555-0199', whoActs: 'team' }),
			'moderation.personal_information'
		);
		const worrying = 'que le foyer me protege, il me fait voir ses amis pour payer ma dette';
		expect(await propose(youth[1]!, id, { proposal: worrying, whoActs: 'team' })).toBe('held');
		for (const reader of [youth[1]!, youth[2]!, facilitator, coordinator, ally]) {
			const texts = (await boardView(reader, id)).proposals.map((item) => item.text);
			expect(texts).not.toContain(worrying);
		}
		expect((await heldForMe(facilitator)).map((held) => held.text)).toContain(worrying);
		expect((await heldForMe(coordinator)).map((held) => held.text)).not.toContain(worrying);
	});

	it('are made only in the phase that turns them on, and only by the process’s people', async () => {
		const id = await inDialogue();
		const first = (await processView(facilitator, id)).phases[0]!;
		await refused(propose(teenOfTheOrganisation, id, { proposal: WHAT, whoActs: 'team' }));
		await refused(propose(otherProfessional, id, { proposal: WHAT, whoActs: 'team' }));
		await refused(propose(outsider, id, { proposal: WHAT, whoActs: 'team' }));
		await moveToPhase(facilitator, id, first.id);
		await failsWith(
			propose(youth[0]!, id, { proposal: WHAT, whoActs: 'team' }),
			'cocreation.not_in_this_phase'
		);
	});

	it('get support from youth and adults, counted apart; taken back; never for a proposal still waiting', async () => {
		const id = await inDialogue();
		const proposalId = await approvedProposal(id);
		await support(youth[0]!, id, proposalId, true);
		await support(youth[1]!, id, proposalId, true);
		await support(youth[1]!, id, proposalId, true);
		await support(ally, id, proposalId, true);
		let view = (await boardView(youth[1]!, id)).proposals[0]!;
		expect(view.support).toEqual({ youth: 2, adults: 1 });
		expect(view.supportedByMe).toBe(true);
		await support(youth[1]!, id, proposalId, false);
		view = (await boardView(youth[1]!, id)).proposals[0]!;
		expect(view.support).toEqual({ youth: 1, adults: 1 });
		expect(view.supportedByMe).toBe(false);
		await propose(youth[2]!, id, { proposal: 'Plus de sorties le week-end.', whoActs: 'team' });
		const waiting = (await boardView(youth[2]!, id)).proposals.find((p) => p.status === 'pending')!;
		await refused(support(youth[3]!, id, waiting.id, true));
		await refused(support(teenOfTheOrganisation, id, proposalId, true));
	});
});

describe('commitments', () => {
	it('answer a proposal: recorded by the process’s adults, never by youth, and audited', async () => {
		const id = await inDialogue();
		const proposalId = await approvedProposal(id);
		await refused(commit(youth[0]!, id, { proposalId, ...COMMITMENT }));
		await refused(commit(otherProfessional, id, { proposalId, ...COMMITMENT }));
		const commitmentId = await commit(ally, id, { proposalId, ...COMMITMENT });
		const [shown] = (await boardView(youth[2]!, id)).proposals[0]!.commitments;
		expect(shown).toMatchObject({
			id: commitmentId,
			what: COMMITMENT.what,
			owner: COMMITMENT.owner,
			status: 'planned',
			recordedBy: ally.name
		});
		expect(shown!.updates.map((update) => [update.status, update.by])).toEqual([
			['planned', ally.name]
		]);
		const audit = await listAudit(coordinator, {
			organisationId,
			action: 'cocreation.commitment'
		});
		expect(audit.some((entry) => entry.targetId === commitmentId)).toBe(true);
	});

	it('are followed up with dated updates, after the dialogue phase too; dropping one needs a reason', async () => {
		const id = await inDialogue();
		const proposalId = await approvedProposal(id);
		// The ally records it and gives its news; those who steer the process may too.
		const commitmentId = await commit(ally, id, { proposalId, ...COMMITMENT });
		await followUp(ally, id, { commitmentId, status: 'in_progress', note: 'Formulaire en cours.' });
		// An ally follows up only the commitments she recorded.
		const theirs = await commit(facilitator, id, { proposalId, ...COMMITMENT, what: 'Autre' });
		await refused(followUp(ally, id, { commitmentId: theirs, status: 'done', note: '' }));
		await moveToPhase(facilitator, id, (await processView(facilitator, id)).phases[0]!.id);
		await followUp(facilitator, id, { commitmentId, status: 'done', note: '' });
		await failsWith(
			followUp(facilitator, id, { commitmentId, status: 'dropped', note: ' ' }),
			'cocreation.reason_required'
		);
		await refused(followUp(youth[0]!, id, { commitmentId, status: 'done', note: '' }));
		const shown = (await boardView(youth[0]!, id)).proposals[0]!.commitments[0]!;
		expect(shown.status).toBe('done');
		expect(shown.updates.map((update) => [update.status, update.note])).toEqual([
			['planned', ''],
			['in_progress', 'Formulaire en cours.'],
			['done', '']
		]);
	});

	it('show as late once their day has passed unless done or dropped', async () => {
		const id = await inDialogue();
		const proposalId = await approvedProposal(id);
		const commitmentId = await commit(facilitator, id, { proposalId, ...COMMITMENT });
		const on = async (today: string) =>
			(await boardView(youth[0]!, id, today)).proposals[0]!.commitments[0]!.overdue;
		expect(await on('2027-03-01')).toBe(false);
		expect(await on('2027-03-02')).toBe(true);
		await followUp(facilitator, id, { commitmentId, status: 'in_progress', note: '' });
		expect(await on('2027-03-02')).toBe(true);
		await followUp(facilitator, id, {
			commitmentId,
			status: 'dropped',
			note: 'Le budget a été refusé ; nous cherchons un autre moyen.'
		});
		expect(await on('2027-03-02')).toBe(false);
	});

	it('get the co-designers’ reactions, counted from three, and comments moderated like every youth text', async () => {
		const id = await inDialogue();
		const proposalId = await approvedProposal(id);
		const commitmentId = await commit(facilitator, id, { proposalId, ...COMMITMENT });
		await reactToCommitment(youth[0]!, id, commitmentId, 'glad');
		await reactToCommitment(youth[1]!, id, commitmentId, 'not_enough');
		await reactToCommitment(youth[2]!, id, commitmentId, 'not_enough');
		expect((await boardView(youth[0]!, id)).proposals[0]!.commitments[0]!.reactions).toBeNull();
		expect((await boardView(youth[3]!, id)).proposals[0]!.commitments[0]!.reactions).toEqual({
			glad: 1,
			not_enough: 2,
			not_sure: 0
		});
		await refused(reactToCommitment(ally, id, commitmentId, 'glad'));
		await setPostsNeedApproval(facilitator, id, false);
		expect(await commentOnCommitment(youth[0]!, id, commitmentId, 'Enfin !')).toBe('published');
		const worrying = 'jai peur de rentrer, il me frappe quand je dis non';
		expect(await commentOnCommitment(youth[1]!, id, commitmentId, worrying)).toBe('held');
		const comments = (await boardView(ally, id)).proposals[0]!.commitments[0]!.comments;
		expect(comments.map((comment) => [comment.author, comment.text])).toEqual([[null, 'Enfin !']]);
	});
});

describe('the board', () => {
	it('is read by the organisation’s youth only once the process opens it, and never from another organisation', async () => {
		const id = await inDialogue();
		const proposalId = await approvedProposal(id);
		await commit(facilitator, id, { proposalId, ...COMMITMENT });
		await propose(youth[1]!, id, { proposal: 'Pas encore lue.', whoActs: 'team' });
		await refused(boardView(teenOfTheOrganisation, id));
		await refused(setBoardOpen(youth[0]!, id, true));
		await setBoardOpen(facilitator, id, true);
		const seen = await boardView(teenOfTheOrganisation, id);
		expect(seen.reader).toBe('organisation');
		expect(seen.proposals.map((item) => item.text)).toEqual([WHAT]);
		expect(Object.values(seen.may).some(Boolean)).toBe(false);
		await refused(processView(teenOfTheOrganisation, id));
		await refused(boardView(teenElsewhere, id));
		await refused(boardView(outsider, id));
		await refused(boardView(researcher, id));
		await setBoardOpen(coordinator, id, false);
		await refused(boardView(teenOfTheOrganisation, id));
	});
});

describe('a dialogue session', () => {
	it('runs live with an agenda and a round of proposals, whose approved answers the adults put on the board without a name', async () => {
		const id = await inDialogue();
		await refused(
			startDialogueSession(youth[0]!, id, { groupId, agenda: ['Nos droits au foyer'] })
		);
		await refused(startDialogueSession(ally, id, { groupId, agenda: ['Nos droits au foyer'] }));
		const sessionId = await startDialogueSession(facilitator, id, {
			groupId,
			agenda: ['Nos droits au foyer', 'Les sorties']
		});
		// The room goes through the two agenda items, then to the round of proposals.
		for (let move = 0; move < 2; move += 1)
			await moveSession(facilitator, sessionId, { action: 'next' });
		await joinSession(youth[1]!, sessionId);
		expect(
			await sendPost(youth[1]!, sessionId, { kind: 'answer', text: 'Des sorties chaque mois.' })
		).toBe('sent');
		const board = await boardView(facilitator, id);
		expect(board.dialogues).toHaveLength(1);
		expect(board.dialogues[0]).toMatchObject({
			open: true,
			agenda: ['Nos droits au foyer', 'Les sorties']
		});
		// Nothing to put on the board before the facilitator approves it in the room.
		expect(board.dialogues[0]!.proposals).toEqual([]);
		const { posts } = await controlView(facilitator, sessionId, 'fr');
		await moderatePost(facilitator, sessionId, posts[0]!.id, 'approved');
		await setSessionStatus(facilitator, sessionId, 'closed');
		const [dialogue] = (await boardView(facilitator, id)).dialogues;
		expect(dialogue!.open).toBe(false);
		expect(dialogue!.proposals.map((item) => item.text)).toEqual(['Des sorties chaque mois.']);
		await refused(
			putOnBoard(youth[0]!, id, {
				dialogueId: dialogue!.id,
				postId: dialogue!.proposals[0]!.id,
				whoActs: 'team'
			})
		);
		await putOnBoard(facilitator, id, {
			dialogueId: dialogue!.id,
			postId: dialogue!.proposals[0]!.id,
			whoActs: 'team'
		});
		await failsWith(
			putOnBoard(coordinator, id, {
				dialogueId: dialogue!.id,
				postId: dialogue!.proposals[0]!.id,
				whoActs: 'team'
			}),
			'dialogue.already_on_board'
		);
		const seen = await boardView(youth[2]!, id);
		expect(seen.proposals.map((item) => [item.text, item.author, item.fromSession])).toEqual([
			['Des sorties chaque mois.', null, true]
		]);
		expect(seen.dialogues[0]!.proposals).toEqual([]);
		expect((await boardView(facilitator, id)).dialogues[0]!.proposals).toEqual([]);
	});
});
