// Every kind of the registry has its editor and its player, found by folder.
import { describe, expect, it } from 'vitest';
import { TOOL_SEGMENTS } from '#lib/domain/tools/registry.ts';
import { editorSegments, toolEditor } from './tool-editors.ts';
import { loadToolPlayer, playerSegments } from './tool-players.ts';

describe('the components of the tool kinds', () => {
	it('are there for every kind of the registry, and for no kind it does not have', async () => {
		expect(editorSegments).toEqual([...TOOL_SEGMENTS].sort());
		expect(playerSegments).toEqual([...TOOL_SEGMENTS].sort());
		for (const segment of TOOL_SEGMENTS) {
			expect(typeof toolEditor(segment)).toBe('function');
			expect(typeof (await loadToolPlayer(segment))).toBe('function');
		}
		await expect(loadToolPlayer('quizzes')).rejects.toThrow('The player of "quizzes" is missing.');
	});
});
