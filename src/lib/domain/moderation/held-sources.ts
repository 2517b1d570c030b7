// Where a youth can write a text that others would read, as the designated facilitator's page names it
// ("care.source.<source>" in the staff catalogue) when the text is held for them.
export const HELD_SOURCES = [
	'live_question',
	'live_answer',
	'cocreation_key_aspect',
	'cocreation_comment',
	'cocreation_proposal',
	'cocreation_board_comment',
	'cocreation_material',
	'cocreation_feedback'
] as const;
export type HeldSource = (typeof HELD_SOURCES)[number];
