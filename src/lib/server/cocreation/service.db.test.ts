// Co-creation processes on a real database (PGlite and PostgreSQL): who may start and steer one, who takes part,
// the rights each phase turns on (from the table in domain/cocreation/phases.ts), private reactions counted only
// from three, dot votes hidden until closed, key aspects that pass the moderation first, and isolation between
// groups and organisations.
import { beforeAll, describe, expect, it } from 'vitest';
import { registerAllCatalogues } from '#lib/i18n/all.ts';
import { useTestDatabase } from '../db/test-database.ts';
import { createGroup } from '../identity/groups.ts';
import { createOrganisation } from '../identity/organisations.ts';
import { addParticipant, participantActor } from '../identity/participants.ts';
import { createAdult, failsWith, refused } from '../identity/test-people.ts';
import type { ParticipantActor, UserActor } from '../platform/actor.ts';
import { heldForMe } from '../moderation/service.ts';
import { listAudit } from '../platform/audit.ts';
import {
	addPhase,
	closeDotVote,
	commentOnFinding,
	createProcess,
	editPhase,
	listProcesses,
	moderateComment,
	moveToPhase,
	placeDots,
	postFinding,
	processView,
	react,
	recordKeyAspect,
	reorderPhase,
	setPostsNeedApproval
} from './service.ts';

useTestDatabase();

let organisationId: string;
let coordinator: UserActor;
let facilitator: UserActor;
let otherFacilitator: UserActor;
let outsider: UserActor;
let youth: ParticipantActor[];
let otherGroupTeen: ParticipantActor;
let groupId: string;

beforeAll(async () => {
	registerAllCatalogues();
	const admin = await createAdult({ admin: true });
	organisationId = await createOrganisation(admin, { name: 'Organisme A' });
	const elsewhere = await createOrganisation(admin, { name: 'Organisme B' });
	coordinator = await createAdult({ memberships: { [organisationId]: 'coordinator' } });
	facilitator = await createAdult({ memberships: { [organisationId]: 'facilitator' } });
	otherFacilitator = await createAdult({ memberships: { [organisationId]: 'facilitator' } });
	outsider = await createAdult({ memberships: { [elsewhere]: 'coordinator' } });
	const options = { approvalRequired: false, expiresInDays: null };
	groupId = await createGroup(facilitator, organisationId, { name: 'Co-design', ...options });
	const otherGroup = await createGroup(otherFacilitator, organisationId, {
		name: 'Autre groupe',
		...options
	});
	youth = [];
	for (const pseudonym of ['Renard bleu', 'Loutre rose', 'Chat vert', 'Pie grise']) {
		const added = await addParticipant(facilitator, groupId, pseudonym, 'fr');
		youth.push((await participantActor(added.userId))!);
	}
	const other = await addParticipant(otherFacilitator, otherGroup, 'Hibou gris', 'fr');
	otherGroupTeen = (await participantActor(other.userId))!;
});

const PROCESS = {
	title: 'Notre atelier',
	purpose: 'Transformer la recherche en atelier.',
	dotsPerPerson: 3,
	allyIds: [] as string[]
};

async function freshProcess(): Promise<string> {
	return createProcess(facilitator, organisationId, { ...PROCESS, groupId });
}

const FINDING = {
	theme: 'Recrutement',
	statement: 'Le recrutement commence souvent en ligne.',
	explanation: 'La plupart des jeunes rencontrées ont été contactées sur les réseaux sociaux.',
	source: 'Recherche participative, 2025'
};

