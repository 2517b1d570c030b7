// The process report on a real database (PGlite and PostgreSQL): small counts hidden (and those that would give
// them away), a youth named only with her consent, texts held for the designated facilitator never in it, the
// CSV with formulas escaped, and only the process's adults may read it (audited).
import { beforeAll, describe, expect, it } from 'vitest';
import { registerAllCatalogues } from '#lib/i18n/all.ts';
import { useTestDatabase } from '../db/test-database.ts';
import { createGroup } from '../identity/groups.ts';
import { createOrganisation } from '../identity/organisations.ts';
import { addParticipant, participantActor } from '../identity/participants.ts';
import { createAdult, refused } from '../identity/test-people.ts';
import type { ParticipantActor, UserActor } from '../platform/actor.ts';
import { listAudit } from '../platform/audit.ts';
import {
	commit,
	createMaterial,
	createProcess,
	followUp,
	moderateComment,
	moveToPhase,
	postFinding,
	processReport,
	processView,
	propose,
	react,
	reportCsv,
	setCredit,
	support,
	boardView,
	writeText
} from './service.ts';
import { writeStory } from './test-materials.ts';

useTestDatabase();

let organisationId: string;
let coordinator: UserActor;
let facilitator: UserActor;
let outsider: UserActor;
let youth: ParticipantActor[];
let groupId: string;
const NAMES = [
	'Renard bleu',
	'Loutre rose',
	'Chat vert',
	'Pie grise',
	'Hibou gris',
	'Merle noir',
	'Lynx roux'
];

beforeAll(async () => {
	registerAllCatalogues();
	const admin = await createAdult({ admin: true });
	organisationId = await createOrganisation(admin, { name: 'Organisme A' });
	const elsewhere = await createOrganisation(admin, { name: 'Organisme B' });
	coordinator = await createAdult({ memberships: { [organisationId]: 'coordinator' } });
	facilitator = await createAdult({ memberships: { [organisationId]: 'facilitator' } });
	outsider = await createAdult({ memberships: { [elsewhere]: 'coordinator' } });
	groupId = await createGroup(facilitator, organisationId, {
		name: 'Co-design',
		approvalRequired: false,
		expiresInDays: null
	});
	youth = [];
	for (const pseudonym of NAMES) {
		const added = await addParticipant(facilitator, groupId, pseudonym, 'fr');
		youth.push((await participantActor(added.userId))!);
	}
});

async function process(): Promise<{ id: string; phase: (kind: string) => Promise<void> }> {
	const id = await createProcess(facilitator, organisationId, {
		title: 'Notre atelier',
		purpose: '',
		dotsPerPerson: 3,
		groupId,
		allyIds: []
	});
	const phases = (await processView(facilitator, id)).phases;
	return {
		id,
		phase: (kind) => moveToPhase(facilitator, id, phases.find((phase) => phase.kind === kind)!.id)
	};
}

