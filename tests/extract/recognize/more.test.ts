import { describe, expect, it } from 'vitest';
import { chronoDates } from '../../../src/extract/recognize/chronoDates.ts';
import { clockTime } from '../../../src/extract/recognize/clockTime.ts';
import { accountingYear, duration } from '../../../src/extract/recognize/duration.ts';
import { frequency, monthlyFrequency } from '../../../src/extract/recognize/frequency.ts';
import { quarter } from '../../../src/extract/recognize/quarter.ts';
import { relativePeriod } from '../../../src/extract/recognize/relativePeriod.ts';
import { periodEnd } from '../../../src/extract/recognize/periodEnd.ts';
import { spelledYear } from '../../../src/extract/recognize/spelledYear.ts';
import { year } from '../../../src/extract/recognize/year.ts';
import { run } from './run.ts';

describe('spelledYear', () => {
	it.each([
		['In nineteen ninety-six he was cleared.', 'nineteen ninety-six', '1996'],
		['October nineteen eighty-one. The plant closed.', 'October nineteen eighty-one', '1981-10'],
		['By the year two thousand it had changed.', 'the year two thousand', '2000'],
	])('reads %j as %s', (text, phrase, value) => {
		expect(run(spelledYear, text)[0]).toMatchObject({ text: phrase, value, certain: true });
	});

	it('does not read "two thousand years" as a year', () => {
		expect(run(spelledYear, 'It lasted two thousand years.')).toEqual([]);
	});
});

describe('year with a position', () => {
	it('reads "mid-1996" as 1996 in its middle', () => {
		expect(run(year, 'It fell apart in mid-1996.')[0]).toMatchObject({
			text: 'mid-1996',
			value: '1996',
			mod: 'MID',
		});
	});

	it('reads a year before a singular noun as a year ("his 1996 campaign")', () => {
		expect(run(year, 'He lost his 1996 campaign.')[0]).toMatchObject({
			text: '1996',
			value: '1996',
		});
	});
});

describe('clockTime', () => {
	it.each([
		['They met at 9 a.m. sharp.', '9 a.m.', '1998-01-08T09:00'],
		['It ended at 10:30 p.m.', '10:30 p.m.', '1998-01-08T22:30'],
		['Lunch was at noon.', 'noon', '1998-01-08T12:00'],
		['Crowds gathered at midday.', 'midday', '1998-01-08T12:00'],
		['The plane landed at 4 in the morning.', '4 in the morning', '1998-01-08T04:00'],
		['The vote came at 8 in the evening.', '8 in the evening', '1998-01-08T20:00'],
		['Guards left at 11 at night.', '11 at night', '1998-01-08T23:00'],
		['Guards left at 2 at night.', '2 at night', '1998-01-08T02:00'],
		['The shot was heard at 12 at night.', '12 at night', '1998-01-08T00:00'],
		['Trading resumed in mid-afternoon.', 'mid-afternoon', '1998-01-08TAF'],
		['He called mid morning.', 'mid morning', '1998-01-08TMO'],
	])('reads %j on the document date', (text, phrase, value) => {
		expect(run(clockTime, text)[0]).toMatchObject({ text: phrase, type: 'TIME', value });
	});

	it('does not read a price as a time', () => {
		expect(run(clockTime, 'It cost 2.50 a share.')).toEqual([]);
	});
});

describe('chronoDates ranges', () => {
	it('splits "from Aug. 26 to Oct. 20" into two dates', () => {
		const found = run(chronoDates, 'Shares bought from Aug. 26 to Oct. 20 rose.', '1989-10-30');
		expect(found.map((m) => [m.text, m.value])).toEqual([
			['Aug. 26', '1989-08-26'],
			['Oct. 20', '1989-10-20'],
		]);
	});
});

