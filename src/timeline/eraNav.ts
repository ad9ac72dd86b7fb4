import type { Range } from './viewRange.ts';

/** An era's bounds in epoch milliseconds. */
export interface EraSpan {
	id: string;
	start: number;
	end: number;
}

/**
 * The era to step to from the current view. When the view is framed on an era (its centre inside
 * it, span within a factor of two), step from that era; otherwise go to the first era that starts
 * in or after the view (next) or the last that ends in or before it (previous).
 * `eras` must be sorted by start. Returns undefined at either end.
 */
export function adjacentEra(eras: EraSpan[], view: Range, dir: 1 | -1): EraSpan | undefined {
	const mid = (view.from + view.to) / 2;
	const span = view.to - view.from;
	const framed = eras.findIndex((e) => {
		const len = e.end - e.start;
		return mid >= e.start && mid <= e.end && span <= len * 2 + 1 && span >= len / 2;
	});
	if (framed >= 0) return eras[framed + dir];
	if (dir === 1) return eras.find((e) => e.start >= view.from);
	return [...eras].reverse().find((e) => e.end <= view.to);
}
