// The branching scenario as a kind of workshop tool (see src/lib/domain/tools/tool-kind.ts).
import { defineToolKind } from '../tools/tool-kind.ts';
import { scenarioLive } from './live.ts';
import { emptyScenario, scenarioDocument } from './scenario.ts';
import { validateScenario } from './validation.ts';

export const scenarioKind = defineToolKind({
	type: 'scenario',
	segment: 'scenarios',
	labels: {
		plural: 'tools.scenarios',
		one: 'tools.scenario',
		empty: 'tools.scenarios_empty',
		create: 'tools.create_scenario',
		play: 'tools.play_scenario'
	},
	schema: scenarioDocument,
	validate: validateScenario,
	title: (document) => document.title,
	empty: emptyScenario,
	package: { key: 'scenarios' },
	activity: {
		kind: 'scenario',
		label: 'programs.kind_scenario',
		field: 'scenarioId',
		missing: 'programs.problem_choose_scenario',
		choose: 'editor.choose_scenario',
		live: scenarioLive
	}
});
