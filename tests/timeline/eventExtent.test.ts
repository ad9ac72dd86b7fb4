import { describe, expect, it } from 'vitest';
import { eventExtent } from '../../src/timeline/eventExtent.ts';
import { event } from '../fixtures/app/buildTimeline.ts';

const u = (s: string) => Date.parse(s);
const src = [{ document: 'd', sentenceStart: 0, sentenceEnd: 0, phraseStart: 0, phraseEnd: 0 }];

describe('eventExtent', () => {
	it('draws a day-precision date as an instant covering its day', () => {
		const x = eventExtent(event({ id: 'a', title: 'A', start: '1953-07-27', sources: src }));
		expect(x).toEqual({
			kind: 'instant',
			start: u('1953-07-27'),
			solidStart: u('1953-07-27'),
			solidEnd: u('1953-07-28'),
			end: u('1953-07-28'),
		});
	});

	it('draws a year-only date as a period covering the whole year', () => {
		const x = eventExtent(
			event({ id: 'a', title: 'A', start: '1951', precision: 'year', sources: src }),
		);
		expect([x.kind, x.solidStart, x.solidEnd]).toEqual([
			'period',
			u('1951-01-01'),
			u('1952-01-01'),
		]);
	});

	it('draws a month-precision date as a period covering the month', () => {
		const x = eventExtent(
			event({ id: 'a', title: 'A', start: '1950-06', precision: 'month', sources: src }),
		);
		expect([x.kind, x.solidStart, x.solidEnd]).toEqual([
			'period',
			u('1950-06-01'),
			u('1950-07-01'),
		]);
	});

	it('fades a span whose start is only bounded (startLatest) out towards the past', () => {
		const x = eventExtent(
			event({
				id: 'a',
				title: 'A',
				start: '2022-03-14',
				end: '2023-07-27',
				startLatest: '2022-03-14',
				sources: src,
			}),
		);
		expect(x.kind).toBe('span');
		expect(x.solidStart).toBe(u('2022-03-14'));
		expect(x.solidEnd).toBe(u('2023-07-28'));
		expect(x.start).toBeLessThan(x.solidStart);
		expect(x.end).toBe(x.solidEnd);
	});

	it('fades a span whose end is only bounded (endEarliest) out towards the future', () => {
		const x = eventExtent(
			event({
				id: 'a',
				title: 'A',
				start: '2020',
				end: '2021',
				precision: 'year',
				endEarliest: '2021',
				sources: src,
			}),
		);
		expect(x.end).toBeGreaterThan(x.solidEnd);
		expect(x.start).toBe(x.solidStart);
	});
});
