// Checks where cards go on printed sheets: nine a page, and backs mirrored row by row so that printing on
// both sides puts every answer behind its statement.
import { describe, expect, it } from 'vitest';
import { CARDS_PER_PAGE, COLUMNS, printSheets, type Sheet } from './print-layout.ts';

/** Cards named by their place in the deck: c0, c1, … */
const cards = (count: number) => Array.from({ length: count }, (_, i) => `c${i}`);

/** Where a card printed at `place` on the front lands on the back, once the sheet is flipped. */
const behind = (place: number) =>
	Math.floor(place / COLUMNS) * COLUMNS + (COLUMNS - 1 - (place % COLUMNS));

const gaps = (count: number) => Array.from({ length: count }, () => null);

describe('printed card sheets', () => {
	it('hold nine cards a sheet, three by three, in the order of the deck', () => {
		expect(CARDS_PER_PAGE).toBe(9);
		expect(COLUMNS).toBe(3);
		const sheets = printSheets(cards(18));
		expect(sheets).toHaveLength(2);
		expect(sheets[0]!.fronts).toEqual(cards(18).slice(0, 9));
		expect(sheets[1]!.fronts).toEqual(cards(18).slice(9));
	});

	it('mirror each row on the back, left and right swapped, rows kept in place', () => {
		expect(printSheets(cards(9))).toEqual([
			{
				fronts: ['c0', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8'],
				backs: ['c2', 'c1', 'c0', 'c5', 'c4', 'c3', 'c8', 'c7', 'c6']
			}
		]);
	});

	it('fill the last sheet partly, keeping empty places so that the grid stays aligned', () => {
		const sheets = printSheets(cards(11));
		expect(sheets).toHaveLength(2);
		expect(sheets[1]).toEqual({
			fronts: ['c9', 'c10', ...gaps(7)],
			backs: [null, 'c10', 'c9', ...gaps(6)]
		});
	});

	it('put a single card top left on the front and top right on the back', () => {
		expect(printSheets(cards(1))).toEqual([
			{ fronts: ['c0', ...gaps(8)], backs: [null, null, 'c0', ...gaps(6)] }
		]);
	});

	it('print no sheet for a deck without cards', () => {
		expect(printSheets([])).toEqual([]);
	});

	it('put every card behind itself, once on a front and once on a back, for any deck size', () => {
		for (let count = 1; count <= 40; count++) {
			const deck = cards(count);
			const sheets: Sheet<string>[] = printSheets(deck);
			expect(sheets, `${count} cards`).toHaveLength(Math.ceil(count / 9));
			for (const sheet of sheets) {
				expect(sheet.fronts).toHaveLength(9);
				expect(sheet.backs).toHaveLength(9);
				sheet.fronts.forEach((front, place) =>
					expect(sheet.backs[behind(place)], `${count} cards, place ${place}`).toBe(front)
				);
			}
			expect(sheets.flatMap((sheet) => sheet.fronts.filter((item) => item !== null))).toEqual(deck);
			expect(sheets.flatMap((sheet) => sheet.backs.filter((item) => item !== null)).sort()).toEqual(
				[...deck].sort()
			);
		}
	});

	it('place the cards themselves, not copies', () => {
		const deck = [{ id: 'card-a' }, { id: 'card-b' }];
		const [sheet] = printSheets(deck);
		expect(sheet!.fronts[0]).toBe(deck[0]);
		expect(sheet!.backs[1]).toBe(deck[1]);
	});
});
