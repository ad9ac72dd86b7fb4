import { describe, expect, it } from 'vitest';
import { anniversary } from '../../../src/extract/recognize/anniversary.ts';
import { duration } from '../../../src/extract/recognize/duration.ts';
import { frequency } from '../../../src/extract/recognize/frequency.ts';
import { easterSunday, holiday } from '../../../src/extract/recognize/holiday.ts';
import { yearRange } from '../../../src/extract/recognize/year.ts';
import { run } from './run.ts';

describe('duration', () => {
	it.each([
		['It lasted three years.', 'three years', 'P3Y', undefined],
		['A five-year low.', 'five-year', 'P5Y', undefined],
		['It took about three hours.', 'about three hours', 'PT3H', 'APPROX'],
		['It took weeks.', 'weeks', 'PXW', undefined],
		['Sales fell over the past two months.', 'the past two months', 'P2M', undefined],
		['It may take a couple of years.', 'a couple of years', 'P2Y', undefined],
		['The talks lasted 2 1/2 years.', '2 1/2 years', 'P2Y6M', undefined],
		['The talks lasted two and a half years.', 'two and a half years', 'P2Y6M', undefined],
		['The flight took 5 1/2 hours.', '5 1/2 hours', 'PT5H30M', undefined],
		['The vote took a minute and a half.', 'a minute and a half', 'PT1M30S', undefined],
		['The strike lasted 1.5 days.', '1.5 days', 'P1DT12H', undefined],
		['The meeting took half an hour.', 'half an hour', 'PT30M', undefined],
	])('reads %j as %s', (text, phrase, value, mod) => {
		expect(run(duration, text)[0]).toMatchObject({ text: phrase, type: 'DURATION', value, mod });
	});

	it('places an ongoing "for more than 500 days" as a span ending at the document date', () => {
		const [m] = run(duration, 'The war had been going on for more than 500 days.', '2023-07-27');
		expect(m).toMatchObject({ text: 'more than 500 days', value: 'P500D', mod: 'MORE_THAN' });
		expect(m!.placement).toEqual({
			start: '2022-03-14',
			end: '2023-07-27',
			startLatest: '2022-03-14',
			precision: 'day',
		});
	});

	it.each([
		['The strike has lasted for nine days.', true],
		['She has worked there for nine days.', true],
		['The talks went on for nine days.', false],
	])('places %j up to the document date only when it is ongoing: %s', (text, ongoing) => {
		const [m] = run(duration, text, '2023-07-27');
		expect(m?.value).toBe('P9D');
		expect(m?.placement?.end === '2023-07-27').toBe(ongoing);
	});

	it.each(['They fired 500 rockets.', 'It rose 12.5%.'])('finds no duration in %j', (text) => {
		expect(run(duration, text)).toEqual([]);
	});
});

describe('frequency', () => {
	it.each([
		['It is published daily.', 'daily', 'P1D'],
		['They meet every week.', 'every week', 'P1W'],
		['It happens twice a year.', 'twice a year', 'P1Y'],
	])('reads %j as a set', (text, phrase, value) => {
		expect(run(frequency, text)[0]).toMatchObject({ text: phrase, type: 'SET', value });
	});
});

describe('anniversary', () => {
	it('dates the 70th anniversary of the Korean War from the armistice the text states', () => {
		const [m] = run(
			anniversary,
			'Pyongyang marked the 70th anniversary of the Korean War with a parade.',
			'2000-01-01',
			{ statedDays: ['1953-07-27'] },
		);
		expect(m).toMatchObject({
			text: 'the 70th anniversary of the Korean War',
			value: '2023-07-27',
			certain: true,
		});
	});

	it('finds no anniversary of an event the gazetteer cannot date', () => {
		expect(run(anniversary, 'The couple celebrated their 50th anniversary.')).toEqual([]);
	});

	it('picks the war date whose anniversary falls nearest the document date when the text states none', () => {
		expect(
			run(anniversary, 'Seoul marked the 70th anniversary of the Korean War.', '2020-06-25')[0],
		).toMatchObject({ value: '2020-06-25' });
	});
});

describe('holiday', () => {
	it('dates Victory Day in Pyongyang to July 27 of the document year', () => {
		expect(
			run(holiday, 'On Victory Day in Pyongyang, crowds gathered.', '2023-07-28')[0],
		).toMatchObject({ text: 'Victory Day', value: '2023-07-27' });
	});

	it('dates Victory Day in Moscow to May 9', () => {
		expect(
			run(holiday, 'On Victory Day in Moscow, tanks rolled across Red Square.', '2023-05-10')[0],
		).toMatchObject({ value: '2023-05-09' });
	});

	it.each([
		// Published dates of Western Easter, across the century boundaries the computus corrects.
		[1818, '03-22'],
		[1943, '04-25'],
		[2000, '04-23'],
		[2019, '04-21'],
		[2024, '03-31'],
		[2038, '04-25'],
	])('finds Easter Sunday %i on %s', (y, monthDay) => {
		const { m, d } = easterSunday(y);
		expect(`${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`).toBe(monthDay);
	});

	it('dates Good Friday two days before Easter of the document year', () => {
		expect(run(holiday, 'Pilgrims walked on Good Friday.', '2000-04-25')[0]).toMatchObject({
			text: 'Good Friday',
			value: '2000-04-21',
		});
	});

	it('dates Thanksgiving to the fourth Thursday of November', () => {
		expect(run(holiday, 'Stores closed on Thanksgiving.', '1999-11-26')[0]).toMatchObject({
			value: '1999-11-25',
		});
	});
});

describe('yearRange', () => {
	it.each([
		['During the crisis of 2008–09 the firm cut jobs.', '2008–09', '2008', '2009'],
		['The 1914-1918 war changed the town.', '1914-1918', '1914', '1918'],
	])('reads %j as the years from %s', (text, phrase, start, end) => {
		const [found] = run(yearRange, text);
		expect(found).toMatchObject({ text: phrase, value: start });
		expect(found!.placement).toMatchObject({ start, end, precision: 'year' });
	});

	it('takes no dash between numbers that are no span of years', () => {
		expect(run(yearRange, 'The motion passed 1990-1850 in the assembly.')).toEqual([]);
	});
});