describe('chronoDates and fractions', () => {
	it('reads a price quoted in eighths as a quantity, not a date', () => {
		expect(run(chronoDates, 'Acme surged 4 5/8 to 112 5/8 on the news.')).toEqual([]);
	});

	it('still reads a numeric date with a year', () => {
		expect(run(chronoDates, 'The deal closed on 5/8/1989.')[0]).toMatchObject({
			value: '1989-05-08',
		});
	});
});

describe('duration: ages and rates', () => {
	it('leaves an age out: "52 years old" measures a person', () => {
		expect(run(duration, 'Mr. Reese, 52 years old, retired.')).toEqual([]);
	});

	it.each([
		['The plant exports $2 million a year in parts.', 'a year', 'P1Y'],
		['The airline runs four flights a week to Lima.', 'a week', 'P1W'],
		['Guards stand outside 24 hours a day.', 'a day', 'P1D'],
	])('reads the unit after a quantity in %j as a rate (SET)', (text, phrase, value) => {
		expect(run(duration, text).find((m) => m.text === phrase)).toMatchObject({
			type: 'SET',
			value,
		});
	});

	it.each([
		['The strike lasted a year.', 'a year'],
		['He left a year ago.', 'a year'],
		['It was a year of losses.', 'a year'],
	])('keeps %j a duration', (text, phrase) => {
		expect(run(duration, text).find((m) => m.text === phrase)).toMatchObject({
			type: 'DURATION',
		});
	});
});

describe('sets on a named day or month', () => {
	it('reads "each Thursday" as every Thursday', () => {
		expect(run(frequency, 'The third flight leaves each Thursday.')[0]).toMatchObject({
			text: 'each Thursday',
			type: 'SET',
			value: 'XXXX-WXX-4',
		});
	});

	it('reads "each July" as July of every year', () => {
		expect(run(monthlyFrequency, 'Orangemen march each July.')[0]).toMatchObject({
			text: 'each July',
			type: 'SET',
			value: 'XXXX-07',
		});
	});
});

describe('accountingYear', () => {
	it('reads "the fiscal year ended Jan. 31" as one year', () => {
		expect(run(accountingYear, 'In the fiscal year ended Jan. 31, sales rose.')[0]).toMatchObject({
			text: 'the fiscal year',
			type: 'DURATION',
			value: 'P1Y',
		});
	});
});

describe('quarters with a year in front', () => {
	it.each([
		['Losses in the 1988 second quarter hurt.', 'the 1988 second quarter', '1988-Q2'],
		["It could happen in next year's first quarter.", "next year's first quarter", '1990-Q1'],
		['Net in the year-ago third quarter rose.', 'the year-ago third quarter', '1988-Q3'],
	])('reads %j', (text, phrase, value) => {
		expect(run(quarter, text, '1989-10-30')[0]).toMatchObject({ text: phrase, value });
	});
});

describe('that year', () => {
	it('reads "later that year" as the year last stated', () => {
		expect(
			run(relativePeriod, 'He returned later that year.', '2000-01-28', { previous: '1998-06' })[0],
		).toMatchObject({ text: 'later that year', value: '1998' });
	});
});

describe('periodEnd', () => {
	it.each([
		['It should close by year-end.', 'year-end', '1998', 'END'],
		[
			'The goal is 40,000 troops by the end of the month.',
			'the end of the month',
			'1998-01',
			'END',
		],
	])('reads %j as the end of the unit', (text, phrase, value, mod) => {
		expect(run(periodEnd, text)[0]).toMatchObject({ text: phrase, value, mod });
	});

	it('reads "the weekend" in the past tense as the latest weekend', () => {
		expect(run(periodEnd, 'Talks stalled over the weekend.', '1998-01-08')[0]).toMatchObject({
			value: '1998-W01-WE',
		});
	});
});

describe('year after a prefix', () => {
	it('reads "post-1959" even before a plural noun', () => {
		expect(run(year, 'The post-1959 politics split families.')[0]).toMatchObject({
			text: 'post-1959',
			value: '1959',
			mod: 'AFTER',
		});
	});
});
