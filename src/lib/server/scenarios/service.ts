// Scenario verbs: branching stories written by coordinators, checked as a graph before publishing,
// published as immutable versions and played one passage at a time. Storage: platform/content-store.ts.
import type { Localized } from '#lib/domain/programs/document.ts';
import {
	emptyScenario,
	scenarioDocument,
	type ScenarioDocument
} from '#lib/domain/scenarios/scenario.ts';
import { validateScenario } from '#lib/domain/scenarios/validation.ts';
import type { Executor } from '../db/client.ts';
import type { Actor } from '../platform/actor.ts';
import { contentStore } from '../platform/content-store.ts';
import { STARTER_SCENARIOS } from './starter-scenarios.ts';

export const scenarios = contentStore<ScenarioDocument>({
	type: 'scenario',
	schema: scenarioDocument,
	validate: validateScenario,
	title: (document) => document.title
});

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

export function createScenario(
	actor: Actor,
	organisationId: string,
	title: Localized
): Promise<string> {
	return scenarios.create(actor, organisationId, emptyScenario(title));
}

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
