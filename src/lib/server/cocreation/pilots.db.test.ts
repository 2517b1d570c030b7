// Phase 3 of a co-creation process on a real database (PGlite and PostgreSQL): a pilot of the group's deck with
// another group runs as a live session on a published version of the draft; the peers answer anonymously (one
// answer each, "I pass" allowed), their words pass the moderation and wait for approval, then the co-design group
// reads them without names; a change can answer a feedback ("we heard / we changed"); finalising publishes the
// material with its credits. The pilot is not a workshop of the peers' program.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerAllCatalogues } from '#lib/i18n/all.ts';
import { eq } from 'drizzle-orm';
import { decks } from '../cards/service.ts';
import { listPrograms, programs } from '../programs/service.ts';
import { db } from '../db/client.ts';
import { useTestDatabase } from '../db/test-database.ts';
import { cocreationMaterial } from './schema.ts';
import type { MaterialKind } from '#lib/domain/cocreation/material-kinds.ts';
import { STORY, writeStory, writeWorkshop } from './test-materials.ts';
import { createGroup } from '../identity/groups.ts';
import { createOrganisation } from '../identity/organisations.ts';
import { addParticipant, participantActor } from '../identity/participants.ts';
import { createAdult, failsWith, refused } from '../identity/test-people.ts';
import {
	controlView,
	joinSession,
	moveSession,
	myProgress,
	setSessionStatus
} from '../live/service.ts';
import { heldForMe } from '../moderation/service.ts';
import type { ParticipantActor, UserActor } from '../platform/actor.ts';
import {
	addPart,
	createMaterial,
	createProcess,
	feedbackToGive,
	finaliseMaterial,
	giveFeedback,
	materialView,
	moderateFeedback,
	moveToPhase,
	planPilot,
	processView,
	setCredit,
	startPilot,
	writeText
} from './service.ts';

useTestDatabase();

let organisationId: string;
let coordinator: UserActor;
let facilitator: UserActor;
let youth: ParticipantActor[];
let peers: ParticipantActor[];
let groupId: string;
let peerGroup: string;

beforeAll(async () => {
	registerAllCatalogues();
	const admin = await createAdult({ admin: true });
	organisationId = await createOrganisation(admin, { name: 'Organisme A' });
	coordinator = await createAdult({ memberships: { [organisationId]: 'coordinator' } });
	facilitator = await createAdult({ memberships: { [organisationId]: 'facilitator' } });
	const options = { approvalRequired: false, expiresInDays: null };
	groupId = await createGroup(facilitator, organisationId, { name: 'Co-design', ...options });
	peerGroup = await createGroup(facilitator, organisationId, { name: 'Les pairs', ...options });
	youth = [];
	for (const pseudonym of ['Renard bleu', 'Loutre rose']) {
		const added = await addParticipant(facilitator, groupId, pseudonym, 'fr');
		youth.push((await participantActor(added.userId))!);
	}
	peers = [];
	for (const pseudonym of ['Hibou gris', 'Merle noir', 'Pie grise']) {
		const added = await addParticipant(facilitator, peerGroup, pseudonym, 'fr');
		peers.push((await participantActor(added.userId))!);
	}
});

/** A process in its pilot phase whose group wrote material of `kind` with `write`. */
async function writtenForPilot(
	kind: MaterialKind,
	title: string,
	write: (writer: ParticipantActor, id: string, material: string) => Promise<unknown>
): Promise<{ id: string; material: string }> {
	const id = await createProcess(facilitator, organisationId, {
		title: 'Notre atelier',
		purpose: '',
		dotsPerPerson: 3,
		groupId,
		allyIds: []
	});
	const phases = (await processView(facilitator, id)).phases;
	await moveToPhase(facilitator, id, phases.find((phase) => phase.kind === 'creation')!.id);
	const made = await createMaterial(youth[0]!, id, {
		title,
		kind,
		language: 'fr',
		keyAspectIds: []
	});
	if (made.outcome !== 'created') throw new Error('held');
	await write(youth[0]!, id, made.id);
	await moveToPhase(facilitator, id, phases.find((phase) => phase.kind === 'pilot')!.id);
	return { id, material: made.id };
}

/** A process in its pilot phase with a complete deck of one card, written by the co-designers. */
function readyToPilot(): Promise<{ id: string; material: string }> {
	return writtenForPilot('deck', 'Vrai ou faux', async (writer, id, material) => {
		await addPart(writer, id, material, { op: 'card' });
		const texts: Record<string, string> = {
			description: 'Un jeu pour parler des réseaux.',
			statement: 'Un « cadeau » en ligne peut servir à créer une dette.',
			explanation: 'Un cadeau qui crée une dette sert à garder le contrôle.'
		};
		for (const slot of (await materialView(writer, id, material)).slots)
			if (texts[slot.field])
				await writeText(youth[1]!, id, material, { path: slot.path, text: texts[slot.field]! });
	});
}

