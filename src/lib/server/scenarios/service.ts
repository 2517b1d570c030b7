// Scenario verbs: branching stories written by coordinators, checked as a graph before publishing, published
// as immutable versions and played one passage at a time. Their store comes from the tool registry
// (tools/service.ts); this module adds the starter scenarios every organisation begins with.
import type { ScenarioDocument } from '#lib/domain/scenarios/scenario.ts';
import type { Executor } from '../db/client.ts';
import { systemActor, type Actor } from '../platform/actor.ts';
import { reactWithin } from '../platform/events.ts';
import { toolStore } from '../tools/service.ts';
import { STARTER_SCENARIOS } from './starter-scenarios.ts';

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

/** The starter scenarios, published, in the organisation; their ids in the order of STARTER_SCENARIOS. */
export async function seedStarterScenarios(
	actor: Actor,
	organisationId: string,
	database?: Executor
): Promise<string[]> {
	const ids: string[] = [];
	for (const document of STARTER_SCENARIOS)
		ids.push(await scenarios.seed(actor, organisationId, document, database));
	return ids;
}

/** Every new organisation starts with the starter scenarios, published. */
export function registerScenariosReactions(): void {
	reactWithin('organisation.created', 'scenarios.starter', ({ organisationId }, { database }) =>
		seedStarterScenarios(systemActor('organisation-created'), organisationId, database).then(
			() => {}
		)
	);
}
