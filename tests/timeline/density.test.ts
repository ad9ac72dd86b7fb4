import { describe, expect, it } from 'vitest';
import { buildEventIndex } from '../../src/timeline/eventIndex.ts';
import { densityBins } from '../../src/timeline/density.ts';
import { event } from '../fixtures/app/buildTimeline.ts';

const src = [{ document: 'd', sentenceStart: 0, sentenceEnd: 0, phraseStart: 0, phraseEnd: 0 }];
const u = (s: string) => Date.parse(s);

describe('densityBins', () => {
	it('counts events in the bin of their start, ignoring those outside the range', () => {
		const events = ['2000-01-10', '2000-01-20', '2000-03-15', '1999-06-01'].map((start, i) =>
			event({ id: `e${i}`, title: 't', start, sources: src }),
		);
		const bins = densityBins(
			buildEventIndex(events).ordered,
			{ from: u('2000-01-01'), to: u('2000-05-01') },
			4,
		);
		expect(bins).toEqual([2, 0, 1, 0]);
	});
});
