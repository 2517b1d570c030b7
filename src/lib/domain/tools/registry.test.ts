// A kind of workshop tool is one registry entry: a throw-away kind registered beside the real ones gets its
// program activity and its place in content packages, with no other code naming it.
import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { activityKindsFor } from '../programs/activity-kinds.ts';
import {
	buildPackage,
	contentPackageFor,
	packagedTools,
	readPackage
} from '../programs/package.ts';
import { completeProgram } from '../programs/test-documents.ts';
import { TOOL_REGISTRY, TOOL_SEGMENTS } from './registry.ts';
import { quizKind } from './test-kinds.ts';
import type { AnyToolKind } from './tool-kind.ts';

const registry = [...TOOL_REGISTRY, quizKind] as unknown as AnyToolKind[];
const quizId = '7c9e6679-7425-40de-944b-e07fc1f90ae7';

describe('the registry of tool kinds', () => {
	it('lists each kind once, with its own address segment, content type and package key', () => {
		for (const key of ['type', 'segment'] as const)
			expect(new Set(TOOL_REGISTRY.map((kind) => kind[key])).size).toBe(TOOL_REGISTRY.length);
		expect(new Set(TOOL_REGISTRY.map((kind) => kind.package.key)).size).toBe(TOOL_REGISTRY.length);
		expect(TOOL_SEGMENTS).toEqual(['decks', 'scenarios', 'videos']);
	});

	it('gives a new kind its program activity: an empty choice, then a real id it refers to', () => {
		const activity = activityKindsFor(registry).find((kind) => kind.kind === 'quiz')!;
		expect(activity.label).toBe('programs.kind_card_game');
		const settings = activity.settings as z.ZodType<Record<string, string>>;
		expect(settings.safeParse({ quizId: '' }).success).toBe(true);
		expect(settings.safeParse({ quizId: 'a'.repeat(36) }).success).toBe(false);
		const chosen = settings.parse({ quizId });
		expect(activity.references?.(chosen as never)).toEqual([{ type: 'quiz', id: quizId }]);
		expect(activity.check({ quizId: '' } as never, ['fr'])).toEqual([
			{ key: 'programs.problem_choose_deck', field: 'settings.quizId' }
		]);
	});

	it('gives a new kind its place in content packages, out and back in', () => {
		const quiz = { title: { fr: 'Quiz', en: 'Quiz' }, questions: [{ fr: 'Q ?', en: 'Q?' }] };
		const built = buildPackage(
			1,
			completeProgram(),
			[{ type: 'quiz', id: quizId, version: 2, document: quiz }],
			new Date('2026-12-01T00:00:00Z'),
			registry
		);
		expect(built.references.quizzes).toEqual([{ id: quizId, version: 2, document: quiz }]);
		const read = readPackage(JSON.stringify(built), contentPackageFor(registry));
		expect(read.ok).toBe(true);
		if (read.ok)
			expect(packagedTools(read.value, registry)).toEqual([
				{ type: 'quiz', id: quizId, version: 2, document: quiz }
			]);
		// Without the kind in the registry, the same file is not a package this platform reads.
		expect(readPackage(JSON.stringify(built)).ok).toBe(false);
	});
});