describe('a process', () => {
	it('is started by the co-design group’s facilitator or a coordinator, with the four phases, the first current', async () => {
		const id = await freshProcess();
		const view = await processView(facilitator, id);
		expect(view.phases.map((phase) => [phase.kind, phase.state])).toEqual([
			['findings', 'current'],
			['creation', 'next'],
			['pilot', 'next'],
			['dialogue', 'next']
		]);
		expect(view.components).toEqual([
			'findings',
			'reactions',
			'comments',
			'dot_vote',
			'key_aspects'
		]);
		expect(view.coDesigners).toBe(4);
		await createProcess(coordinator, organisationId, { ...PROCESS, groupId });
	});

	it('is refused to anyone else: another group’s facilitator, a teen, another organisation', async () => {
		await refused(createProcess(otherFacilitator, organisationId, { ...PROCESS, groupId }));
		await refused(createProcess(youth[0]!, organisationId, { ...PROCESS, groupId }));
		await refused(createProcess(outsider, organisationId, { ...PROCESS, groupId }));
	});

	it('is seen by its co-designers and the adults who steer it, and by nobody else', async () => {
		const id = await freshProcess();
		expect((await processView(youth[0]!, id)).viewer).toBe('co-designer');
		expect((await processView(coordinator, id)).viewer).toBe('steers');
		for (const someone of [otherGroupTeen, otherFacilitator, outsider])
			await refused(processView(someone, id));
		expect((await listProcesses(youth[1]!, organisationId)).map((item) => item.id)).toContain(id);
		expect(
			(await listProcesses(otherGroupTeen, organisationId)).map((item) => item.id)
		).not.toContain(id);
		await refused(listProcesses(outsider, organisationId));
	});

	it('turns rights on and off with its current phase, as its table says', async () => {
		const id = await freshProcess();
		const findingId = await postFinding(facilitator, id, FINDING);
		await react(youth[0]!, id, findingId, 'resonates');
		const [, creation] = (await processView(facilitator, id)).phases;
		await refused(moveToPhase(youth[0]!, id, creation!.id));
		await moveToPhase(facilitator, id, creation!.id);
		const later = await processView(youth[0]!, id);
		expect(later.components).not.toContain('reactions');
		expect(later.may).toMatchObject({ react: false, dotVote: false });
		await failsWith(react(youth[0]!, id, findingId, 'not_sure'), 'cocreation.not_in_this_phase');
		await failsWith(postFinding(facilitator, id, FINDING), 'cocreation.not_in_this_phase');
		// Back to the first phase: the same rights again.
		await moveToPhase(facilitator, id, later.phases[0]!.id);
		await react(youth[0]!, id, findingId, 'not_sure');
		expect((await processView(youth[0]!, id)).findings[0]!.mine).toBe('not_sure');
	});
});

describe('the findings', () => {
	it('are posted by the adults who steer the process, never by youth', async () => {
		const id = await freshProcess();
		await postFinding(coordinator, id, FINDING);
		await refused(postFinding(youth[0]!, id, FINDING));
		await refused(postFinding(otherFacilitator, id, FINDING));
		expect((await processView(youth[0]!, id)).findings.map((finding) => finding.statement)).toEqual(
			[FINDING.statement]
		);
	});

	it('get private reactions: each sees her own, and the counts only once three others have reacted', async () => {
		const id = await freshProcess();
		const findingId = await postFinding(facilitator, id, FINDING);
		await react(youth[0]!, id, findingId, 'resonates');
		await react(youth[1]!, id, findingId, 'pass');
		expect((await processView(youth[0]!, id)).findings[0]).toMatchObject({
			mine: 'resonates',
			reactions: null
		});
		expect((await processView(facilitator, id)).findings[0]).toMatchObject({
			mine: null,
			reactions: null
		});
		await react(youth[2]!, id, findingId, 'resonates');
		// Three reacted, but she is one of them: the two others' reactions would show through the totals.
		expect((await processView(youth[0]!, id)).findings[0]!.reactions).toBeNull();
		expect((await processView(youth[3]!, id)).findings[0]).toMatchObject({
			mine: null,
			reactions: { resonates: 2, does_not: 0, not_sure: 0, pass: 1 }
		});
		await refused(react(facilitator, id, findingId, 'resonates'));
		await refused(react(otherGroupTeen, id, findingId, 'resonates'));
		await refused(react(youth[0]!, id, crypto.randomUUID(), 'resonates'));
	});
});

describe('the dot vote', () => {
	it('keeps everyone’s dots hidden until the facilitator closes it, then shows the totals', async () => {
		const id = await freshProcess();
		const first = await postFinding(facilitator, id, FINDING);
		const second = await postFinding(facilitator, id, {
			...FINDING,
			statement: 'Les dettes piègent.'
		});
		await placeDots(youth[0]!, id, { [first]: 2, [second]: 1 });
		await placeDots(youth[1]!, id, { [second]: 3 });
		const before = await processView(youth[0]!, id);
		expect(before.findings.map((finding) => [finding.myDots, finding.dots])).toEqual([
			[2, null],
			[1, null]
		]);
		expect(before.dots).toMatchObject({ perPerson: 3, placed: 3, closed: false, voters: 2 });
		expect((await processView(facilitator, id)).findings.map((finding) => finding.dots)).toEqual([
			null,
			null
		]);
		// She may move her dots, never place more than the process allows.
		await placeDots(youth[0]!, id, { [second]: 3 });
		await failsWith(
			placeDots(youth[0]!, id, { [first]: 2, [second]: 2 }),
			'cocreation.too_many_dots'
		);
		await refused(closeDotVote(youth[0]!, id));
		await closeDotVote(facilitator, id);
		const after = await processView(youth[2]!, id);
		expect(after.findings.map((finding) => finding.dots)).toEqual([0, 6]);
		expect(after.may.dotVote).toBe(false);
		await failsWith(placeDots(youth[2]!, id, { [first]: 1 }), 'cocreation.vote_closed');
	});

	it('takes two submissions sent at once one after the other, never more dots than allowed', async () => {
		const id = await freshProcess();
		const first = await postFinding(facilitator, id, FINDING);
		const second = await postFinding(facilitator, id, { ...FINDING, statement: 'Autre constat' });
		const results = await Promise.allSettled([
			placeDots(youth[0]!, id, { [first]: 3 }),
			placeDots(youth[0]!, id, { [second]: 3 })
		]);
		expect(results.map((result) => result.status)).toEqual(['fulfilled', 'fulfilled']);
		expect((await processView(youth[0]!, id)).dots.placed).toBe(3);
	});

	it('refuses dots on a finding of another process', async () => {
		const id = await freshProcess();
		const elsewhere = await freshProcess();
		const foreign = await postFinding(facilitator, elsewhere, FINDING);
		await refused(placeDots(youth[0]!, id, { [foreign]: 1 }));
	});
});

