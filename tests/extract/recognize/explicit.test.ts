import { describe, expect, it } from 'vitest';
import { chronoDates } from '../../../src/extract/recognize/chronoDates.ts';
import { decade } from '../../../src/extract/recognize/decade.ts';
import { monthName } from '../../../src/extract/recognize/monthName.ts';
import { year } from '../../../src/extract/recognize/year.ts';
import { run } from './run.ts';

describe('chronoDates', () => {
	// Sentences without a digit, a month's stem or a time unit skip chrono; a day written in words
	// with any spelling of a month must still reach it, and so must a range of counted units.
	it('reads a range of time units counted in words as two dates', () => {
		const found = run(chronoDates, 'Prices rose two days ago to three days ago.');
		expect(found.map((m) => [m.text, m.type])).toEqual([
			['two days ago', 'DATE'],
			['three days ago', 'DATE'],
		]);
	});

	it.each([
		'January',
		'Feb.',
		'Mar.',
		'APRIL',
		'May',
		'Jun.',
		'Jul.',
		'Aug.',
		'Sept.',
		'Oct.',
		'Nov.',
		'Dec.',
	])('reads a day written in words before %j', (month) => {
		const [m] = run(chronoDates, `It closed on the fifth of ${month} in Paris.`);
		expect(m).toMatchObject({ text: `fifth of ${month}`, type: 'DATE', certain: false });
	});

	it.each([
		[
			'It was signed on July 27, 1953 in Panmunjom.',
			'July 27, 1953',
			17,
			'DATE',
			'1953-07-27',
			true,
		],
		['Shares fell on Jan. 8 after the report.', 'Jan. 8', 15, 'DATE', '1998-01-08', false],
		['The deal closed 11/02/89 in New York.', '11/02/89', 16, 'DATE', '1989-11-02', true],
		[
			'Trading stopped at 10:30 a.m. yesterday.',
			'10:30 a.m.',
			19,
			'TIME',
			'1998-01-08T10:30',
			false,
		],
	])(
		'reads %j as %s with the value and certainty written',
		(text, phrase, start, type, value, certain) => {
			const [m] = run(chronoDates, text);
			expect(m).toMatchObject({
				text: phrase,
				start,
				end: start + phrase.length,
				type,
				value,
				certain,
			});
		},
	);

	it.each([
		'He ate 3/4 of the pie.',
		'It rose 12.5% and cost 2.50 a share.',
		'He ran for one minute.',
		'Call 555-123-4567 now.',
		'Shares closed at 12 3/4 in heavy trading.',
	])('finds no date in %j', (text) => expect(run(chronoDates, text)).toEqual([]));

	it('reads no clock time into a bare number after a date', () => {
		expect(run(chronoDates, 'It may buy the stake after Jan. 1, 1990 at 1,015 francs.')).toEqual([
			expect.objectContaining({ text: 'Jan. 1, 1990', type: 'DATE', value: '1990-01-01' }),
		]);
	});
});

describe('year', () => {
	it.each([
		['The war began in 1950.', '1950', '1950'],
		['The 1998 budget was cut.', '1998', '1998'],
		['Profit rose in fiscal 1989, it said.', 'fiscal 1989', '1989'],
		['It expects sales above fiscal 1989 sales.', 'fiscal 1989', '1989'],
	])('reads %j as the year %s', (text, phrase, value) => {
		const [m] = run(year, text);
		expect(m).toMatchObject({ text: phrase, value, certain: true });
		expect(text.slice(m!.start, m!.end)).toBe(phrase);
	});

	it.each([
		'They sent 2000 soldiers.',
		'He ran in 2000 meters.',
		'Go to Room 1984.',
		'It cost $1999 there.',
	])('does not read a count as a year in %j', (text) => expect(run(year, text)).toEqual([]));
});

describe('decade', () => {
	it.each([
		['It was popular in the 1950s.', 'the 1950s', '195', undefined],
		['Prices rose in the early 1990s.', 'the early 1990s', '199', 'START'],
	])('reads %j as the decade %s', (text, phrase, value, mod) => {
		expect(run(decade, text)[0]).toMatchObject({ text: phrase, value, mod });
	});
});

describe('monthName', () => {
	it.each([
		['The truce held in July 1953.', 'July 1953', '1953-07', true],
		['Sales fell in December, it said.', 'December', '1997-12', false],
		['He will visit in March.', 'March', '1998-03', false],
		['Exports fell in June last year.', 'June last year', '1997-06', true],
		['Thermo agreed to buy the line in March.', 'March', '1998-03', false],
		['Talks began in January this year.', 'January this year', '1998-01', true],
		['The plant opens in March of next year.', 'March of next year', '1999-03', true],
	])('reads %j as the month %s', (text, phrase, value, certain) => {
		expect(run(monthName, text)[0]).toMatchObject({ text: phrase, value, certain });
	});

	it('does not read the modal verb "May I" as a month', () => {
		expect(run(monthName, 'May I come in?')).toEqual([]);
	});
});
