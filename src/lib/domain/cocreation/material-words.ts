// How a material's parts and texts are named wherever they are shown (the material's page, the process report and
// its CSV): "Passage 3 (an ending)", "Passage 3 — Choice 1", a choice by its label. Given the page's or the file's
// translate function, so that the words are the same in every place.
import type { MessageKey, Translate } from '#lib/i18n/catalogue.ts';
import type { Part, SlotChoice, TextSlot } from './materials.ts';

/** Where a text is: its field, its number among its kind, its part. */
export type Place = Pick<TextSlot, 'field' | 'number' | 'part'>;

export function fieldName(t: Translate, place: Pick<Place, 'field' | 'number'>): string {
	return t(`material.slot.${place.field}` as MessageKey, { number: place.number ?? 0 });
}

export function partLabel(t: Translate, part: Pick<Part, 'kind' | 'number'>): string {
	return t(`material.part.${part.kind}`, { number: part.number });
}

/** A part's heading: "Passage 2 (an ending)", or the material's own texts. */
export function partName(t: Translate, part: Part | null): string {
	if (!part) return t('material.about');
	if (part.tags.length === 0) return partLabel(t, part);
	return t('material.part_tags', {
		part: partLabel(t, part),
		tags: part.tags.map((tag) => t(`material.tag.${tag}` as MessageKey)).join(', ')
	});
}

/** A text's name with its part: "Passage 3 — Choice 1". */
export function placeName(t: Translate, place: Place): string {
	return place.part
		? t('material.part_field', { part: partLabel(t, place.part), field: fieldName(t, place) })
		: fieldName(t, place);
}

export function choiceLabel(t: Translate, choice: SlotChoice): string {
	return t(choice.label, { number: choice.number ?? 0, preview: choice.preview ?? '' });
}

/** A value as people read it: a choice by its label, a text as written. */
export function shownValue(
	t: Translate,
	choices: readonly SlotChoice[] | undefined,
	value: string
): string {
	const choice = choices?.find((item) => item.value === value);
	return choice ? choiceLabel(t, choice) : value;
}