describe('the key aspects', () => {
	it('are recorded by a co-designer, with the findings they come from and who wrote them down', async () => {
		const id = await freshProcess();
		const findingId = await postFinding(facilitator, id, FINDING);
		await expect(
			recordKeyAspect(youth[1]!, id, {
				text: 'Parler des réseaux sociaux dès le premier atelier',
				why: 'C’est là que tout commence.',
				findingIds: [findingId]
			})
		).resolves.toBe('recorded');
		expect((await processView(coordinator, id)).keyAspects).toEqual([
			expect.objectContaining({
				text: 'Parler des réseaux sociaux dès le premier atelier',
				findings: [FINDING.statement],
				recordedBy: 'Loutre rose'
			})
		]);
	});

	it('pass the moderation first: personal information refused, a disclosure held for the designated facilitator', async () => {
		const id = await freshProcess();
		await failsWith(
			recordKeyAspect(youth[0]!, id, {
				text: 'Écrivez-moi à renard@example.org',
				why: '',
				findingIds: []
			}),
			'moderation.personal_information'
		);
		const worrying = 'moi aussi jlui dois de largent pis il dit que jvais payer autrement';
		await expect(
			recordKeyAspect(youth[0]!, id, { text: worrying, why: '', findingIds: [] })
		).resolves.toBe('held');
		expect((await processView(youth[1]!, id)).keyAspects).toEqual([]);
		expect((await heldForMe(facilitator)).map((held) => held.text)).toContain(worrying);
		expect((await heldForMe(coordinator)).map((held) => held.text)).not.toContain(worrying);
	});

	it('are refused outside the phase that turns decisions on, and to people outside the process', async () => {
		const id = await freshProcess();
		const input = { text: 'Un aspect', why: '', findingIds: [] };
		await refused(recordKeyAspect(otherGroupTeen, id, input));
		await refused(recordKeyAspect(outsider, id, input));
		const [, creation] = (await processView(facilitator, id)).phases;
		await moveToPhase(facilitator, id, creation!.id);
		await failsWith(recordKeyAspect(youth[0]!, id, input), 'cocreation.not_in_this_phase');
	});
});

describe('the phases', () => {
	it('can be renamed, described, dated, reordered and extended by the adults who steer the process', async () => {
		const id = await freshProcess();
		const [first, second] = (await processView(facilitator, id)).phases;
		await editPhase(facilitator, id, {
			phaseId: second!.id,
			title: 'Créer notre atelier',
			description: 'On écrit les cartes ensemble.',
			startsOn: '2027-03-01',
			endsOn: '2027-04-15'
		});
		await reorderPhase(coordinator, id, second!.id, 'up');
		await addPhase(facilitator, id, 'pilot');
		const view = await processView(youth[0]!, id);
		expect(view.phases.map((phase) => [phase.kind, phase.title, phase.state])).toEqual([
			// Moved before the current phase: counted as done, as its place says.
			['creation', 'Créer notre atelier', 'done'],
			['findings', '', 'current'],
			['pilot', '', 'next'],
			['dialogue', '', 'next'],
			['pilot', '', 'next']
		]);
		expect(view.phases[0]).toMatchObject({ startsOn: '2027-03-01', endsOn: '2027-04-15' });
		// The current phase keeps what it turns on, wherever it stands.
		expect(view.components).toContain('reactions');
		expect(view.phases[1]!.id).toBe(first!.id);
	});

	it('are changed by nobody else', async () => {
		const id = await freshProcess();
		const [phase] = (await processView(facilitator, id)).phases;
		const edit = { phaseId: phase!.id, title: 'X', description: '', startsOn: null, endsOn: null };
		for (const someone of [youth[0]!, otherFacilitator, outsider]) {
			await refused(editPhase(someone, id, edit));
			await refused(reorderPhase(someone, id, phase!.id, 'down'));
			await refused(addPhase(someone, id, 'pilot'));
		}
		await refused(editPhase(facilitator, id, { ...edit, phaseId: crypto.randomUUID() }));
	});
});