describe('the process report', () => {
	it('shows counts of seven co-designers only where neither the count nor the rest is under five', async () => {
		const { id } = await process();
		const findingId = await postFinding(facilitator, id, {
			theme: '',
			statement: 'Un constat',
			explanation: '',
			source: 'Recherche'
		});
		// Six of the seven react; nobody places dots.
		for (const teen of youth.slice(0, 6)) await react(teen, id, findingId, 'resonates');
		const report = await processReport(facilitator, id);
		expect(report.participation.coDesigners).toBe(7);
		const row = (key: string) => report.participation.rows.find((item) => item.key === key)!.count;
		// 6 of 7 would tell that one did not react.
		expect(row('reacted')).toBe('hidden');
		// Nobody voted: zero shows (nobody is not a group), and 7 did not.
		expect(row('voted')).toBe(0);
		for (const teen of youth.slice(0, 2)) await react(teen, id, findingId, 'not_sure');
		await react(youth[6]!, id, findingId, 'pass');
		expect(
			(await processReport(facilitator, id)).participation.rows.find(
				(item) => item.key === 'reacted'
			)!.count
		).toBe(7);
	});

	it('names a youth in the change log only if she agreed to be credited, and never holds a held text', async () => {
		const { id, phase } = await process();
		await phase('creation');
		const made = await createMaterial(youth[0]!, id, {
			title: 'Vrai ou faux',
			kind: 'deck',
			language: 'fr',
			keyAspectIds: []
		});
		if (made.outcome !== 'created') throw new Error('held');
		await writeText(youth[1]!, id, made.id, { path: 'description', text: 'Un jeu pour en parler' });
		await setCredit(youth[1]!, id, true);
		const worrying = 'comme moi, il me fait voir ses amis pour payer ce que je lui dois';
		expect(await writeText(youth[2]!, id, made.id, { path: 'description', text: worrying })).toBe(
			'held'
		);
		const report = await processReport(coordinator, id);
		expect(report.materials[0]!.changes.map((change) => [change.after, change.author])).toEqual([
			['Vrai ou faux', null],
			['Un jeu pour en parler', 'Loutre rose']
		]);
		const everything = JSON.stringify(report) + reportCsv(report, 'fr');
		expect(everything).not.toContain(worrying);
		expect(everything).not.toContain('Renard bleu');
		expect(everything).toContain('une jeune du groupe');
	});

	it('names each change of a story by its place, and a choice by its words, in the page and the CSV', async () => {
		const { id, phase } = await process();
		await phase('creation');
		const made = await createMaterial(youth[0]!, id, {
			title: 'La soirée de Léa',
			kind: 'scenario',
			language: 'fr',
			keyAspectIds: []
		});
		if (made.outcome !== 'created') throw new Error('held');
		await writeStory(youth[0]!, id, made.id);
		const report = await processReport(coordinator, id);
		const ending = report.materials[0]!.changes.find((change) => change.after === 'yes')!;
		expect(ending.place).toMatchObject({ field: 'ending', part: { kind: 'passage', number: 2 } });
		const csv = reportCsv(report, 'fr');
		expect(csv).toContain('Passage 1 — Choix 1');
		expect(csv).toContain('Oui, c’est une fin');
		// Raw places never show: neither a text's path nor a part added empty.
		expect(csv).not.toMatch(/· passages\.|[+-]passage\.\d/);
	});

	it('gives proposals with youth and adult support, and commitments with their history, as CSV with formulas escaped', async () => {
		const { id, phase } = await process();
		await phase('dialogue');
		await propose(youth[0]!, id, { proposal: '=1+1 plus de sorties', whoActs: 'team' });
		const waiting = (await boardView(facilitator, id)).proposals[0]!;
		await moderateComment(facilitator, id, waiting.id, 'approve');
		for (const teen of youth.slice(0, 5)) await support(teen, id, waiting.id, true);
		await support(facilitator, id, waiting.id, true);
		const commitmentId = await commit(facilitator, id, {
			proposalId: waiting.id,
			what: 'Une sortie par mois',
			owner: 'La direction',
			dueOn: '2027-03-01',
			doneMeans: 'Le calendrier les montre.'
		});
		await followUp(facilitator, id, { commitmentId, status: 'done', note: 'Calendrier affiché.' });
		const report = await processReport(facilitator, id, new Date('2027-04-01T12:00:00Z'));
		const [proposal] = report.proposals;
		// 5 of 7 support: the 2 who did not would be a small group.
		expect(proposal).toMatchObject({ youthSupport: 'hidden', adultSupport: 1, byYouth: true });
		expect(proposal!.commitments[0]!.history.map((update) => update.status)).toEqual([
			'planned',
			'done'
		]);
		expect(proposal!.commitments[0]!.overdue).toBe(false);
		const csv = reportCsv(report, 'fr');
		expect(csv.split('\n')[0]).toContain('Partie,Élément,Détail,Valeur');
		expect(csv).toContain("'=1+1 plus de sorties");
		expect(csv).toContain('Calendrier affiché.');
	});

	it('is read only by the process’s adults, and each reading is audited', async () => {
		const { id } = await process();
		await refused(processReport(youth[0]!, id));
		await refused(processReport(outsider, id));
		await processReport(facilitator, id);
		const audit = await listAudit(coordinator, { organisationId, action: 'cocreation.report' });
		expect(audit.some((entry) => entry.targetId === id)).toBe(true);
	});
});
