import { describe, expect, it } from 'vitest';
import { filterDocuments } from '../../src/timeline/filterDocuments.ts';
import { doc, era, event, source, timeline } from '../fixtures/app/buildTimeline.ts';

const a = doc('a', 'A', 'In 1950 war began. In 1960 peace came.', '2020-01-01');
const b = doc('b', 'B', 'In 1950 war began.', '2020-01-01');
const t = timeline(
	[a, b],
	[
		event({
			id: 'both',
			title: 'War',
			start: '1950',
			sources: [source(a, 'In 1950 war began.', '1950'), source(b, 'In 1950 war began.', '1950')],
		}),
		event({
			id: 'only-a',
			title: 'Peace',
			start: '1960',
			sources: [source(a, 'In 1960 peace came.', '1960')],
		}),
		event({ id: 'none', title: 'Unsourced', start: '1970', sources: [] }),
	],
	[
		era({
			id: 'era-a',
			title: 'Era',
			start: '1950',
			end: '1960',
			sources: [source(a, 'In 1960 peace came.', '1960')],
		}),
	],
);

describe('filterDocuments', () => {
	it.each([
		[[], ['both', 'only-a', 'none'], ['era-a']],
		[['a'], ['both', 'none'], []],
		[['b'], ['both', 'only-a', 'none'], ['era-a']],
	])('hiding %j keeps events %j and eras %j', (hidden, events, eras) => {
		const f = filterDocuments(t, new Set(hidden));
		expect(f.events.map((e) => e.id)).toEqual(events);
		expect(f.eras.map((e) => e.id)).toEqual(eras);
		expect(f.documents).toEqual(t.documents);
	});
});
