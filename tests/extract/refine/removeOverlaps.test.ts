import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { removeOverlaps } from '../../../src/extract/refine/removeOverlaps.ts';
import type { Candidate } from '../../../src/extract/types.ts';

const candidate = (start: number, end: number, priority = 0, recognizer = 'test'): Candidate => ({
	start,
	end,
	text: 'x'.repeat(Math.max(0, end - start)),
	type: 'DATE',
	recognizer,
	tags: [],
	priority,
	resolve: () => null,
});

/** The rule stated plainly: rank, then keep each phrase that overlaps none kept before it. */
function reference(candidates: Candidate[]): Candidate[] {
	const ranked = candidates
		.map((c, i) => ({ c, i }))
		.sort(
			(a, b) =>
				b.c.end - b.c.start - (a.c.end - a.c.start) ||
				(b.c.priority ?? 0) - (a.c.priority ?? 0) ||
				a.i - b.i,
		);
	const kept: typeof ranked = [];
	for (const r of ranked)
		if (kept.every((k) => r.c.end <= k.c.start || r.c.start >= k.c.end)) kept.push(r);
	return kept.sort((a, b) => a.c.start - b.c.start).map((k) => k.c);
}

describe('removeOverlaps', () => {
	it('keeps the longest phrase, then the higher priority, then the earlier recognizer', () => {
		const long = candidate(0, 10);
		const short = candidate(2, 5, 9);
		const first = candidate(12, 15, 0, 'first');
		const second = candidate(13, 16, 0, 'second');
		const better = candidate(20, 23, 1);
		const worse = candidate(21, 24, 0);
		expect(removeOverlaps([worse, long, first, short, better, second], '', [])).toEqual([
			long,
			first,
			better,
		]);
	});

	it('keeps what comparing each phrase with every kept one keeps, in text order', () => {
		const spans = fc.array(
			fc.record({
				start: fc.integer({ min: 0, max: 60 }),
				length: fc.integer({ min: 0, max: 12 }),
				priority: fc.integer({ min: 0, max: 3 }),
			}),
			{ maxLength: 40 },
		);
		fc.assert(
			fc.property(spans, (items) => {
				const candidates = items.map((s) => candidate(s.start, s.start + s.length, s.priority));
				const nonEmpty = candidates.filter((c) => c.end > c.start);
				// Compare which objects are kept, not their look: equal spans differ by rank.
				for (const input of [candidates, nonEmpty]) {
					const indices = (out: Candidate[]) => out.map((c) => input.indexOf(c));
					expect(indices(removeOverlaps(input, '', []))).toEqual(indices(reference(input)));
				}
			}),
		);
	});
});
