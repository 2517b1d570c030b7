import { describe, expect, it } from 'vitest';
import {
	initialExitKeyState,
	pressKey,
	type ExitKeyState,
	type KeyPress
} from './quick-exit-keys.ts';

function run(presses: KeyPress[]): (number | null)[] {
	let state: ExitKeyState = initialExitKeyState;
	return presses.map((press) => {
		const result = pressKey(state, press);
		state = result.state;
		return result.remaining;
	});
}

describe('quick exit from the keyboard', () => {
	it('exits on the third Shift press within five seconds, saying how many presses remain', () => {
		expect(
			run([
				{ key: 'Shift', time: 0 },
				{ key: 'Shift', time: 1000 },
				{ key: 'Shift', time: 2000 }
			])
		).toEqual([2, 1, 0]);
	});

	it('also exits on Escape pressed three times', () => {
		expect(
			run([
				{ key: 'Escape', time: 0 },
				{ key: 'Escape', time: 100 },
				{ key: 'Escape', time: 200 }
			])
		).toEqual([2, 1, 0]);
	});

	it('starts again when the presses are spread over more than five seconds', () => {
		expect(
			run([
				{ key: 'Shift', time: 0 },
				{ key: 'Shift', time: 3000 },
				{ key: 'Shift', time: 5001 }
			])
		).toEqual([2, 1, 2]);
	});

	it('does not count Shift held to type a capital letter, and another key resets the count', () => {
		expect(
			run([
				{ key: 'Shift', time: 0 },
				{ key: 'Shift', time: 100 },
				{ key: 'A', shiftKey: true, time: 200 },
				{ key: 'Shift', time: 300 }
			])
		).toEqual([2, 1, null, 2]);
	});

	it('does not count presses made with Control, Alt or Command held, or auto-repeats', () => {
		expect(
			run([
				{ key: 'Shift', time: 0 },
				{ key: 'Shift', time: 50, repeat: true },
				{ key: 'Shift', time: 100, ctrlKey: true },
				{ key: 'Shift', time: 200 }
			])
		).toEqual([2, null, null, 2]);
	});

	it('does not mix Shift and Escape', () => {
		expect(
			run([
				{ key: 'Shift', time: 0 },
				{ key: 'Shift', time: 10 },
				{ key: 'Escape', time: 20 }
			])
		).toEqual([2, 1, 2]);
	});
});
