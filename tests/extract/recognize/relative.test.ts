import { describe, expect, it } from 'vitest';
import { adjacentDay } from '../../../src/extract/recognize/adjacentDay.ts';
import { relativePeriod } from '../../../src/extract/recognize/relativePeriod.ts';
import { unitsAgo } from '../../../src/extract/recognize/unitsAgo.ts';
import { relativeDay } from '../../../src/extract/recognize/relativeDay.ts';
import { weekday } from '../../../src/extract/recognize/weekday.ts';
import { quarter, quarterReference } from '../../../src/extract/recognize/quarter.ts';
import { season } from '../../../src/extract/recognize/season.ts';
import { vagueReference } from '../../../src/extract/recognize/vagueReference.ts';
import { extractDocument } from '../../../src/extract/pipeline.ts';
import { run } from './run.ts';

// 1998-01-08 is a Thursday in ISO week 2.
describe('relativeDay', () => {
	it.each([
		['Prices fell yesterday.', 'yesterday', 'DATE', '1998-01-07'],
		['The vote is today.', 'today', 'DATE', '1998-01-08'],
		['He spoke this morning.', 'this morning', 'TIME', '1998-01-08TMO'],
		['They met last night.', 'last night', 'TIME', '1998-01-07TNI'],
	])('reads %j', (text, phrase, type, value) => {
		expect(run(relativeDay, text)[0]).toMatchObject({ text: phrase, type, value, certain: true });
	});
});

describe('weekday', () => {
	it.each([
		['Putin spoke on Thursday.', 'Thursday', '1998-01-08'],
		['The bank said Monday it would cut rates.', 'Monday', '1998-01-05'],
		['The board will meet Monday.', 'Monday', '1998-01-12'],
		['They met last Thursday.', 'last Thursday', '1998-01-01'],
		['Neither man could be located Wednesday.', 'Wednesday', '1998-01-07'],
		["They said they would appeal Wednesday's ruling.", 'Wednesday', '1998-01-07'],
		["Investors will wait for Monday's vote.", 'Monday', '1998-01-12'],
		['The ministers meet separately Friday in London.', 'Friday', '1998-01-09'],
		['The ministers meet separately Monday in London.', 'Monday', '1998-01-12'],
		['Markets reopen Tuesday after the holiday.', 'Tuesday', '1998-01-13'],
		['Markets reopened Tuesday after the holiday.', 'Tuesday', '1998-01-06'],
	])('reads %j by tense', (text, phrase, value) => {
		expect(run(weekday, text)[0]).toMatchObject({ text: phrase, value });
	});

	it.each([
		['The bomb went off Friday morning.', 'Friday morning', '1998-01-02TMO'],
		['Castro spoke Wednesday night to students.', 'Wednesday night', '1998-01-07TNI'],
		['The talks resume Monday afternoon.', 'Monday afternoon', '1998-01-12TAF'],
	])('narrows %j by the part of the day as TIMEX3 writes it', (text, phrase, value) => {
		expect(run(weekday, text)[0]).toMatchObject({
			text: phrase,
			type: 'TIME',
			value,
			placement: { start: value.slice(0, 10), precision: 'day' },
		});
	});

	it('leaves a plural part of the day out: "Tuesday nights" is a habit, not a day', () => {
		expect(run(weekday, 'Flights leave on Tuesday nights.')[0]).toMatchObject({
			text: 'Tuesday',
		});
	});

	it('reads "last Friday" written on a Friday as the Friday a week before', () => {
		// 1998-01-09 is a Friday.
		expect(run(weekday, 'They met last Friday.', '1998-01-09')[0]).toMatchObject({
			text: 'last Friday',
			value: '1998-01-02',
		});
	});

	it('reads a bare Friday written on a Friday in the past tense as that day', () => {
		expect(run(weekday, 'They met Friday.', '1998-01-09')[0]).toMatchObject({
			value: '1998-01-09',
		});
	});
});

