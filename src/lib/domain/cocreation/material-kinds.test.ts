// The kinds of material a group can start are exactly those with rules, and each kind's texts can be written.
import { describe, expect, it } from 'vitest';
import { MATERIAL_KIND_SPECS, MATERIAL_KINDS, materialKind } from './material-kinds.ts';
import { deckKind } from '../cards/kind.ts';
import { activityKind } from '../programs/activity-kinds.ts';
import { programDocument, type ProgramDocument } from '../programs/document.ts';
import { scenarioKind } from '../scenarios/kind.ts';
import { TOOL_REGISTRY } from '../tools/registry.ts';
import { workshopMaterial } from './kinds/workshop.ts';
import { inContext, slotAt, withAddition, withRemoval, withText } from './materials.ts';
import { deckMaterial } from './kinds/deck.ts';
import { scenarioMaterial } from './kinds/scenario.ts';

/** Whether the content store would keep the document: its kind's schema, and each activity's settings. */
const STORED: Record<string, (document: unknown) => boolean> = {
	deck: (document) => deckKind.schema.safeParse(document).success,
	scenario: (document) => scenarioKind.schema.safeParse(document).success,
	workshop: (document) =>
		programDocument.safeParse(document).success &&
		(document as ProgramDocument).workshops.every((workshop) =>
			workshop.activities.every(
				(activity) => activityKind(activity.kind)!.settings.safeParse(activity.settings).success
			)
		)
};

let counter = 0;
const newId = () => `part-${++counter}-id`;
/** One published tool of each kind, as the organisation would offer them. */
const context = {
	tools: TOOL_REGISTRY.map((tool, index) => ({
		activity: tool.activity.kind,
		id: `00000000-0000-4000-8000-00000000000${index}`,
		title: `Outil ${index}`
	}))
};

