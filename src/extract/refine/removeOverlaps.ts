import type { Candidate, Refiner } from '../types.ts';

/** Index of the first of `kept` (disjoint, in text order) that ends after `offset`. */
function firstEndingAfter(kept: Candidate[], offset: number): number {
	let lo = 0;
	let hi = kept.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (kept[mid]!.end > offset) hi = mid;
		else lo = mid + 1;
	}
	return lo;
}

/**
 * Keeps one candidate per stretch of text: the longest, then the one of higher priority, then the
 * earliest in recognizer order. Returns them in text order.
 */
export const removeOverlaps: Refiner = (candidates) => {
	const ranked = candidates
		.map((c, i) => ({ c, i }))
		.sort(
			(a, b) =>
				b.c.end - b.c.start - (a.c.end - a.c.start) ||
				(b.c.priority ?? 0) - (a.c.priority ?? 0) ||
				a.i - b.i,
		);
	// An empty phrase (trimPhrase drops those) may share its offset with one it does not overlap:
	// compare each with all kept before it, as the search below cannot.
	if (candidates.some((c) => c.end <= c.start)) {
		const all: typeof ranked = [];
		for (const r of ranked)
			if (all.every((k) => r.c.end <= k.c.start || r.c.start >= k.c.end)) all.push(r);
		return all.sort((a, b) => a.c.start - b.c.start).map((k) => k.c);
	}
	// Phrases kept so far never overlap, so in text order their ends rise too: one binary search
	// finds the only one that could overlap a new phrase, and a long document costs n log n
	// instead of comparing each phrase with all kept before it.
	const kept: Candidate[] = [];
	for (const { c } of ranked) {
		const at = firstEndingAfter(kept, c.start);
		const next = kept[at];
		if (next && next.start < c.end) continue;
		kept.splice(at, 0, c);
	}
	return kept;
};
