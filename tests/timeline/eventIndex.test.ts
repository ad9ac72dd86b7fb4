import { describe, expect, it } from 'vitest';
import { buildEventIndex, eventsInRange } from '../../src/timeline/eventIndex.ts';
import { event } from '../fixtures/app/buildTimeline.ts';
import type { TimelineEvent } from '../../src/timeline.ts';

const u = (s: string) => Date.parse(s);
const src = [{ document: 'd', sentenceStart: 0, sentenceEnd: 0, phraseStart: 0, phraseEnd: 0 }];
const ev = (id: string, start: string, more: Partial<TimelineEvent> = {}) =>
	event({ id, title: id, start, sources: src, ...more });

const events = [
	ev('day-1953', '1953-07-27'),
	ev('year-1951', '1951', { precision: 'year' }),
	ev('span', '1950-06-25', { end: '1953-07-27' }),
	ev('day-2023', '2023-07-27'),
	ev('month-2022', '2022-02', { precision: 'month' }),
];

describe('eventsInRange', () => {
	const index = buildEventIndex(events);

	it.each([
		[
			'the whole timeline',
			'1900-01-01',
			'2100-01-01',
			['span', 'year-1951', 'day-1953', 'month-2022', 'day-2023'],
		],
		[
			'mid-1951: the year it lies in and the long span',
			'1951-06-01',
			'1951-07-01',
			['span', 'year-1951'],
		],
		['one day in 1953', '1953-07-27T06:00Z', '1953-07-27T07:00Z', ['span', 'day-1953']],
		['a quiet stretch', '1970-01-01', '1980-01-01', []],
		['mid-February 2022', '2022-02-10', '2022-02-11', ['month-2022']],
	])('finds, in date order, the events touching %s', (_, from, to, ids) => {
		expect(eventsInRange(index, u(from), u(to)).map((e) => e.event.id)).toEqual(ids);
	});

	it('orders events by date and numbers them', () => {
		expect(index.ordered.map((e) => [e.event.id, e.order])).toEqual([
			['span', 0],
			['year-1951', 1],
			['day-1953', 2],
			['month-2022', 3],
			['day-2023', 4],
		]);
	});
});
