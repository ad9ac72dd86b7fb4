import type { IndexedEvent } from './eventIndex.ts';
import type { Range } from './viewRange.ts';

/**
 * Counts events per bin across `range` for the overview strip; an event counts in the bin of its
 * asserted start.
 */
export function densityBins(events: IndexedEvent[], range: Range, bins: number): number[] {
	const counts = new Array<number>(Math.max(bins, 1)).fill(0);
	const span = range.to - range.from;
	for (const e of events) {
		const i = Math.floor(((e.extent.solidStart - range.from) / span) * counts.length);
		if (i >= 0 && i < counts.length) counts[i]! += 1;
	}
	return counts;
}
