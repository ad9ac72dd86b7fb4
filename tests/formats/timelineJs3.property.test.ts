import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromTimelineJs3, toTimelineJs3 } from '../../src/formats/timelineJs3.ts';
import type { Era, Precision, Timeline, TimelineEvent } from '../../src/timeline.ts';
import { sample } from '../fixtures/formats/sample.ts';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** An ISO date at a precision, from parts that always exist (days up to 28). */
const isoAt = (precision: Precision) =>
	fc
		.record({
			year: fc.integer({ min: -9999, max: 9999 }),
			month: fc.integer({ min: 1, max: 12 }),
			day: fc.integer({ min: 1, max: 28 }),
			hour: fc.integer({ min: 0, max: 23 }),
			minute: fc.integer({ min: 0, max: 59 }),
		})
		.map(({ year, month, day, hour, minute }) => {
			const y = `${year < 0 ? '-' : ''}${pad(Math.abs(year), 4)}`;
			if (precision === 'year' || precision === 'decade') return y;
			if (precision === 'month') return `${y}-${pad(month)}`;
			if (precision === 'day') return `${y}-${pad(month)}-${pad(day)}`;
			return `${y}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}`;
		});

/** Any text, weighted towards markup, entities and whitespace that HTML would mangle. */
const text = fc.oneof(
	fc.string(),
	fc.constantFrom(
		'<script>alert(1)</script>',
		' &amp; ',
		'  two  spaces\n\n\nlines ',
		'&lt;b&gt;',
		'<br>',
	),
	fc.string({ unit: 'grapheme' }),
);

const base = sample.events[0]!;

const event = (i: number): fc.Arbitrary<TimelineEvent> =>
	fc
		.constantFrom<Precision>('decade', 'year', 'month', 'day', 'minute')
		.chain((precision) =>
			fc.record({
				title: text.filter((t) => t.length > 0),
				summary: text,
				start: isoAt(precision),
				precision: fc.constant(precision),
				approximate: fc.boolean(),
				confidence: fc.double({ min: 0, max: 1, noNaN: true }),
			}),
		)
		.map((fields) => ({ ...base, ...fields, id: `e${i}` }));

const era = (i: number): fc.Arbitrary<Era> =>
	fc
		.record({ title: text.filter((t) => t.length > 0), start: isoAt('day') })
		.map(({ title, start }) => ({ ...sample.eras[0]!, id: `era${i}`, title, start, end: start }));

const timelines: fc.Arbitrary<Timeline> = fc
	.tuple(fc.nat({ max: 6 }), fc.nat({ max: 3 }))
	.chain(([events, eras]) =>
		fc.record({
			events: fc.tuple(...Array.from({ length: events }, (_, i) => event(i))),
			eras: fc.tuple(...Array.from({ length: eras }, (_, i) => era(i))),
		}),
	)
	.map(({ events, eras }) => ({ ...sample, events, eras }));

describe('Dateline → TimelineJS3 → Dateline, for any timeline', () => {
	it('gives back the same events, dates, texts and eras', () => {
		fc.assert(
			fc.property(timelines, (timeline) => {
				const back = fromTimelineJs3(JSON.parse(toTimelineJs3(timeline)));
				expect(back.ok && back.timeline).toEqual(timeline);
			}),
			{ numRuns: 200 },
		);
	});
});
