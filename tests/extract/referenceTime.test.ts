import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { insideQuote, referenceDay, speaksOfPresent } from '../../src/extract/referenceTime.ts';
import type { Unit } from '../../src/extract/recognize/numbers.ts';

describe('speaksOfPresent', () => {
	it.each([
		['Today the company employs 2,000 people.', true],
		['Officials said on Thursday that talks would resume.', true],
		['The bank is cutting jobs, and its rivals have done the same.', true],
		['The army crossed the river in 1920 and captured the town.', false],
		['On Sunday, December 7, 1941, aircraft attacked the harbour and sank four ships.', false],
		['The mill was sold in 1946. Its owners moved to Ohio.', false],
		['The bank said profits fell, and analysts told clients to sell.', true],
		['Allied and United fly to Denver, which is their hub.', true],
	])('reads %j as speaking of the present: %s', (paragraph, present) => {
		expect(speaksOfPresent(paragraph)).toBe(present);
	});
});

describe('referenceDay', () => {
	const dct = { y: 2009, m: 6, d: 15 };
	const day = { y: 1920, m: 9, d: 18 };
	it.each([
		['a month after a stated month', '1920-03', 'month', { y: 1920, m: 3, d: 15 }],
		['a year after a stated year', '1920', 'year', { y: 1920, m: 6, d: 15 }],
		['a quarter after a stated quarter', '1988-Q3', 'quarter', { y: 1988, m: 8, d: 15 }],
		['a month after a stated year, from the latest day', '1921', 'month', day],
		['a day after a stated month, from the latest day', '1921-03', 'day', day],
	] as const)('counts %s', (_case, value, unit, expected) => {
		const reference = { value, day, narrative: true };
		expect(referenceDay({ dct, reference }, unit as Unit)).toEqual(expected);
	});

	it('counts from the document date before the text states any date', () => {
		expect(referenceDay({ dct }, 'day')).toEqual(dct);
	});
});

describe('insideQuote', () => {
	it.each([
		['He said “we will win” on Monday', 28, false],
		['He said “we will win on Monday', 24, true],
		['He said ``we will win on Monday', 24, true],
		["He said ``we will win'' on Monday", 28, false],
		['He said "we will win on Monday', 24, true],
		['He said "we will win" on Monday', 28, false],
	])('reads %j at %i as inside a quotation: %s', (text, offset, inside) => {
		expect(insideQuote(text, offset)).toBe(inside);
	});

	it('counts the marks as a left-to-right search for each would', () => {
		const plain = (text: string, offset: number) => {
			const before = text.slice(0, offset);
			const count = (re: RegExp) => before.match(re)?.length ?? 0;
			return count(/“|``/g) > count(/”|''/g) || count(/"/g) % 2 === 1;
		};
		const text = fc.array(fc.constantFrom('“', '”', '"', '`', "'", 'a', ' '), { maxLength: 20 });
		fc.assert(
			fc.property(text, fc.integer({ min: -25, max: 25 }), (chars, offset) => {
				const s = chars.join('');
				expect(insideQuote(s, offset)).toBe(plain(s, offset));
			}),
		);
	});
});
