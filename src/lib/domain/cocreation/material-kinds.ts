// The kinds of material a co-design group can draft: one line each (their rules are in kinds/).
import type { MaterialKindSpec } from './materials.ts';
import { deckMaterial } from './kinds/deck.ts';
import { scenarioMaterial } from './kinds/scenario.ts';
import { workshopMaterial } from './kinds/workshop.ts';

export const MATERIAL_KIND_SPECS = [deckMaterial, scenarioMaterial, workshopMaterial] as const;

/** Their names, as forms and the database know them (material-kinds.test.ts keeps both lists in step). */
export const MATERIAL_KINDS = ['deck', 'scenario', 'workshop'] as const;
export type MaterialKind = (typeof MATERIAL_KINDS)[number];

/** The rules of a material kind. */
export function materialKind(kind: MaterialKind): MaterialKindSpec<unknown> {
	return MATERIAL_KIND_SPECS.find(
		(spec) => spec.kind === kind
	) as unknown as MaterialKindSpec<unknown>;
}
