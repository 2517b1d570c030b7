// Phase 2 of a co-creation process on a real database (PGlite and PostgreSQL): the group drafts a deck one text at
// a time; youth hold the pen (an adult's edit to a youth's text is a suggestion a co-designer accepts or
// declines; a setting relaxes it, audited); every change has an author in the history; credit by pseudonym only
// with her consent, gone everywhere once withdrawn; the authors' editor cannot bypass the rule; key aspects show
// which material covers them.
import { beforeAll, describe, expect, it } from 'vitest';
import { registerAllCatalogues } from '#lib/i18n/all.ts';
import { decks } from '../cards/service.ts';
import { useTestDatabase } from '../db/test-database.ts';
import { createGroup } from '../identity/groups.ts';
import { createOrganisation } from '../identity/organisations.ts';
import { addParticipant, participantActor } from '../identity/participants.ts';
import { createAdult, failsWith, refused } from '../identity/test-people.ts';
import { heldForMe } from '../moderation/service.ts';
import type { ParticipantActor, UserActor } from '../platform/actor.ts';
import { listAudit } from '../platform/audit.ts';
import { creditsOf } from '../platform/content-store.ts';
import { db } from '../db/client.ts';
import { eq } from 'drizzle-orm';
import { cocreationMaterial } from './schema.ts';
import { STORY, writeStory, writeWorkshop } from './test-materials.ts';
import {
	addPart,
	createMaterial,
	createProcess,
	decideSuggestion,
	materialView,
	moveToPhase,
	processView,
	recordKeyAspect,
	removePart,
	setAdultsEditDirectly,
	setCredit,
	writeText
} from './service.ts';

useTestDatabase();

let organisationId: string;
let coordinator: UserActor;
let facilitator: UserActor;
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
	outsider = await createAdult({ memberships: { [elsewhere]: 'coordinator' } });
	const options = { approvalRequired: false, expiresInDays: null };
	groupId = await createGroup(facilitator, organisationId, { name: 'Co-design', ...options });
	const other = await createGroup(facilitator, organisationId, { name: 'Autre', ...options });
	youth = [];
	for (const pseudonym of ['Renard bleu', 'Loutre rose', 'Chat vert']) {
		const added = await addParticipant(facilitator, groupId, pseudonym, 'fr');
		youth.push((await participantActor(added.userId))!);
	}
	const teen = await addParticipant(facilitator, other, 'Hibou gris', 'fr');
	otherGroupTeen = (await participantActor(teen.userId))!;
});

/** A process with a key aspect, moved to its creation phase. */
async function inCreation(): Promise<{ id: string; aspectId: string }> {
	const id = await createProcess(facilitator, organisationId, {
		title: 'Notre atelier',
		purpose: '',
		dotsPerPerson: 3,
		groupId,
		allyIds: []
	});
	await recordKeyAspect(youth[0]!, id, {
		text: 'Parler des réseaux sociaux',
		why: '',
		findingIds: []
	});
	const view = await processView(facilitator, id);
	await moveToPhase(facilitator, id, view.phases.find((phase) => phase.kind === 'creation')!.id);
	return { id, aspectId: view.keyAspects[0]!.id };
}

async function deckBy(
	who: ParticipantActor | UserActor,
	id: string,
	aspectIds: string[] = []
): Promise<string> {
	const made = await createMaterial(who, id, {
		title: 'Vrai ou faux : les réseaux',
		kind: 'deck',
		language: 'fr',
		keyAspectIds: aspectIds
	});
	if (made.outcome !== 'created') throw new Error('held');
	return made.id;
}

const slot = async (
	reader: ParticipantActor | UserActor,
	id: string,
	material: string,
	path: string
) => (await materialView(reader, id, material)).slots.find((item) => item.path === path)!;