/** A process whose group wrote material of `kind` with `write`, now piloted with the peers: its live session. */
async function piloted(
	kind: MaterialKind,
	title: string,
	write: (writer: ParticipantActor, id: string, material: string) => Promise<unknown>
): Promise<{ id: string; material: string; sessionId: string }> {
	const { id, material } = await writtenForPilot(kind, title, write);
	const pilotId = await planPilot(facilitator, id, {
		materialId: material,
		groupId: peerGroup,
		plannedOn: null
	});
	return { id, material, sessionId: await startPilot(facilitator, id, pilotId) };
}

/** Starts the pilot, the peers who take part join it from their phones, and it ends. */
async function pilotWith(id: string, pilotId: string, present: ParticipantActor[]): Promise<void> {
	const sessionId = await startPilot(facilitator, id, pilotId);
	for (const peer of present) await joinSession(peer, sessionId);
	await setSessionStatus(facilitator, sessionId, 'closed');
}

describe('a pilot with peers', () => {
	it('runs as a live session of the draft with the peers’ group, outside their program', async () => {
		const { id, material } = await readyToPilot();
		await failsWith(
			planPilot(facilitator, id, { materialId: material, groupId, plannedOn: null }),
			'cocreation.pilot_other_group'
		);
		await refused(
			planPilot(youth[0]!, id, { materialId: material, groupId: peerGroup, plannedOn: null })
		);
		const pilotId = await planPilot(facilitator, id, {
			materialId: material,
			groupId: peerGroup,
			plannedOn: '2027-01-15'
		});
		const sessionId = await startPilot(facilitator, id, pilotId);
		const control = await controlView(facilitator, sessionId, 'fr');
		expect(control.plan.map((activity) => [activity.kind, activity.title])).toEqual([
			['card-game', 'Vrai ou faux']
		]);
		await failsWith(startPilot(facilitator, id, pilotId), 'cocreation.pilot_started');
		const [pilot] = (await processView(youth[0]!, id)).pilots;
		expect(pilot).toMatchObject({ group: 'Les pairs', version: 1, feedbackOpen: true });
		// The peers' home does not count the pilot as a workshop of their program.
		await setSessionStatus(facilitator, sessionId, 'closed');
		expect((await myProgress(peers[0]!))?.program ?? null).toBeNull();
	});

	it('plays a story the group wrote as a scenario the peers vote through, up to its debrief', async () => {
		const { sessionId } = await piloted('scenario', 'La soirée de Léa', writeStory);
		const control = await controlView(facilitator, sessionId, 'fr');
		expect(control.plan.map((activity) => [activity.kind, activity.title])).toEqual([
			['scenario', 'La soirée de Léa']
		]);
		// The room reads the first passage and votes on its one choice.
		expect(control.screen.lines).toContain(STORY.start);
		expect(control.screen.question?.options.map((option) => option.label)).toContain(STORY.choice);
		// The facilitator follows the room's choice: the ending the group wrote, with its debrief in full.
		await moveSession(facilitator, sessionId, { action: 'choose', position: 0 });
		const ending = (await controlView(facilitator, sessionId, 'fr')).screen;
		expect([ending.lines, ending.debrief?.help]).toEqual([[STORY.ending], STORY.debrief.help]);
		await setSessionStatus(facilitator, sessionId, 'closed');
	});

	it('is refused while the material still misses texts', async () => {
		const { id } = await readyToPilot();
		const made = await createMaterial(youth[0]!, id, {
			title: 'Pas fini',
			kind: 'deck',
			language: 'fr',
			keyAspectIds: []
		});
		if (made.outcome !== 'created') throw new Error('held');
		const pilotId = await planPilot(facilitator, id, {
			materialId: made.id,
			groupId: peerGroup,
			plannedOn: null
		});
		await failsWith(startPilot(facilitator, id, pilotId), 'content.not_publishable');
	});
});

