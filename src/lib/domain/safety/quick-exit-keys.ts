// Counts the key presses that trigger quick exit: Shift (or Escape) three times within five seconds, alone.
export const PRESSES_TO_EXIT = 3;
export const WINDOW_MS = 5_000;

export type KeyPress = {
	key: string;
	time: number;
	repeat?: boolean;
	ctrlKey?: boolean;
	altKey?: boolean;
	metaKey?: boolean;
	/** Only meaningful for keys other than Shift: Shift held while pressing another key. */
	shiftKey?: boolean;
};

export type ExitKeyState = { key: string | null; count: number; firstAt: number };

export type ExitKeyResult = {
	state: ExitKeyState;
	/** Presses still needed (0 means exit now); null when this press did not count. */
	remaining: number | null;
};

export const initialExitKeyState: ExitKeyState = { key: null, count: 0, firstAt: 0 };

const TRIGGERS = new Set(['Shift', 'Escape']);

/**
 * The next state after a key press. A press counts when it is Shift or Escape pressed on its own (no other
 * modifier held, not an auto-repeat); any other key resets the count, and so does switching between
 * Shift and Escape or waiting longer than five seconds from the first press.
 */
export function pressKey(state: ExitKeyState, press: KeyPress): ExitKeyResult {
	if (press.repeat) return { state, remaining: null };
	const alone =
		!press.ctrlKey && !press.altKey && !press.metaKey && (press.key === 'Shift' || !press.shiftKey);
	if (!TRIGGERS.has(press.key) || !alone) {
		return { state: initialExitKeyState, remaining: null };
	}
	const continues =
		state.key === press.key && state.count > 0 && press.time - state.firstAt <= WINDOW_MS;
	const next: ExitKeyState = continues
		? { key: press.key, count: state.count + 1, firstAt: state.firstAt }
		: { key: press.key, count: 1, firstAt: press.time };
	const remaining = PRESSES_TO_EXIT - next.count;
	if (remaining <= 0) return { state: initialExitKeyState, remaining: 0 };
	return { state: next, remaining };
}