describe('the kinds of material', () => {
	it('offer a group exactly the kinds that have their rules', () => {
		expect(MATERIAL_KIND_SPECS.map((spec) => spec.kind)).toEqual([...MATERIAL_KINDS]);
	});

	it.each(MATERIAL_KINDS)(
		'let every text of a %s be written, and refuse what does not fit',
		(kind) => {
			const spec = inContext(materialKind(kind), context);
			let document = spec.create('Un titre', 'fr', newId);
			// One of everything that can be added, then one more of each part's additions.
			for (const addition of spec.additions(document))
				document = withAddition(spec, document, 'fr', addition.op, addition.at, newId)!;
			for (const addition of spec.additions(document))
				document = withAddition(spec, document, 'fr', addition.op, addition.at, newId)!;
			expect(spec.count(document)).toBeGreaterThan(0);
			expect(STORED[kind]!(document)).toBe(true);
			for (const slot of spec.slots(document, 'fr')) {
				const value = slot.choices ? slot.choices.at(-1)!.value : `Texte de ${slot.path}`;
				const next = withText(spec, document, 'fr', slot.path, value);
				expect(next, slot.path).not.toBeNull();
				// What is written is what the page reads back and what the store keeps; too long, or a value that
				// is not one of the choices (a passage leading to itself), is refused.
				expect(slotAt(spec, next!, 'fr', slot.path)?.value).toBe(value);
				expect(STORED[kind]!(next), slot.path).toBe(true);
				const wrong = slot.choices ? (slot.path.split('.')[1] ?? 'x') : 'x'.repeat(slot.max + 1);
				expect(withText(spec, document, 'fr', slot.path, wrong), slot.path).toBeNull();
				document = next!;
			}
			expect(spec.title(document, 'fr')).toBe('Texte de title');
			expect(withText(spec, document, 'fr', 'nowhere.at.all', 'x')).toBeNull();
			expect(withAddition(spec, document, 'fr', 'nothing-we-know', null, newId)).toBeNull();
		}
	);

	it('let a workshop play only the tools the organisation offers, named by their titles', () => {
		const bare = workshopMaterial;
		const document = bare.create('Atelier', 'fr', newId);
		expect(bare.additions(document).map((item) => item.op)).not.toContain('activity-card-game');
		const spec = inContext(bare, context);
		const withGame = withAddition(spec, document, 'fr', 'activity-card-game', null, newId)!;
		const tool = spec.slots(withGame, 'fr').find((slot) => slot.field === 'tool')!;
		expect([tool.value, tool.choices]).toEqual([
			'',
			[{ value: context.tools[0]!.id, label: 'material.tool_named', preview: 'Outil 0' }]
		]);
		const chosen = withText(spec, withGame, 'fr', tool.path, context.tools[0]!.id)!;
		expect(chosen.workshops[0]!.activities[0]!.settings).toEqual({ deckId: context.tools[0]!.id });
		expect(withText(spec, withGame, 'fr', tool.path, context.tools[1]!.id)).toBeNull();
	});

	it('take out only a card nothing is written on', () => {
		let deck = deckMaterial.create('Jeu', 'fr', newId);
		deck = withAddition(deckMaterial, deck, 'fr', 'card', null, newId)!;
		deck = withAddition(deckMaterial, deck, 'fr', 'card', null, newId)!;
		const [first, second] = deck.cards.map((card) => card.id);
		deck = withText(deckMaterial, deck, 'fr', `cards.${first}.statement`, 'Écrit')!;
		expect(deckMaterial.removals(deck, 'fr').map((item) => item.at)).toEqual([second]);
		expect(withRemoval(deckMaterial, deck, 'fr', first!)).toBeNull();
		expect(withRemoval(deckMaterial, deck, 'fr', second!)!.cards.map((card) => card.id)).toEqual([
			first
		]);
	});

	it('take out an empty passage with the unwritten choice leading to it, never the start', () => {
		let story = scenarioMaterial.create('Histoire', 'fr', newId);
		expect(scenarioMaterial.removals(story, 'fr')).toEqual([]);
		story = withAddition(scenarioMaterial, story, 'fr', 'choice', story.start, newId)!;
		const added = story.passages[1]!.id;
		const [removal] = scenarioMaterial.removals(story, 'fr');
		expect(removal).toMatchObject({ at: added, part: 2 });
		const without = withRemoval(scenarioMaterial, story, 'fr', added)!;
		expect([without.passages.length, without.passages[0]!.choices]).toEqual([1, []]);
		// Once its choice is written, the passage stays: someone's words would go with it.
		const choice = story.passages[0]!.choices[0]!.id;
		story = withText(
			scenarioMaterial,
			story,
			'fr',
			`passages.${story.start}.choices.${choice}.label`,
			'Elle répond'
		)!;
		expect(withRemoval(scenarioMaterial, story, 'fr', added)).toBeNull();
	});

	it('take out an empty activity, or the empty last question of a discussion', () => {
		let workshop = workshopMaterial.create('Atelier', 'fr', newId);
		workshop = withAddition(workshopMaterial, workshop, 'fr', 'activity-discussion', null, newId)!;
		const activity = workshop.workshops[0]!.activities[0]!.id;
		expect(workshopMaterial.removals(workshop, 'fr').map((item) => item.at)).toEqual([activity]);
		workshop = withAddition(workshopMaterial, workshop, 'fr', 'prompt', activity, newId)!;
		workshop = withText(
			workshopMaterial,
			workshop,
			'fr',
			`activities.${activity}.settings.prompts.0`,
			'Une question'
		)!;
		expect(workshopMaterial.removals(workshop, 'fr').map((item) => item.at)).toEqual([
			`${activity}.prompts`
		]);
		const fewer = withRemoval(workshopMaterial, workshop, 'fr', `${activity}.prompts`)!;
		expect(fewer.workshops[0]!.activities[0]!.settings).toEqual({
			prompts: [{ fr: 'Une question', en: '' }]
		});
		// One question left: it stays, the activity has something written.
		expect(workshopMaterial.removals(fewer, 'fr')).toEqual([]);
	});
});