describe('material the group drafts', () => {
	it('is started by a co-designer, covers the key aspects it names, and is written one text at a time', async () => {
		const { id, aspectId } = await inCreation();
		const before = await processView(youth[1]!, id);
		expect(before.keyAspects[0]!.coveredBy).toEqual([]);
		const material = await deckBy(youth[0]!, id, [aspectId]);
		await addPart(youth[1]!, id, material, { op: 'card' });
		const view = await materialView(youth[1]!, id, material);
		const statement = view.slots.find((item) => item.field === 'statement')!;
		expect(
			await writeText(youth[1]!, id, material, {
				path: statement.path,
				text: 'Un inconnu gentil en ligne veut toujours ton bien.'
			})
		).toBe('saved');
		await writeText(youth[1]!, id, material, {
			path: statement.path.replace('statement', 'answer'),
			text: 'myth'
		});
		const after = await slot(youth[2]!, id, material, statement.path);
		expect([after.value, after.lastBy, after.fromYouth]).toEqual([
			'Un inconnu gentil en ligne veut toujours ton bien.',
			'Loutre rose',
			true
		]);
		const process = await processView(youth[2]!, id);
		expect(process.keyAspects[0]!.coveredBy).toEqual([
			{ id: material, title: 'Vrai ou faux : les réseaux' }
		]);
		expect(process.materials[0]).toMatchObject({ size: { count: 1 }, waiting: 0 });
	});

	it('keeps youth holding the pen: an adult’s edit to a youth’s text waits for a co-designer, who accepts one and declines another', async () => {
		const { id } = await inCreation();
		const material = await deckBy(youth[0]!, id);
		await addPart(youth[0]!, id, material, { op: 'card' });
		const [statement, , explanation] = (await materialView(youth[0]!, id, material)).slots.filter(
			(item) => item.part?.number === 1
		);
		await writeText(youth[0]!, id, material, { path: statement!.path, text: 'Texte de Renard' });
		await writeText(youth[0]!, id, material, { path: explanation!.path, text: 'Pourquoi' });
		// An empty text nobody wrote yet: the adult writes it directly.
		const source = (await materialView(youth[0]!, id, material)).slots.find(
			(item) => item.field === 'source'
		)!;
		expect(
			await writeText(facilitator, id, material, { path: source.path, text: 'Recherche 2025' })
		).toBe('saved');
		// A youth's text: suggestions.
		expect(
			await writeText(facilitator, id, material, { path: statement!.path, text: 'Texte adulte' })
		).toBe('suggested');
		expect(
			await writeText(coordinator, id, material, { path: explanation!.path, text: 'Autre' })
		).toBe('suggested');
		let view = await materialView(youth[1]!, id, material);
		const waiting = view.slots.flatMap((item) => item.suggestions);
		expect(waiting.map((item) => [item.proposed, item.author])).toEqual([
			['Texte adulte', facilitator.name],
			['Autre', coordinator.name]
		]);
		expect((await slot(youth[1]!, id, material, statement!.path)).value).toBe('Texte de Renard');
		// Adults never decide a suggestion; a co-designer does.
		await refused(decideSuggestion(facilitator, id, waiting[0]!.id, true));
		await decideSuggestion(youth[1]!, id, waiting[0]!.id, true);
		await decideSuggestion(youth[2]!, id, waiting[1]!.id, false);
		await failsWith(
			decideSuggestion(youth[2]!, id, waiting[1]!.id, true),
			'cocreation.already_decided'
		);
		view = await materialView(youth[0]!, id, material);
		expect(view.slots.find((item) => item.path === statement!.path)!.value).toBe('Texte adulte');
		// Accepted, the adult's words are the group's: another adult edit is a suggestion again.
		expect(
			await writeText(coordinator, id, material, { path: statement!.path, text: 'Encore' })
		).toBe('suggested');
		expect(view.slots.find((item) => item.path === explanation!.path)!.value).toBe('Pourquoi');
		expect(view.declined.map((item) => [item.proposed, item.decidedBy])).toEqual([
			['Autre', 'Chat vert']
		]);
		// The history: every change with its author, newest first (the card added too); the accepted one says
		// who accepted it.
		expect(
			view.history.map((change) => [
				change.change,
				change.field,
				change.after,
				change.author,
				change.acceptedBy
			])
		).toEqual([
			['text', 'statement', 'Texte adulte', facilitator.name, 'Loutre rose'],
			['text', 'source', 'Recherche 2025', facilitator.name, null],
			['text', 'explanation', 'Pourquoi', 'Renard bleu', null],
			['text', 'statement', 'Texte de Renard', 'Renard bleu', null],
			['added', '', '', 'Renard bleu', null],
			['text', 'title', 'Vrai ou faux : les réseaux', 'Renard bleu', null]
		]);
	});

	it('refuses a suggestion accepted after the text changed, so nobody’s words are undone', async () => {
		const { id } = await inCreation();
		const material = await deckBy(youth[0]!, id);
		expect(await writeText(facilitator, id, material, { path: 'title', text: 'Autre titre' })).toBe(
			'suggested'
		);
		await writeText(youth[0]!, id, material, { path: 'title', text: 'Mon titre à moi' });
		const [suggestion] = (await materialView(youth[1]!, id, material)).slots[0]!.suggestions;
		await failsWith(
			decideSuggestion(youth[1]!, id, suggestion!.id, true),
			'cocreation.suggestion_outdated'
		);
	});

	it('lets adults edit directly only when the process says so, and audits the setting', async () => {
		const { id } = await inCreation();
		const material = await deckBy(youth[0]!, id);
		await refused(setAdultsEditDirectly(youth[0]!, id, true));
		await setAdultsEditDirectly(facilitator, id, true);
		expect(
			await writeText(facilitator, id, material, { path: 'title', text: 'Titre adulte' })
		).toBe('saved');
		const audit = await listAudit(coordinator, { organisationId, action: 'cocreation.pen' });
		expect(audit.some((entry) => entry.targetId === id)).toBe(true);
	});

	it('passes a youth’s words through the moderation: personal information refused, a disclosure held', async () => {
		const { id } = await inCreation();
		const material = await deckBy(youth[0]!, id);
		await failsWith(
			writeText(youth[1]!, id, material, {
				path: 'description',
				text: 'Écris-moi : lea@example.com'
			}),
			'moderation.personal_information'
		);
		const worrying = 'comme moi, il me fait voir ses amis pour payer ce que je lui dois';
		expect(await writeText(youth[1]!, id, material, { path: 'description', text: worrying })).toBe(
			'held'
		);
		expect((await slot(youth[0]!, id, material, 'description')).value).toBe('');
		expect((await heldForMe(facilitator)).map((held) => held.text)).toContain(worrying);
	});

	it('is written only in the phases that turn drafting on, by the process’s people, and never through the authors’ editor', async () => {
		const { id } = await inCreation();
		const material = await deckBy(youth[0]!, id);
		await refused(writeText(otherGroupTeen, id, material, { path: 'title', text: 'x' }));
		await refused(materialView(outsider, id, material));
		await refused(writeText(youth[0]!, id, material, { path: 'cards.nope.statement', text: 'x' }));
		const [row] = await db()
			.select({ itemId: cocreationMaterial.itemId })
			.from(cocreationMaterial)
			.where(eq(cocreationMaterial.id, material));
		await failsWith(decks.forAuthoring(coordinator, row!.itemId), 'content.managed');
		expect((await decks.list(coordinator, organisationId)).map((item) => item.id)).not.toContain(
			row!.itemId
		);
		await moveToPhase(facilitator, id, (await processView(facilitator, id)).phases[0]!.id);
		await failsWith(
			writeText(youth[0]!, id, material, { path: 'title', text: 'Plus tard' }),
			'cocreation.not_in_this_phase'
		);
	});
});

