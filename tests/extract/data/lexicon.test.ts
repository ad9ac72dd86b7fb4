import { describe, expect, it } from 'vitest';
import {
	AP_MONTH_ABBREVIATIONS,
	matchAny,
	numberWords,
	ordinalNumeral,
	ordinals,
	parseMonth,
	parseOrdinal,
	parseWeekday,
	unitWords,
} from '../../../src/extract/data/lexicon.ts';

describe('matchAny', () => {
	it('tries longer words first, so a prefix does not cut a word short', () => {
		const re = new RegExp(`^${matchAny(['sep', 'sept', 'september'])}`);
		expect(re.exec('September')?.[0]).toBeUndefined();
		expect(re.exec('september')?.[0]).toBe('september');
		expect(re.exec('sept.')?.[0]).toBe('sept');
	});

	it('escapes characters that mean something in a regex', () => {
		const re = new RegExp(`^${matchAny(['a.m.'])}$`);
		expect(re.test('a.m.')).toBe(true);
		expect(re.test('axmx')).toBe(false);
	});

	it('capitalises each word when asked, for case-sensitive patterns', () => {
		const re = new RegExp(`^${matchAny(['may'], { capitalized: true })}$`);
		expect(re.test('May')).toBe(true);
		expect(re.test('may')).toBe(false);
	});
});

describe('parseMonth', () => {
	it.each([
		['January', 1],
		['sept.', 9],
		['Sep', 9],
		['DEC', 12],
		['Mayday', null],
	])('reads %j as %j', (raw, n) => {
		expect(parseMonth(raw)).toBe(n);
	});
});

describe('parseWeekday', () => {
	it.each([
		['Sunday', 0],
		['Thurs.', 4],
		['sat', 6],
		['Someday', null],
	])('reads %j as %j', (raw, n) => {
		expect(parseWeekday(raw)).toBe(n);
	});
});

describe('parseOrdinal', () => {
	it.each([
		['first', 1],
		['Twelfth', 12],
		['twenty-first', 21],
		['twenty first', 21],
		['seventieth', 70],
		['hundredth', 100],
		['70th', 70],
		['3rd', 3],
		['firstly', null],
	])('reads %j as %j', (raw, n) => {
		expect(parseOrdinal(raw)).toBe(n);
	});
});

describe('ordinalNumeral', () => {
	it.each([
		[1, '1st'],
		[2, '2nd'],
		[3, '3rd'],
		[4, '4th'],
		[11, '11th'],
		[12, '12th'],
		[13, '13th'],
		[21, '21st'],
		[112, '112th'],
	])('writes %j as %j', (n, s) => {
		expect(ordinalNumeral(n)).toBe(s);
	});
});

describe('word ranges', () => {
	it('lists ordinals in words and numerals', () => {
		expect(ordinals(1, 4)).toEqual([
			'first',
			'second',
			'third',
			'fourth',
			'1st',
			'2nd',
			'3rd',
			'4th',
		]);
	});

	it('lists the number words within a range of values', () => {
		expect(numberWords(10, 12)).toEqual(['ten', 'eleven', 'twelve']);
		expect(numberWords(20, 40)).toEqual(['twenty', 'thirty', 'forty']);
	});

	it('lists the singular and plural words of units', () => {
		expect(unitWords('day', 'century')).toEqual(['day', 'days', 'century', 'centuries']);
	});

	it('abbreviates only the months longer than five letters, as AP style does', () => {
		expect(Object.keys(AP_MONTH_ABBREVIATIONS)).toEqual([
			'jan',
			'feb',
			'aug',
			'sep',
			'sept',
			'oct',
			'nov',
			'dec',
		]);
	});
});
