// The kinds of material a group can start are exactly those with rules, and each kind's texts can be written.
import { describe, expect, it } from 'vitest';
import { MATERIAL_KIND_SPECS, MATERIAL_KINDS, materialKind } from './material-kinds.ts';
import { TOOL_REGISTRY } from '../tools/registry.ts';
import { workshopMaterial } from './kinds/workshop.ts';
import { inContext, slotAt, withAddition, withText } from './materials.ts';

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
			for (const slot of spec.slots(document, 'fr')) {
				const value = slot.choices ? slot.choices.at(-1)!.value : `Texte de ${slot.path}`;
				const next = withText(spec, document, 'fr', slot.path, value);
				expect(next, slot.path).not.toBeNull();
				// What is written is what the page reads back; too long is refused.
				expect(slotAt(spec, next!, 'fr', slot.path)?.value).toBe(value);
				expect(withText(spec, document, 'fr', slot.path, 'x'.repeat(slot.max + 1))).toBeNull();
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
});
