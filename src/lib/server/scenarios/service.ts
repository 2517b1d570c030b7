// Scenario verbs: branching stories written by coordinators, checked as a graph before publishing, published
// as immutable versions and played one passage at a time. Their store comes from the tool registry
// (tools/service.ts); the starter scenarios are content/scenarios/ (the starter module).
import type { ScenarioDocument } from '#lib/domain/scenarios/scenario.ts';
import { toolStore } from '../tools/service.ts';

export const scenarios = toolStore<ScenarioDocument>('scenarios');

export const {
	list: listScenarios,
	published: publishedScenarios,
	forAuthoring: scenarioForAuthoring,
	saveDraft: saveScenarioDraft,
	submit: submitScenario,
	publish: publishScenario,
	archive: archiveScenario,
	versions: scenarioVersions,
	version: scenarioVersion
} = scenarios;
