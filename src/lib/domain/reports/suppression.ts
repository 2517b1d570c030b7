// Small numbers in reports (DESIGN.md §4 rule 7): a count of people smaller than the threshold is never shown,
// and neither is any count from which a hidden one could be worked out (the rest of a total, the last hidden
// cell of a row whose total shows). Browser-safe: the printed report and its CSV use the same cells.

/** The smallest group a report may show: 5 people, 10 for variables about exploitation. */
export const THRESHOLD = { default: 5, exploitation: 10 } as const;

/** A count as a report shows it: the number, or hidden. */
export type Cell = number | 'hidden';

/** Whether a count of people is too small to show (nobody is not a group: zero shows). */
const small = (count: number, threshold: number) => count > 0 && count < threshold;

/**
 * A count out of a total (how many of the co-designers did something): hidden when it is small, when the rest
 * (total − count) is small, or when the total itself is.
 */
export function share(count: number, total: number, threshold: number = THRESHOLD.default): Cell {
	if (small(total, threshold) || small(count, threshold) || small(total - count, threshold))
		return 'hidden';
	return count;
}

/** A total on its own: hidden when it is small. */
export function total(count: number, threshold: number = THRESHOLD.default): Cell {
	return small(count, threshold) ? 'hidden' : count;
}

/**
 * The cells of a partition (answers split by choice) and their total. Small cells are hidden; then the next
 * smallest cells too, until what the hidden cells add up to (the total minus the shown ones) is not itself a
 * small group, so that no hidden cell can be worked out by subtraction. A small total hides everything.
 */
export function partition<K extends string>(
	counts: Record<K, number>,
	threshold: number = THRESHOLD.default
): { cells: Record<K, Cell>; total: Cell } {
	const keys = Object.keys(counts) as K[];
	const sum = keys.reduce((acc, key) => acc + counts[key], 0);
	const cells = {} as Record<K, Cell>;
	if (small(sum, threshold)) {
		for (const key of keys) cells[key] = 'hidden';
		return { cells, total: 'hidden' };
	}
	for (const key of keys) cells[key] = small(counts[key], threshold) ? 'hidden' : counts[key];
	// Complementary suppression: with the total known, the hidden cells' sum is known too; it must not itself
	// be a small group (one hidden cell alone, or several adding up to fewer than the threshold). Hide the next
	// smallest shown cell until it is not, or, when none is left, the total.
	const hiddenSum = () =>
		keys.filter((key) => cells[key] === 'hidden').reduce((acc, key) => acc + counts[key], 0);
	while (small(hiddenSum(), threshold)) {
		const next = keys
			.filter((key) => cells[key] !== 'hidden' && counts[key] > 0)
			.sort((a, b) => counts[a] - counts[b])[0];
		if (!next) return { cells, total: 'hidden' };
		cells[next] = 'hidden';
	}
	return { cells, total: sum };
}