describe('the peers’ feedback', () => {
	it('is anonymous, one answer each, approved before the co-design group reads it, and linked to the changes it brought', async () => {
		const { id, material } = await readyToPilot();
		const pilotId = await planPilot(facilitator, id, {
			materialId: material,
			groupId: peerGroup,
			plannedOn: null
		});
		// Two of the three peers take part; the feedback is for them.
		await pilotWith(id, pilotId, peers.slice(0, 2));
		expect((await feedbackToGive(peers[0]!)).map((form) => form.pilotId)).toContain(pilotId);
		expect(await feedbackToGive(peers[2]!)).toEqual([]);
		await refused(
			giveFeedback(peers[2]!, pilotId, {
				worked: 'x',
				didNot: '',
				recommend: 'yes',
				suggestions: ''
			})
		);
		await refused(
			giveFeedback(youth[0]!, pilotId, {
				worked: 'x',
				didNot: '',
				recommend: 'yes',
				suggestions: ''
			})
		);
		expect(
			await giveFeedback(peers[0]!, pilotId, {
				worked: 'Les cartes sont claires.',
				didNot: 'Trop de texte sur la carte 1.',
				recommend: 'yes',
				suggestions: ''
			})
		).toBe('sent');
		// She passes on every question but one.
		await giveFeedback(peers[1]!, pilotId, {
			worked: '',
			didNot: '',
			recommend: 'pass',
			suggestions: ''
		});
		await failsWith(
			giveFeedback(peers[0]!, pilotId, {
				worked: 'encore',
				didNot: '',
				recommend: 'no',
				suggestions: ''
			}),
			'cocreation.feedback_given'
		);
		expect((await feedbackToGive(peers[0]!)).map((form) => form.pilotId)).not.toContain(pilotId);
		expect((await processView(youth[0]!, id)).pilots[0]!.feedback).toEqual([]);
		const waiting = (await processView(facilitator, id)).pilots[0]!;
		expect(waiting.answers).toBe(2);
		await refused(moderateFeedback(youth[0]!, id, waiting.feedback[0]!.id, 'approve'));
		for (const item of waiting.feedback)
			await moderateFeedback(facilitator, id, item.id, 'approve');
		const seen = (await processView(youth[0]!, id)).pilots[0]!.feedback;
		expect(seen.map((item) => [item.didNot, item.recommend])).toEqual([
			['Trop de texte sur la carte 1.', 'yes'],
			['', 'pass']
		]);
		expect(JSON.stringify(seen)).not.toMatch(/Hibou|Merle|respondent/);

		// We heard / we changed: a co-designer shortens the card, answering that feedback.
		const statement = (await materialView(youth[1]!, id, material)).slots.find(
			(slot) => slot.field === 'statement'
		)!;
		await writeText(youth[1]!, id, material, {
			path: statement.path,
			text: 'Un « cadeau » peut créer une dette.',
			answers: [seen[0]!.id]
		});
		const heard = (await processView(youth[0]!, id)).heard;
		expect(heard.map((item) => [item.feedback.didNot, item.changes.map((c) => c.after)])).toEqual([
			['Trop de texte sur la carte 1.', ['Un « cadeau » peut créer une dette.']]
		]);
	});

	it('passes the moderation: a disclosure is held for the peers’ own designated facilitator, and kept nowhere else', async () => {
		const { id, material } = await readyToPilot();
		const pilotId = await planPilot(facilitator, id, {
			materialId: material,
			groupId: peerGroup,
			plannedOn: null
		});
		await pilotWith(id, pilotId, peers);
		await failsWith(
			giveFeedback(peers[2]!, pilotId, {
				worked: 'écris-moi à pie@example.com',
				didNot: '',
				recommend: 'maybe',
				suggestions: ''
			}),
			'moderation.personal_information'
		);
		const worrying = 'ça me rappelle chez moi, il me frappe quand je veux pas';
		expect(
			await giveFeedback(peers[2]!, pilotId, {
				worked: '',
				didNot: worrying,
				recommend: 'maybe',
				suggestions: ''
			})
		).toBe('held');
		expect((await processView(facilitator, id)).pilots[0]!.answers).toBe(0);
		expect((await heldForMe(facilitator)).map((held) => held.text)).toContain(worrying);
	});
});