describe('credit by pseudonym', () => {
	it('shows only with her consent, and disappears everywhere once she withdraws it', async () => {
		const { id } = await inCreation();
		const material = await deckBy(youth[0]!, id);
		await writeText(youth[1]!, id, material, {
			path: 'description',
			text: 'Un jeu pour en parler'
		});
		const [row] = await db()
			.select({ itemId: cocreationMaterial.itemId })
			.from(cocreationMaterial)
			.where(eq(cocreationMaterial.id, material));
		expect(await creditsOf(row!.itemId)).toEqual([]);
		expect((await processView(youth[0]!, id)).credit).toBeNull();
		await setCredit(youth[0]!, id, true);
		await setCredit(youth[1]!, id, true);
		expect(await creditsOf(row!.itemId)).toEqual(['Renard bleu', 'Loutre rose']);
		await setCredit(youth[0]!, id, false);
		expect(await creditsOf(row!.itemId)).toEqual(['Loutre rose']);
		expect((await processView(youth[0]!, id)).credit).toBe(false);
		await refused(setCredit(facilitator, id, true));
		await refused(setCredit(otherGroupTeen, id, true));
		const audit = await listAudit(coordinator, { organisationId, action: 'cocreation.credit' });
		expect(audit.map((entry) => entry.action)).toContain('cocreation.credit_withdrawn');
	});
});

