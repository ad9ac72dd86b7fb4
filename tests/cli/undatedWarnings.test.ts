// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { undatedWarnings } from '../../src/cli/undatedWarnings.ts';
import { doc, source, timeline, undatedEvent } from '../fixtures/app/buildTimeline.ts';

const dated = doc('dated', 'Dated', 'It rained on 3 May 2024.', '2024-05-03');
const unknown = doc(
	'pool',
	'Pool reopens',
	'The pool reopened today. It was full on Monday.',
	null,
);
const waiting = (n: number) =>
	Array.from({ length: n }, (_, i) =>
		undatedEvent({
			id: `w-${i}`,
			title: 'The pool reopened',
			sources: [source(unknown, 'The pool reopened today.', 'today')],
		}),
	);

describe('undatedWarnings', () => {
	it.each<[number, string]>([
		[0, 'no event depends on it'],
		[1, '1 event that depends on it is undated'],
		[3, '3 events that depend on it are undated'],
	])('names the file of an article with no date and counts its %i waiting events', (n, words) => {
		expect(undatedWarnings(timeline([dated, unknown], [], [], waiting(n)))).toEqual([
			`seeds/pool.txt: no date found for this article; ${words} (give --dct YYYY-MM-DD)`,
		]);
	});

	it('says nothing when every article has a date', () => {
		expect(undatedWarnings(timeline([dated], []))).toEqual([]);
	});
});
