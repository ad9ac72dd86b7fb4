import type { IndexedEvent } from './eventIndex.ts';
import { OVERFLOW, assignLanes } from './lanes.ts';
import { clusterBins, type Cluster } from './clusters.ts';
import type { Range } from './viewRange.ts';

/** An event placed on the plot, in pixels. */
export interface PlacedEvent {
	ie: IndexedEvent;
	lane: number;
	/** Outer extent (including fades) and the asserted part, in pixels. */
	x0: number;
	solidX0: number;
	solidX1: number;
	x1: number;
	/** Left edge of the label, kept on screen for bars that start off to the left. */
	labelX: number;
	/** True when the label ends at the marker instead of starting there (near the right edge). */
	flip: boolean;
	/** Drawn as a bar over the time it covers (a span, a year, or a day seen at hour scale). */
	bar: boolean;
	label: string;
}

/** Everything the events layer draws. */
export interface EventLayout {
	markers: PlacedEvent[];
	clusters: Cluster[];
}

const MAX_LABEL = 28;
export const CLUSTER_WIDTH = 48;

/** The label shown on the plot: the title, shortened with an ellipsis. */
export function shortLabel(title: string): string {
	return title.length > MAX_LABEL ? `${title.slice(0, MAX_LABEL - 1).trimEnd()}…` : title;
}

/** Estimated width of an event label of `chars` characters (no layout is read back from the DOM). */
export function eventLabelWidth(chars: number): number {
	return chars * 6.9 + 14;
}

function place(
	ie: IndexedEvent,
	lane: number,
	px: (t: number) => number,
	width: number,
): PlacedEvent {
	const e = ie.extent;
	const label = shortLabel(ie.event.title);
	const w = eventLabelWidth(label.length);
	const solidX0 = px(e.solidStart);
	const solidX1 = Math.max(px(e.solidEnd), solidX0);
	// A day or a minute is a point until it is wide enough to read as a stretch of time.
	const bar = solidX1 - solidX0 >= (e.kind === 'instant' ? 8 : 3);
	let labelX = bar ? Math.min(Math.max(solidX0, 0), Math.max(solidX1 - 40, solidX0)) : solidX0 - 5;
	const flip = labelX + w > width + 8;
	if (flip) labelX = bar ? Math.max(Math.min(labelX, width - w), 0) : Math.max(solidX0 + 5 - w, 0);
	return {
		ie,
		lane,
		x0: px(e.start),
		solidX0,
		solidX1,
		x1: px(e.end),
		labelX,
		label,
		flip: flip && !bar,
		bar,
	};
}

/**
 * Places visible events in lanes so no two labels overlap; what does not fit in `maxLanes`
 * collapses into clusters. `pinned` events (focused, selected) are always drawn.
 */
export function layoutEvents(
	visible: IndexedEvent[],
	view: Range,
	width: number,
	maxLanes: number,
	pinned: ReadonlySet<string> = new Set(),
): EventLayout {
	const k = width / (view.to - view.from);
	const px = (t: number) => (t - view.from) * k;
	const n = visible.length;
	const input = { x0: new Float64Array(n), x1: new Float64Array(n), pinned: new Uint8Array(n) };
	// `visible` comes in date order, which is x order up to fades and flips: close enough for the
	// greedy lanes and far cheaper than sorting every frame.
	for (let i = 0; i < n; i++) {
		const ie = visible[i]!;
		const e = ie.extent;
		const solidX0 = px(e.solidStart);
		const w = eventLabelWidth(Math.min(ie.event.title.length, MAX_LABEL));
		const endX = px(e.end);
		// Near the right edge labels end at the marker, so the item reaches left instead.
		const flipped = solidX0 - 5 + w > width + 8;
		input.x0[i] = Math.min(px(e.start), solidX0 - 6, flipped ? solidX0 + 5 - w : Infinity);
		input.x1[i] = flipped ? Math.max(endX, solidX0 + 6) : Math.max(endX, Math.max(solidX0, 0) + w);
		input.pinned[i] = pinned.size && pinned.has(ie.event.id) ? 1 : 0;
	}
	const lanes = assignLanes(input, maxLanes);
	const markers: PlacedEvent[] = [];
	const bins = clusterBins(CLUSTER_WIDTH);
	for (let i = 0; i < n; i++) {
		const ie = visible[i]!;
		if (lanes[i] !== OVERFLOW) markers.push(place(ie, lanes[i]!, px, width));
		else bins.add(Math.max(px(ie.extent.solidStart), 0), ie.extent.solidStart, ie.extent.solidEnd);
	}
	const clusters = bins.done();
	return { markers, clusters };
}