describe('taking out an empty part', () => {
	it('takes out a card nothing is written on, not while a suggestion waits on it, and only for the group', async () => {
		const { id } = await inCreation();
		const material = await deckBy(youth[0]!, id);
		await addPart(youth[0]!, id, material, { op: 'card' });
		const card = (await materialView(youth[0]!, id, material)).removals[0]!.at;
		const statement = `cards.${card}.statement`;
		// She wrote, then cleared her text: the card is empty, but the text is hers, so the adult suggests.
		await writeText(youth[0]!, id, material, { path: statement, text: 'Un brouillon' });
		await writeText(youth[0]!, id, material, { path: statement, text: '' });
		expect(await writeText(facilitator, id, material, { path: statement, text: 'Une idée' })).toBe(
			'suggested'
		);
		await failsWith(removePart(youth[1]!, id, material, card), 'cocreation.suggestion_waiting');
		const waiting = await slot(youth[1]!, id, material, statement);
		await decideSuggestion(youth[1]!, id, waiting.suggestions[0]!.id, false);
		await refused(removePart(outsider, id, material, card));
		await refused(removePart(otherGroupTeen, id, material, card));
		await removePart(youth[1]!, id, material, card);
		const view = await materialView(youth[1]!, id, material);
		expect([view.slots.some((item) => item.part), view.removals]).toEqual([false, []]);
		await failsWith(removePart(youth[1]!, id, material, card), 'cocreation.cannot_remove');
	});
});

describe('a story the group writes', () => {
	async function storyBy(who: ParticipantActor | UserActor, id: string): Promise<string> {
		const made = await createMaterial(who, id, {
			title: 'La soirée de Léa',
			kind: 'scenario',
			language: 'fr',
			keyAspectIds: []
		});
		if (made.outcome !== 'created') throw new Error('held');
		return made.id;
	}

	it('grows one choice at a time: a choice adds the passage it leads to, which can become an ending', async () => {
		const { id } = await inCreation();
		const material = await storyBy(youth[0]!, id);
		const fresh = await materialView(youth[1]!, id, material);
		// A first passage to write, no choice and no ending yet: the group is told what to sort out.
		expect(fresh.structure.map((item) => [item.key, item.part])).toEqual([
			['material.problem.no_ending', null],
			['material.problem.no_choice', 1]
		]);
		expect(fresh.additions).toEqual([
			{ op: 'choice', at: expect.any(String), part: 1, label: 'material.add_choice' }
		]);
		const { start, ending } = await writeStory(youth[1]!, id, material);
		const view = await materialView(youth[2]!, id, material);
		expect([view.problems, view.structure]).toEqual([0, []]);
		expect(view.slots.filter((item) => item.part?.number === 2).map((item) => item.field)).toEqual([
			'speaker',
			'text',
			'ending',
			'warning_signs',
			'protective_strategies',
			'help'
		]);
		const leadsTo = view.slots.find((item) => item.field === 'leads_to')!;
		expect([leadsTo.value, leadsTo.choices!.map((choice) => choice.value)]).toEqual([
			ending,
			[ending]
		]);
		expect(view.slots.find((item) => item.path === `passages.${start}.text`)).toMatchObject({
			value: STORY.start,
			lastBy: 'Loutre rose',
			part: { kind: 'passage', number: 1, tags: ['start'] }
		});
		// An ending has no choice to add; asking anyway is refused.
		expect(view.additions.map((item) => item.at)).toEqual([start]);
		await failsWith(
			addPart(youth[1]!, id, material, { op: 'choice', at: ending }),
			'cocreation.cannot_add'
		);
		const process = await processView(youth[0]!, id);
		expect(process.materials[0]).toMatchObject({
			kind: 'scenario',
			title: 'La soirée de Léa',
			size: { key: 'cocreation.material_passages', count: 2 }
		});
	});

	it('makes an adult’s change to the shape of a youth’s passage a suggestion, and refuses adding to it', async () => {
		const { id } = await inCreation();
		const material = await storyBy(youth[0]!, id);
		const { start, ending } = await writeStory(youth[0]!, id, material);
		// The youth adds a second choice; the adult cannot add a third to her passage.
		await addPart(youth[0]!, id, material, { op: 'choice', at: start });
		await failsWith(
			addPart(facilitator, id, material, { op: 'choice', at: start }),
			'cocreation.youth_part'
		);
		const [first, second] = (await materialView(facilitator, id, material)).slots.filter(
			(item) => item.field === 'leads_to'
		);
		// She wrote the passage and its first choice: where any of its choices leads is hers to decide.
		expect([first!.held, second!.held]).toEqual([true, true]);
		const third = second!.value;
		expect(await writeText(facilitator, id, material, { path: first!.path, text: third })).toBe(
			'suggested'
		);
		await writeText(youth[0]!, id, material, { path: second!.path, text: ending });
		let view = await materialView(facilitator, id, material);
		expect(view.structure).toContainEqual({ key: 'material.problem.unreachable', part: 3 });
		// A passage that is not there is no choice.
		await failsWith(
			writeText(youth[0]!, id, material, { path: second!.path, text: 'nowhere' }),
			'validation.invalid'
		);
		view = await materialView(youth[1]!, id, material);
		const waiting = view.slots.find((item) => item.path === first!.path)!;
		expect([waiting.value, waiting.suggestions.map((item) => item.proposed)]).toEqual([
			ending,
			[third]
		]);
		await decideSuggestion(youth[1]!, id, waiting.suggestions[0]!.id, true);
		view = await materialView(youth[1]!, id, material);
		expect(view.structure).not.toContainEqual({ key: 'material.problem.unreachable', part: 3 });
		expect(view.history[0]).toMatchObject({
			change: 'text',
			field: 'leads_to',
			number: 1,
			after: third,
			acceptedBy: 'Loutre rose'
		});
		// What was added is in the history too, with its place at that moment and who added it.
		expect(view.history.filter((item) => item.change === 'added')).toEqual([
			expect.objectContaining({
				part: expect.objectContaining({ kind: 'passage', number: 1 }),
				field: 'choice',
				number: 2,
				author: 'Renard bleu'
			}),
			expect.objectContaining({
				part: expect.objectContaining({ kind: 'passage', number: 1 }),
				field: 'choice',
				number: 1,
				author: 'Renard bleu'
			})
		]);
	});

	it('keeps a suggestion on a text no longer shown within reach, to decline', async () => {
		const { id } = await inCreation();
		const material = await storyBy(youth[0]!, id);
		const { ending } = await writeStory(youth[0]!, id, material);
		const help = `passages.${ending}.debrief.help`;
		expect(await writeText(facilitator, id, material, { path: help, text: 'Le 119' })).toBe(
			'suggested'
		);
		// The passage is no longer an ending: its debrief is no longer shown, the suggestion still waits.
		await writeText(youth[0]!, id, material, { path: `passages.${ending}.ending`, text: 'no' });
		const view = await materialView(youth[1]!, id, material);
		expect(view.slots.some((item) => item.path === help)).toBe(false);
		expect(view.elsewhere).toEqual([
			{ id: expect.any(String), proposed: 'Le 119', author: facilitator.name }
		]);
		await decideSuggestion(youth[1]!, id, view.elsewhere[0]!.id, false);
		expect((await materialView(youth[1]!, id, material)).elsewhere).toEqual([]);
		expect((await processView(youth[1]!, id)).materials[0]!.waiting).toBe(0);
	});
});

