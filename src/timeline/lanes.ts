/**
 * Items to place, as parallel arrays (one entry per item) so a crowd of thousands allocates a few
 * buffers per frame rather than an object each.
 */
export interface LaneInput {
	x0: Float64Array;
	x1: Float64Array;
	/** 1 for items that must be drawn (focused, selected): placed first, never overflowing. */
	pinned: Uint8Array;
}

/** Marks an item that fits in no lane. */
export const OVERFLOW = -1;

/**
 * Greedy interval partitioning: each item goes into the first lane where it does not overlap its
 * neighbours (with `gap` pixels between them); items that fit in none of `maxLanes` get OVERFLOW.
 * Lanes never hold overlapping items whatever the order; sorted by x0, they are also packed best.
 * Returns the lane of each item.
 */
export function assignLanes({ x0, x1, pinned }: LaneInput, maxLanes: number, gap = 6): Int16Array {
	const n = x0.length;
	const lanes = new Int16Array(n).fill(OVERFLOW);
	const ends = new Array<number>(maxLanes).fill(-Infinity);
	// In a crowd most items overflow; the lowest lane end rules them out in O(1).
	let lowest = -Infinity;
	for (let i = 0; i < n; i++) {
		if (lowest + gap > x0[i]!) continue;
		let lane = 0;
		while (lane < maxLanes && ends[lane]! + gap > x0[i]!) lane++;
		if (lane === maxLanes) continue;
		lanes[i] = lane;
		ends[lane] = x1[i]!;
		lowest = Math.min(...ends);
	}
	// A pinned item that found no lane takes one, pushing what it overlaps into the overflow.
	// Pinned items that already have a lane keep it, so focusing a marker never moves it.
	const overlaps = (i: number, j: number) => x0[i]! < x1[j]! + gap && x0[j]! < x1[i]! + gap;
	for (let i = 0; i < n; i++) {
		if (!pinned[i] || lanes[i] !== OVERFLOW) continue;
		let lane = 0;
		const blockedByPinned = (l: number) => {
			for (let j = 0; j < n; j++) if (pinned[j] && lanes[j] === l && overlaps(i, j)) return true;
			return false;
		};
		while (lane < maxLanes - 1 && blockedByPinned(lane)) lane++;
		for (let j = 0; j < n; j++) if (lanes[j] === lane && overlaps(i, j)) lanes[j] = OVERFLOW;
		lanes[i] = lane;
	}
	return lanes;
}
