/** A crowd of events collapsed into a count. */
export interface Cluster {
	/** Stable key: the pixel bin it occupies, so the badge persists while the view moves. */
	key: string;
	x: number;
	count: number;
	/** Earliest and latest instants of the events, to zoom to on expand. */
	from: number;
	to: number;
}

/**
 * Collapses events into counts on a grid of `width`-pixel bins: one badge per occupied bin, so
 * badges never overlap and the work is linear in any input order. Feed it with `add`, read `done`.
 */
export function clusterBins(width: number) {
	const bins = new Map<number, Cluster>();
	return {
		add(x0: number, start: number, end: number): void {
			const bin = Math.floor(x0 / width);
			const c = bins.get(bin);
			if (!c) bins.set(bin, { key: `bin${bin}`, x: bin * width, count: 1, from: start, to: end });
			else {
				c.count++;
				if (start < c.from) c.from = start;
				if (end > c.to) c.to = end;
			}
		},
		done: (): Cluster[] => [...bins.values()].sort((a, b) => a.x - b.x),
	};
}
