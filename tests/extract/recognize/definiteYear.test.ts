import { describe, expect, it } from 'vitest';
import { definiteYear } from '../../../src/extract/recognize/definiteYear.ts';
import { run } from './run.ts';

describe('definiteYear', () => {
	it.each([
		['For the year, pet food volume was flat.', 'the year'],
		['The stock hit a high for the year in June.', 'the year'],
		['Revenue fell through the first nine months of the year.', 'the year'],
		['It expects a loss for the full year.', 'the full year'],
		['Sales were weak earlier in the year.', 'the year'],
	])('reads %j as the year of the document date', (text, phrase) => {
		expect(run(definiteYear, text)).toMatchObject([
			{ text: phrase, type: 'DATE', value: '1998', certain: false },
		]);
	});

	it.each([
		['Net income for the year ended Sept. 30 rose.'],
		['It earned less in the year before.'],
		['Prices fell in the year-ago quarter.'],
		['It was the year of the dragon.'],
		['It happened in the year in which he died.'],
		['The year was hard.'],
	])('leaves %j to other readings', (text) => {
		expect(run(definiteYear, text)).toEqual([]);
	});
});
