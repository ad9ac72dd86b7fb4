/** Something to place in a lane: a horizontal stretch of pixels with an id. */
export interface LaneItem {
	id: string;
	x0: number;
	x1: number;
	/** Pinned items (focused, selected) are placed first and never collapse into a cluster. */
	pinned?: boolean;
}

/** The outcome: lanes for the items that fit, the rest overflowing in x order. */
export interface LaneResult<T extends LaneItem> {
	placed: { item: T; lane: number }[];
	overflow: T[];
}

/**
 * Greedy interval partitioning: each item goes into the first lane where it does not overlap its
 * neighbours (with `gap` pixels between them). Items that fit in none of `maxLanes` overflow.
 * `items` must be sorted by x0.
 */
export function assignLanes<T extends LaneItem>(items: T[], maxLanes: number, gap = 6): LaneResult<T> {
	const ends = new Array<number>(maxLanes).fill(-Infinity);
	const reserved: { lane: number; x0: number; x1: number }[] = [];
	const placed: { item: T; lane: number }[] = [];
	const overflow: T[] = [];
	const clashesWithPinned = (lane: number, it: LaneItem) =>
		reserved.some((r) => r.lane === lane && it.x0 < r.x1 + gap && r.x0 < it.x1 + gap);
	for (const it of items) {
		if (!it.pinned) continue;
		let lane = 0;
		while (lane < maxLanes - 1 && clashesWithPinned(lane, it)) lane++;
		reserved.push({ lane, x0: it.x0, x1: it.x1 });
		placed.push({ item: it, lane });
	}
	for (const it of items) {
		if (it.pinned) continue;
		let lane = 0;
		while (lane < maxLanes && (ends[lane]! + gap > it.x0 || clashesWithPinned(lane, it))) lane++;
		if (lane === maxLanes) {
			overflow.push(it);
			continue;
		}
		ends[lane] = it.x1;
		placed.push({ item: it, lane });
	}
	return { placed, overflow };
}
