import { describe, expect, it } from 'vitest';
import { isoToTl3, tl3ToIso } from '../../src/formats/tl3Date.ts';

describe('tl3ToIso', () => {
	it.each([
		[{ year: 1953 }, '1953', 'year'],
		[{ year: '602' }, '0602', 'year'],
		[{ year: -44, month: 3, day: 15 }, '-0044-03-15', 'day'],
		[{ year: '1900', month: '01', day: '', hour: '' }, '1900-01', 'month'],
		[{ year: '2000', month: '2', day: '29' }, '2000-02-29', 'day'],
		[{ year: 1910, month: 1, day: 5, hour: '6', minute: '45' }, '1910-01-05T06:45', 'minute'],
		[
			{ year: 1910, month: 1, day: 5, hour: 6, minute: 45, second: 56 },
			'1910-01-05T06:45:56',
			'minute',
		],
		[{ year: 1910, month: 1, day: 5, hour: 6 }, '1910-01-05T06:00', 'minute'],
	])('reads %j as %s at %s precision', (parts, iso, precision) => {
		expect(tl3ToIso(parts)).toEqual({ ok: true, iso, precision });
	});

	it.each([
		[undefined, 'no date'],
		[{ month: 3 }, 'no year'],
		[{ year: 'soon' }, 'no year'],
		[{ year: 2023, month: 13 }, 'month 13'],
		[{ year: 2023, month: 2, day: 29 }, 'day 29'],
		[{ year: 1900, month: 2, day: 29 }, 'day 29'],
		[{ year: 2023, month: 4, day: 31 }, 'day 31'],
		[{ year: 2023, month: 4, day: 1, hour: 24 }, 'hour 24'],
		[{ year: 20000 }, 'year 20000 is beyond ±9999'],
	])('refuses %j (%s)', (parts, reason) => {
		expect(tl3ToIso(parts)).toEqual({ ok: false, reason });
	});
});

describe('isoToTl3', () => {
	it.each([
		'1953',
		'0602',
		'-0044-03-15',
		'2021-06',
		'2021-06-30',
		'1953-07-27T10:00',
		'1953-07-27T10:00:05',
	])('writes %s as parts that read back to the same date', (iso) => {
		const back = tl3ToIso(isoToTl3(iso));
		expect(back.ok && back.iso).toBe(iso);
	});
});
