// The starter content every new organisation receives: the files under content/ (a program, its workshops,
// decks and scenarios, reviewable by people who do not read code), read and checked once, turned into a
// content package and installed through the import path organisations use, published.
import { buildPackage } from '#lib/domain/programs/package.ts';
import type { Executor } from '../db/client.ts';
import { systemActor, type Actor } from '../platform/actor.ts';
import { reactWithin } from '../platform/events.ts';
import { installStarterPackage } from '../programs/service.ts';
import { CONTENT_FILES } from './files.ts';
import { formatProblems, readContent, type StarterContent } from './read.ts';

let cached: { content: StarterContent; packageText: string } | null = null;

/** The starter content; a file with a problem stops here with every problem as file:line. */
function starter(): { content: StarterContent; packageText: string } {
	if (cached) return cached;
	const read = readContent(CONTENT_FILES);
	if (!read.ok)
		throw new Error(`The starter content has problems:\n${formatProblems(read.problems)}`);
	const { program, tools } = read.content;
	const packaged = buildPackage(
		1,
		program,
		tools.map((tool) => ({ type: tool.type, id: tool.id, version: 1, document: tool.document })),
		new Date(0)
	);
	cached = { content: read.content, packageText: JSON.stringify(packaged) };
	return cached;
}

/** The starter content as read from content/, for the content checks. */
export function starterContent(): StarterContent {
	return starter().content;
}

/** Gives an organisation the starter program and tools, published. Only the system seeds. */
export async function seedStarterContent(
	actor: Actor,
	organisationId: string,
	database?: Executor
): Promise<string> {
	return installStarterPackage(actor, organisationId, starter().packageText, database);
}

/** Every new organisation starts with the starter content, published. */
export function registerStarterReactions(): void {
	reactWithin('organisation.created', 'starter.content', ({ organisationId }, { database }) =>
		seedStarterContent(systemActor('organisation-created'), organisationId, database).then(() => {})
	);
}
