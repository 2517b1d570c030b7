// Where each card goes on printed sheets: nine a page (three by three), each front page followed by its
// back page. On the back, each row is mirrored, so that printing on both sides (flip on the long edge)
// puts every answer behind its statement. Empty places keep the grid aligned on the last sheet.
export const CARDS_PER_PAGE = 9;
export const COLUMNS = 3;

export type Sheet<T> = { fronts: (T | null)[]; backs: (T | null)[] };

export function printSheets<T>(cards: readonly T[]): Sheet<T>[] {
	const sheets: Sheet<T>[] = [];
	for (let first = 0; first < cards.length; first += CARDS_PER_PAGE) {
		const fronts: (T | null)[] = Array.from(
			{ length: CARDS_PER_PAGE },
			(_, place) => cards[first + place] ?? null
		);
		const backs = fronts.map((_, place) => {
			const row = Math.floor(place / COLUMNS);
			const column = place % COLUMNS;
			return fronts[row * COLUMNS + (COLUMNS - 1 - column)]!;
		});
		sheets.push({ fronts, backs });
	}
	return sheets;
}