describe('relativePeriod', () => {
	it.each([
		['Sales rose this week.', 'this week', '1998-W02'],
		['Sales rose last week.', 'last week', '1998-W01'],
		['It grew last year.', 'last year', '1997'],
		['It will grow next year.', 'next year', '1999'],
		['It fell last month.', 'last month', '1997-12'],
		['It fell earlier this year.', 'earlier this year', '1998'],
		['Sales will beat the current fiscal year.', 'the current fiscal year', '1998'],
	])('reads %j', (text, phrase, value) => {
		expect(run(relativePeriod, text)[0]).toMatchObject({ text: phrase, value });
	});

	it.each([
		['The following month, it was sold.', 'The following month', '1998-04'],
		['It fell again the same year.', 'the same year', '1998'],
		['The previous month was calm.', 'The previous month', '1998-02'],
	])('counts %j from the month last stated', (text, phrase, value) => {
		expect(run(relativePeriod, text, '1998-10-27', { previous: '1998-03' })[0]).toMatchObject({
			text: phrase,
			value,
		});
	});

	it('reads "a week or so ago" as a hedged week back', () => {
		expect(run(unitsAgo, 'The general chose it a week or so ago.')[0]).toMatchObject({
			text: 'a week or so ago',
			mod: 'APPROX',
		});
	});

	it.each([
		['He left two years ago.', 'two years ago', '1996'],
		['They met three days ago.', 'three days ago', '1998-01-05'],
	])('counts %j back from the document date', (text, phrase, value) => {
		expect(run(unitsAgo, text)[0]).toMatchObject({ text: phrase, value });
	});

	it('reads "a year earlier" after a quarter as that quarter a year before', () => {
		expect(
			run(unitsAgo, 'Profit doubled from a year earlier.', '1989-10-27', {
				previous: '1989-Q3',
			})[0],
		).toMatchObject({ text: 'a year earlier', value: '1988-Q3' });
	});

	it('reads "the following day" from the document date when nothing else was stated', () => {
		expect(run(adjacentDay, 'They left the following day.')[0]).toMatchObject({
			value: '1998-01-09',
		});
	});
});

describe('quarter', () => {
	it.each([
		['Profit rose in the fourth quarter.', 'the fourth quarter', '1997-Q4'],
		['Third-quarter profit rose.', 'Third-quarter', '1997-Q3'],
		['It sold more in the first half of 1997.', 'the first half of 1997', '1997-H1'],
	])('reads %j', (text, phrase, value) => {
		expect(run(quarter, text)[0]).toMatchObject({ text: phrase, value });
	});

	it('reads "the year-earlier quarter" as the latest quarter a year before', () => {
		expect(
			run(quarterReference, 'Up from the year-earlier quarter.', '1989-10-27')[0],
		).toMatchObject({ value: '1988-Q3' });
	});

	it('reads "the latest period" as the quarter the text last named', () => {
		expect(
			run(quarterReference, 'Sales in the latest period rose.', '1989-10-27', {
				previous: '1989-Q2',
			})[0],
		).toMatchObject({ text: 'the latest period', value: '1989-Q2' });
	});

	it('finds no quarter in "the latest period" when no quarter was named', () => {
		expect(run(quarterReference, 'Sales in the latest period rose.', '1989-10-27')).toEqual([
			expect.objectContaining({ value: undefined }),
		]);
	});
});

describe('season', () => {
	it.each([
		['It started last spring.', 'last spring', '1997-SP'],
		['It will end this summer.', 'this summer', '1998-SU'],
	])('reads %j', (text, phrase, value) => {
		expect(run(season, text)[0]).toMatchObject({ text: phrase, value });
	});

	it('does not read the verb "fall" as a season', () => {
		expect(run(season, 'Prices may fall further.')).toEqual([]);
	});
});

describe('vagueReference', () => {
	it('reads "the coming months" as the future rather than a duration of some months', () => {
		const text = 'Prices will rise in the coming months.';
		const { document } = extractDocument({ id: 'v', path: 'v.txt', text }, { dct: '1998-01-08' });
		expect(document.mentions).toEqual([
			expect.objectContaining({ text: 'the coming months', type: 'DATE', value: 'FUTURE_REF' }),
		]);
	});

	it.each([
		['He is now in charge.', 'now', 'PRESENT_REF'],
		['It was recently sold.', 'recently', 'PAST_REF'],
		['Prices rose in recent years.', 'recent years', 'PAST_REF'],
		['It may change in the future.', 'the future', 'FUTURE_REF'],
		['It will be healthy enough soon.', 'soon', 'FUTURE_REF'],
		['Prosecutors may soon seek an indictment.', 'soon', 'FUTURE_REF'],
		["The bill would decide Elian's future.", 'future', 'FUTURE_REF'],
		['Rates may rise in the near term.', 'the near term', 'FUTURE_REF'],
		['The boy must be returned as soon as possible.', 'as soon as possible', 'FUTURE_REF'],
		['Terms will be set at a later date.', 'a later date', 'FUTURE_REF'],
		['It is important to our future and theirs.', 'future', 'FUTURE_REF'],
		['Prices will rise in the coming months.', 'the coming months', 'FUTURE_REF'],
	])('reads %j', (text, phrase, value) => {
		expect(run(vagueReference, text)[0]).toMatchObject({ text: phrase, value, certain: false });
	});

	it.each([
		['He was soon released.'],
		['He left as soon as the vote ended.'],
		['They left soon after the vote.'],
		["It could mortgage the company's future earning power."],
		['Stock-index futures fell.'],
	])('finds no deictic reference in %j', (text) => {
		expect(run(vagueReference, text).filter((r) => r.value !== undefined)).toEqual([]);
	});
});
