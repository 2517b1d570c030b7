// The kinds of material a co-design group can draft: one line each (their rules are in kinds/).
import type { MaterialKindSpec } from './materials.ts';
import { deckMaterial } from './kinds/deck.ts';
import { scenarioMaterial } from './kinds/scenario.ts';

export const MATERIAL_KIND_SPECS = [deckMaterial, scenarioMaterial] as const;

export const MATERIAL_KINDS = [
	'deck',
	'scenario'
] as const satisfies readonly (typeof MATERIAL_KIND_SPECS)[number]['kind'][];
export type MaterialKind = (typeof MATERIAL_KINDS)[number];

/** The rules of a material kind. */
export function materialKind(kind: MaterialKind): MaterialKindSpec<unknown> {
	return MATERIAL_KIND_SPECS.find(
		(spec) => spec.kind === kind
	) as unknown as MaterialKindSpec<unknown>;
}