describe('comments within the group', () => {
	it('wait for a facilitator’s approval: only their author sees them, then everyone once approved', async () => {
		const id = await freshProcess();
		const findingId = await postFinding(facilitator, id, FINDING);
		await expect(
			commentOnFinding(youth[0]!, id, findingId, 'Moi ça m’a fait penser à TikTok.')
		).resolves.toBe('pending');
		const own = (await processView(youth[0]!, id)).findings[0]!.comments;
		expect(own).toEqual([
			expect.objectContaining({ author: 'Renard bleu', status: 'pending', mine: true })
		]);
		expect((await processView(youth[1]!, id)).findings[0]!.comments).toEqual([]);
		const steering = await processView(facilitator, id);
		expect(steering.approval).toEqual({ required: true, waiting: 1 });
		const postId = steering.findings[0]!.comments[0]!.id;
		await refused(moderateComment(youth[1]!, id, postId, 'approve'));
		await refused(moderateComment(otherFacilitator, id, postId, 'approve'));
		await moderateComment(facilitator, id, postId, 'approve');
		expect((await processView(youth[1]!, id)).findings[0]!.comments).toEqual([
			expect.objectContaining({ text: 'Moi ça m’a fait penser à TikTok.', status: 'published' })
		]);
		await failsWith(
			moderateComment(coordinator, id, postId, 'approve'),
			'moderation.already_decided'
		);
	});

	it('can be hidden with a reason only its author and the moderators see, and restored', async () => {
		const id = await freshProcess();
		const findingId = await postFinding(facilitator, id, FINDING);
		await setPostsNeedApproval(facilitator, id, false);
		await expect(commentOnFinding(youth[2]!, id, findingId, 'C’est trop vrai.')).resolves.toBe(
			'published'
		);
		const postId = (await processView(coordinator, id)).findings[0]!.comments[0]!.id;
		await failsWith(moderateComment(coordinator, id, postId, 'hide'), 'moderation.reason_required');
		await moderateComment(coordinator, id, postId, 'hide', 'Hors sujet pour ce constat');
		expect((await processView(youth[2]!, id)).findings[0]!.comments[0]).toMatchObject({
			status: 'hidden',
			hiddenReason: 'Hors sujet pour ce constat'
		});
		expect((await processView(youth[3]!, id)).findings[0]!.comments).toEqual([]);
		await moderateComment(facilitator, id, postId, 'restore');
		expect((await processView(youth[3]!, id)).findings[0]!.comments[0]).toMatchObject({
			status: 'published',
			hiddenReason: null
		});
		const audit = await listAudit(coordinator, { organisationId, action: 'moderation' });
		expect(audit.map((event) => event.action)).toEqual(
			expect.arrayContaining(['moderation.post_hidden', 'moderation.post_restored'])
		);
		expect(JSON.stringify(audit)).not.toContain('C’est trop vrai');
	});

	it('from adults appear at once; a youth’s are screened: personal information refused, a disclosure held', async () => {
		const id = await freshProcess();
		const findingId = await postFinding(facilitator, id, FINDING);
		await expect(
			commentOnFinding(facilitator, id, findingId, 'Merci pour vos réactions !')
		).resolves.toBe('published');
		await failsWith(
			commentOnFinding(youth[0]!, id, findingId, 'texte-moi au 514-555-0199'),
			'moderation.personal_information'
		);
		const worrying = 'ce constat la cest ma vie, il me fait voir ses amis pour payer le loyer';
		await expect(commentOnFinding(youth[1]!, id, findingId, worrying)).resolves.toBe('held');
		for (const reader of [youth[1]!, youth[2]!, facilitator, coordinator]) {
			const texts = (await processView(reader, id)).findings[0]!.comments.map((c) => c.text);
			expect(texts).not.toContain(worrying);
		}
		expect((await heldForMe(facilitator)).map((held) => held.text)).toContain(worrying);
	});

	it('are refused to people outside the process and outside the phases that turn them on', async () => {
		const id = await freshProcess();
		const findingId = await postFinding(facilitator, id, FINDING);
		await refused(commentOnFinding(otherGroupTeen, id, findingId, 'Salut'));
		await refused(commentOnFinding(outsider, id, findingId, 'Salut'));
		await refused(setPostsNeedApproval(youth[0]!, id, false));
		const [, creation] = (await processView(facilitator, id)).phases;
		await moveToPhase(facilitator, id, creation!.id);
		await failsWith(
			commentOnFinding(youth[0]!, id, findingId, 'Salut'),
			'cocreation.not_in_this_phase'
		);
	});
});
