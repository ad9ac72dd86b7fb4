import { describe, expect, it } from 'vitest';
import { buildEventIndex } from '../../src/timeline/eventIndex.ts';
import { eventLabelWidth, layoutEvents, shortLabel } from '../../src/timeline/layoutEvents.ts';
import { event } from '../fixtures/app/buildTimeline.ts';

const src = [{ document: 'd', sentenceStart: 0, sentenceEnd: 0, phraseStart: 0, phraseEnd: 0 }];
const u = (s: string) => Date.parse(s);
const view = { from: u('2023-01-01'), to: u('2024-01-01') };

function crowd(n: number) {
	const events = Array.from({ length: n }, (_, i) =>
		event({
			id: `e${i}`,
			title: `Event number ${i}`,
			start: `2023-07-${String(1 + (i % 3)).padStart(2, '0')}`,
			sources: src,
		}),
	);
	return buildEventIndex(events).ordered;
}

describe('layoutEvents', () => {
	it('places a few nearby events in separate lanes with no overlapping labels', () => {
		const { markers, clusters } = layoutEvents(crowd(3), view, 1000, 5);
		expect(clusters).toEqual([]);
		expect(new Set(markers.map((m) => m.lane)).size).toBe(3);
	});

	it('collapses what does not fit into a count that covers every event', () => {
		const { markers, clusters } = layoutEvents(crowd(40), view, 1000, 4);
		expect(markers).toHaveLength(4);
		expect(clusters.reduce((sum, c) => sum + c.count, 0)).toBe(36);
	});

	it('always draws the pinned (focused or selected) event', () => {
		const { markers } = layoutEvents(crowd(40), view, 1000, 4, new Set(['e39']));
		expect(markers.map((m) => m.ie.event.id)).toContain('e39');
	});

	it('keeps labels in one lane apart', () => {
		const { markers } = layoutEvents(crowd(40), view, 1000, 4);
		for (const a of markers)
			for (const b of markers)
				if (a !== b && a.lane === b.lane) {
					const [l, r] = a.labelX < b.labelX ? [a, b] : [b, a];
					expect(l.labelX + eventLabelWidth(l.label.length)).toBeLessThanOrEqual(r.labelX);
				}
	});

	it('shortens long titles with an ellipsis', () => {
		expect(shortLabel('Putin thanks Pyongyang for supporting the war against Ukraine')).toBe(
			'Putin thanks Pyongyang for…',
		);
		expect(shortLabel('Korean War ends')).toBe('Korean War ends');
	});
});

describe('layoutEvents at hour scale', () => {
	it('draws a day-precision event as a bar over its day once the day is wide enough', () => {
		const ie = buildEventIndex([
			event({ id: 'd', title: 'Day', start: '2023-07-27', sources: src }),
		]).ordered;
		const hours = layoutEvents(
			ie,
			{ from: u('2023-07-26T12:00Z'), to: u('2023-07-28T12:00Z') },
			1000,
			4,
		);
		expect(hours.markers[0]).toMatchObject({ bar: true, solidX0: 250, solidX1: 750 });
		const years = layoutEvents(ie, { from: u('2000-01-01'), to: u('2030-01-01') }, 1000, 4);
		expect(years.markers[0]!.bar).toBe(false);
	});
});
