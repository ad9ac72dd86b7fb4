import { describe, expect, it } from 'vitest';
import { formatEventDate } from '../../src/timeline/formatEventDate.ts';
import { event } from '../fixtures/app/buildTimeline.ts';
import type { TimelineEvent } from '../../src/timeline.ts';

const src = [{ document: 'd', sentenceStart: 0, sentenceEnd: 0, phraseStart: 0, phraseEnd: 0 }];

describe('formatEventDate', () => {
	it.each<[Partial<TimelineEvent> & { start: string }, string]>([
		[{ start: '1953-07-27' }, '27 Jul 1953'],
		[{ start: '1950-06', precision: 'month' }, 'June 1950'],
		[{ start: '1951', precision: 'year' }, '1951'],
		[{ start: '1950', precision: 'decade' }, 'the 1950s'],
		[{ start: '1953-07-27T10:00', precision: 'minute' }, '27 Jul 1953, 10:00 UTC'],
		[{ start: '1953-07-27', approximate: true }, 'c. 27 Jul 1953'],
		[
			{ start: '2022-03-14', end: '2023-07-27', startLatest: '2022-03-14', approximate: true },
			'on or before 14 Mar 2022 – 27 Jul 2023',
		],
	])('writes %o as “%s”', (fields, text) => {
		expect(formatEventDate(event({ id: 'a', title: 'A', sources: src, ...fields }))).toBe(text);
	});
});
