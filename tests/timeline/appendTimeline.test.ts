import { describe, expect, it } from 'vitest';
import { appendTimeline } from '../../src/timeline/appendTimeline.ts';
import { doc, era, event, source, timeline } from '../fixtures/app/buildTimeline.ts';

const a = doc('a', 'A', 'In 1950 war began.', '2020-01-01');
const base = timeline(
	[a],
	[
		event({
			id: 'war',
			title: 'War',
			start: '1950',
			sources: [source(a, 'In 1950 war began.', '1950')],
		}),
	],
	[era({ id: 'era', title: 'Era', start: '1950', end: '1953' })],
);
const a2 = doc('a', 'Another A', 'In 1960 war ended.', '2020-01-01');
const extra = timeline(
	[a2],
	[
		event({
			id: 'war',
			title: 'War ends',
			start: '1960',
			sources: [source(a2, 'In 1960 war ended.', '1960')],
		}),
	],
	[era({ id: 'era', title: 'Other era', start: '1960', end: '1961' })],
);

describe('appendTimeline', () => {
	const out = appendTimeline(base, extra);

	it('keeps everything of the base as it was', () => {
		expect(out.documents[0]).toBe(base.documents[0]);
		expect(out.events[0]).toBe(base.events[0]);
		expect(out.eras[0]).toBe(base.eras[0]);
	});

	it('renames clashing ids of the added part and points its sources at the renamed document', () => {
		expect(out.documents.map((d) => d.id)).toEqual(['a', 'a-2']);
		expect(out.events.map((e) => e.id)).toEqual(['war', 'war-2']);
		expect(out.eras.map((e) => e.id)).toEqual(['era', 'era-2']);
		expect(out.events[1]!.sources[0]!.document).toBe('a-2');
		expect(out.documents[1]!.title).toBe('Another A');
	});
});