describe('a workshop the group writes', () => {
	it('is built activity by activity, questions added one at a time, its length checked against its activities', async () => {
		const { id } = await inCreation();
		const made = await createMaterial(youth[0]!, id, {
			title: 'Nos réseaux, nos règles',
			kind: 'workshop',
			language: 'fr',
			keyAspectIds: []
		});
		if (made.outcome !== 'created') throw new Error('held');
		const fresh = await materialView(youth[1]!, id, made.id);
		expect(fresh.structure).toEqual([{ key: 'material.problem.no_activity', part: null }]);
		expect(fresh.additions.map((item) => item.op)).toEqual([
			'activity-discussion',
			'activity-reflection',
			'activity-check-in',
			'activity-grounding',
			'activity-break'
		]);
		const [discussion] = await writeWorkshop(youth[1]!, id, made.id);
		let view = await materialView(youth[2]!, id, made.id);
		expect([view.problems, view.structure]).toEqual([0, []]);
		expect(
			view.slots
				.filter((item) => item.part?.number === 1)
				.map((item) => [item.field, item.number ?? null])
		).toEqual([
			['title', null],
			['participant_text', null],
			['prompt', 1],
			['prompt', 2],
			['minutes_of', null],
			['goals', null],
			['how_to', null],
			['disclosure', null]
		]);
		expect(view.slots.find((item) => item.path === 'title')!.value).toBe('Nos réseaux, nos règles');
		// Longer activities than the workshop: the group is told, on the workshop itself.
		await writeText(youth[2]!, id, made.id, {
			path: `activities.${discussion}.minutes`,
			text: '45'
		});
		await writeText(youth[2]!, id, made.id, { path: 'minutes', text: '30' });
		view = await materialView(youth[2]!, id, made.id);
		expect(view.structure).toEqual([{ key: 'material.problem.too_long', part: null }]);
		await failsWith(
			writeText(youth[2]!, id, made.id, { path: 'minutes', text: '31' }),
			'validation.invalid'
		);
		const process = await processView(youth[0]!, id);
		expect(process.materials[0]).toMatchObject({
			kind: 'workshop',
			size: { key: 'cocreation.material_activities', count: 2 }
		});
	});
});
