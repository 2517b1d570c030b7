// Test helper: small scenario passages with every text filled in both languages.
import { newPassage, type Passage } from './scenario.ts';

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
