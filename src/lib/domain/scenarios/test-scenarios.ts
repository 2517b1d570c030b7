// Test helper: small scenario passages with every text filled in both languages.
import { emptyScenario, newPassage, type Passage, type ScenarioDocument } from './scenario.ts';

export const both = (text: string) => ({ fr: `${text} (fr)`, en: `${text} (en)` });

/** A passage with a choice to each target, named `to-<target>`. */
export function passage(id: string, to: string[]): Passage {
	return {
		...newPassage(id),
		text: both(id),
		choices: to.map((target) => ({ id: `to-${target}`, label: both(`Vers ${target}`), to: target }))
	};
}

/** An ending with its whole debrief. */
export function ending(id: string): Passage {
	return {
		...newPassage(id, true),
		text: both(id),
		debrief: {
			warningSigns: both('Signes'),
			protectiveStrategies: both('Se protéger'),
			help: both('Aide')
		}
	};
}

/** A short scenario that can be published: a start with one choice to an ending. */
export function completeScenario(title = 'Histoire'): ScenarioDocument {
	return {
		...emptyScenario({ fr: title, en: `${title} (en)` }),
		summary: both('Résumé'),
		start: 'start',
		passages: [passage('start', ['end']), ending('end')]
	};
}