describe('finalising', () => {
	it('offers the organisation the material only once finalised (a pilot’s version is the pilot’s), with credits for those who consented', async () => {
		const { id, material } = await readyToPilot();
		const [row] = await db()
			.select({ itemId: cocreationMaterial.itemId })
			.from(cocreationMaterial)
			.where(eq(cocreationMaterial.id, material));
		const offered = async () =>
			(await decks.list(peers[0]!, organisationId)).map((item) => item.id);
		const pilotId = await planPilot(facilitator, id, {
			materialId: material,
			groupId: peerGroup,
			plannedOn: null
		});
		await pilotWith(id, pilotId, peers);
		expect(await offered()).not.toContain(row!.itemId);
		await refused(decks.version(peers[0]!, row!.itemId, 'latest'));
		await setCredit(youth[1]!, id, true);
		await refused(finaliseMaterial(youth[0]!, id, material));
		expect(await finaliseMaterial(coordinator, id, material)).toBe(2);
		expect((await processView(youth[0]!, id)).materials[0]!.finalVersion).toBe(2);
		expect(await offered()).toContain(row!.itemId);
		const played = await decks.version(peers[0]!, row!.itemId, 'latest');
		expect([played.coCreated, played.credits]).toEqual([true, ['Loutre rose']]);
	});

	it('runs a workshop the group wrote as it is, then offers it as a program, credited with consent', async () => {
		const { id, material, sessionId } = await piloted(
			'workshop',
			'Nos réseaux, nos règles',
			writeWorkshop
		);
		const control = await controlView(facilitator, sessionId, 'fr');
		// The group's own activities, with their own titles and notes for whoever leads them.
		expect(control.plan.map((activity) => [activity.kind, activity.minutes])).toEqual([
			['discussion', 10],
			['break', 5]
		]);
		expect(control.screen.lines).toEqual(['participant_text 5', 'prompt 6']);
		expect(control.notes.map((note) => note.html)).toContain('<p>how_to 9</p>\n');
		await setSessionStatus(facilitator, sessionId, 'closed');

		const [row] = await db()
			.select({ itemId: cocreationMaterial.itemId })
			.from(cocreationMaterial)
			.where(eq(cocreationMaterial.id, material));
		const offered = async () =>
			(await listPrograms(facilitator, organisationId)).map((item) => item.id);
		expect(await offered()).not.toContain(row!.itemId);
		await setCredit(youth[0]!, id, true);
		await finaliseMaterial(coordinator, id, material);
		expect(await offered()).toContain(row!.itemId);
		const guide = await programs.version(facilitator, row!.itemId, 'latest');
		expect([guide.coCreated, guide.credits]).toEqual([true, ['Renard bleu']]);
	});

	it('lets the group’s workshop play its own deck once finalised, in the pilot as everywhere', async () => {
		const { id, material: deck } = await readyToPilot();
		const [row] = await db()
			.select({ itemId: cocreationMaterial.itemId })
			.from(cocreationMaterial)
			.where(eq(cocreationMaterial.id, deck));
		const made = await createMaterial(youth[0]!, id, {
			title: 'Notre atelier',
			kind: 'workshop',
			language: 'fr',
			keyAspectIds: []
		});
		if (made.outcome !== 'created') throw new Error('held');
		// Another deck of the group, still a draft.
		const draft = await createMaterial(youth[1]!, id, {
			title: 'Brouillon',
			kind: 'deck',
			language: 'fr',
			keyAspectIds: []
		});
		if (draft.outcome !== 'created') throw new Error('held');
		const [draftRow] = await db()
			.select({ itemId: cocreationMaterial.itemId })
			.from(cocreationMaterial)
			.where(eq(cocreationMaterial.id, draft.id));
		await finaliseMaterial(coordinator, id, deck);
		await addPart(youth[0]!, id, made.id, { op: 'activity-card-game' });
		await writeWorkshop(youth[0]!, id, made.id);
		const tool = (await materialView(youth[0]!, id, made.id)).slots.find(
			(slot) => slot.field === 'tool'
		)!;
		// Only what the organisation can use is offered: the finalised deck, not the draft.
		expect(tool.choices).toContainEqual({
			value: row!.itemId,
			label: 'material.tool_named',
			preview: 'Vrai ou faux'
		});
		expect(tool.choices!.map((choice) => choice.value)).not.toContain(draftRow!.itemId);
		for (const other of [draftRow!.itemId, randomUUID()])
			await failsWith(
				writeText(youth[0]!, id, made.id, { path: tool.path, text: other }),
				'validation.invalid'
			);
		await writeText(youth[0]!, id, made.id, { path: tool.path, text: row!.itemId });
		const view = await materialView(youth[0]!, id, made.id);
		expect([view.problems, view.structure]).toEqual([0, []]);
		const pilotId = await planPilot(facilitator, id, {
			materialId: made.id,
			groupId: peerGroup,
			plannedOn: null
		});
		const sessionId = await startPilot(facilitator, id, pilotId);
		const control = await controlView(facilitator, sessionId, 'fr');
		expect(control.plan.map((activity) => activity.kind)).toEqual([
			'card-game',
			'discussion',
			'break'
		]);
		expect(control.screen.lines).toContain('Un « cadeau » en ligne peut servir à créer une dette.');
		await setSessionStatus(facilitator, sessionId, 'closed');
	});
});
