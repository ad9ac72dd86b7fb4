import type { Refiner } from '../types.ts';

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
	const kept: typeof ranked = [];
	for (const r of ranked) {
		if (kept.every((k) => r.c.end <= k.c.start || r.c.start >= k.c.end)) kept.push(r);
	}
	return kept.sort((a, b) => a.c.start - b.c.start).map((k) => k.c);
};
