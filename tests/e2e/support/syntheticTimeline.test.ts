import { describe, expect, it } from 'vitest';
import { compareIso, validateTimeline } from '../../../src/timeline.ts';
import { sourceText, syntheticTimeline } from './syntheticTimeline.ts';

describe('syntheticTimeline', () => {
	it('produces a 10,000-event timeline that passes validateTimeline', () => {
		const timeline = syntheticTimeline({ events: 10_000 });
		const result = validateTimeline(JSON.parse(JSON.stringify(timeline)));
		expect(result.ok ? [] : result.errors).toEqual([]);
		expect(timeline.events).toHaveLength(10_000);
	});

	it('gives the same timeline for the same seed and another for another seed', () => {
		const a = syntheticTimeline({ events: 50, seed: 3 });
		expect(syntheticTimeline({ events: 50, seed: 3 })).toEqual(a);
		expect(syntheticTimeline({ events: 50, seed: 4 })).not.toEqual(a);
	});

	it('numbers events in date order', () => {
		const { events } = syntheticTimeline({ events: 300, seed: 9 });
		for (let i = 1; i < events.length; i++)
			expect(compareIso(events[i - 1]!.start, events[i]!.start)).toBeLessThanOrEqual(0);
		expect(events.map((e) => e.id)).toEqual([...events.map((e) => e.id)].sort());
	});

	it('stays within the requested years and keeps eras apart', () => {
		const t = syntheticTimeline({ events: 500, startYear: 1950, years: 40, eras: 4 });
		expect(t.events.every((e) => e.start >= '1950' && e.start < '1990')).toBe(true);
		expect(t.eras).toHaveLength(4);
		for (let i = 1; i < t.eras.length; i++)
			expect(compareIso(t.eras[i - 1]!.end, t.eras[i]!.start)).toBeLessThan(0);
	});

	it('states every event in a sentence that contains its date phrase', () => {
		const t = syntheticTimeline({ events: 40, spread: 'even', preamble: '<script>x()</script>' });
		for (const event of t.events) {
			const { sentence, phrase } = sourceText(t, event);
			expect(sentence).toContain(phrase);
			expect(sentence).toMatch(/^(On|In) /);
		}
		expect(t.documents[0]!.text.startsWith('<script>x()</script> On ')).toBe(true);
	});
});
