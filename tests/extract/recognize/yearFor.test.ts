import { describe, expect, it } from 'vitest';
import { yearFor } from '../../../src/extract/recognize/yearFor.ts';
import type { Tense } from '../../../src/extract/types.ts';

const dct = { y: 2009, m: 6, d: 15 };

describe('yearFor', () => {
	it.each([
		['a date in a story of 1920', 9, 18, 'past', '1920', 1920],
		['a date after the story reached December', 1, 3, 'past', '1929-12', 1930],
		['a date a few months before the story date', 5, 15, 'past', '1920-09-18', 1920],
		['a date more than half a year before it', 2, 1, 'past', '1920-10-20', 1921],
		['a future-in-the-past date before it', 5, 1, 'future', '1920-09-18', 1921],
		['a date in a story told by quarter', 8, 1, 'past', '1988-Q3', 1988],
	] as const)('gives %s the year of the story', (_case, month, day, tense, value, year) => {
		const reference = { value, narrative: true };
		expect(yearFor(month, day, { dct, tense: tense as Tense, reference })).toBe(year);
	});

	it.each([
		['a past date months after the document date', 11, 2, 'past', 2008],
		['a past date weeks before it', 5, 20, 'past', 2009],
		['a future date months before it', 1, 10, 'future', 2010],
	] as const)('gives %s the year nearest the document date', (_case, month, day, tense, year) => {
		const reference = { value: '1920-09-18', narrative: false };
		expect(yearFor(month, day, { dct, tense: tense as Tense, reference })).toBe(year);
	});
});
