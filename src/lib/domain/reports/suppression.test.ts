// Small-number suppression: no count under the threshold shows, and no hidden count can be worked out from what
// shows (checked on every small partition with fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { partition, share, THRESHOLD, total } from './suppression.ts';

describe('small numbers in reports', () => {
	it('hides a count of people under the threshold, and shows nobody as zero', () => {
		expect(total(4)).toBe('hidden');
		expect(total(5)).toBe(5);
		expect(total(0)).toBe(0);
		expect(total(9, THRESHOLD.exploitation)).toBe('hidden');
	});

	it('hides a share when it, the rest, or the whole group is small', () => {
		expect(share(7, 12)).toBe(7);
		expect(share(3, 12)).toBe('hidden');
		// 9 of 12 would tell that 3 did not.
		expect(share(9, 12)).toBe('hidden');
		expect(share(12, 12)).toBe(12);
		expect(share(0, 12)).toBe(0);
		expect(share(2, 4)).toBe('hidden');
		expect(share(0, 4)).toBe('hidden');
	});

	it('hides a second cell when one alone is hidden, so it cannot be worked out from the total', () => {
		expect(partition({ yes: 8, maybe: 6, no: 2, pass: 0 })).toEqual({
			cells: { yes: 8, maybe: 'hidden', no: 'hidden', pass: 0 },
			total: 16
		});
		expect(partition({ yes: 3, no: 1 })).toEqual({
			cells: { yes: 'hidden', no: 'hidden' },
			total: 'hidden'
		});
		expect(partition({ yes: 9, no: 2, pass: 0 })).toEqual({
			cells: { yes: 'hidden', no: 'hidden', pass: 0 },
			total: 11
		});
	});

	it('never shows a small cell, nor lets a hidden cell be recovered from the rest (any partition)', () => {
		fc.assert(
			fc.property(fc.array(fc.nat(20), { minLength: 1, maxLength: 6 }), (values) => {
				const counts = Object.fromEntries(values.map((value, index) => [`k${index}`, value]));
				const { cells, total: sum } = partition(counts);
				const shown = Object.values(cells);
				for (const cell of shown) if (cell !== 'hidden') expect(cell === 0 || cell >= 5).toBe(true);
				if (sum !== 'hidden') {
					expect(sum === 0 || sum >= 5).toBe(true);
					const hidden = Object.keys(cells).filter((key) => cells[key] === 'hidden');
					// With the total known, the hidden cells' sum is known: it must not be a small group itself
					// (one hidden cell alone would be exactly that sum).
					const hiddenSum = hidden.reduce((acc, key) => acc + counts[key]!, 0);
					expect(hiddenSum >= 5 || hiddenSum === 0).toBe(true);
					if (hidden.length === 1) expect(counts[hidden[0]!]).toBeGreaterThanOrEqual(5);
				}
			})
		);
	});
});
