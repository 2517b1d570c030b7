// A scenario in a live session: the group votes on each choice, the facilitator follows the majority or
// chooses; an ending's debrief is shown in full. The path is the position of each choice taken.
import { hasWords, type LiveBehaviour } from '../live/behaviour.ts';
import type { Passage, ScenarioDocument } from './scenario.ts';
import { passageIndex } from './validation.ts';

/** The passage reached by following `path` from the start, or null if the path leads nowhere. */
export function passageAt(document: ScenarioDocument, path: readonly number[]): Passage | null {
	const index = passageIndex(document);
	let here = document.passages[index.get(document.start) ?? -1];
	for (const position of path) {
		const choice = here?.choices[position];
		here = choice ? document.passages[index.get(choice.to) ?? -1] : undefined;
	}
	return here ?? null;
}

export const scenarioLive: LiveBehaviour<Record<string, string>, ScenarioDocument> = {
	steps: () => 1,
	branches: true,
	question: ({ tool, at }) => {
		const passage = tool ? passageAt(tool, at.path) : null;
		if (!passage || passage.ending || passage.choices.length === 0) return null;
		return {
			options: passage.choices.map((choice, position) => ({
				key: String(position),
				label: { text: choice.label }
			})),
			minimumToShow: 1
		};
	},
	content: ({ activity, tool, at }) => {
		const passage = tool ? passageAt(tool, at.path) : null;
		if (!tool || !passage) return { lines: [activity.participantText] };
		const warning = at.path.length === 0 ? tool.contentWarning : passage.contentWarning;
		return {
			lines: [passage.speaker, passage.text].filter(hasWords),
			...(hasWords(warning) ? { warning } : {}),
			...(passage.ending ? { debrief: passage.debrief } : {})
		};
	}
};
