import type { IndexedEvent } from './eventIndex.ts';
import { assignLanes, type LaneItem } from './lanes.ts';
import { clusterItems, type Cluster } from './clusters.ts';
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

/** Estimated width of an event label (no layout is read back from the DOM). */
export function eventLabelWidth(label: string): number {
	return label.length * 6.9 + 14;
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
	const items: (LaneItem & { p: PlacedEvent })[] = visible.map((ie) => {
		const e = ie.extent;
		const label = shortLabel(ie.event.title);
		const solidX0 = px(e.solidStart);
		const solidX1 = Math.max(px(e.solidEnd), solidX0);
		const bar = e.kind !== 'instant' && solidX1 - solidX0 >= 3;
		const w = eventLabelWidth(label);
		let labelX = bar ? Math.min(Math.max(solidX0, 0), Math.max(solidX1 - 40, solidX0)) : solidX0 - 5;
		// Near the right edge the label would run off the plot: end it at the marker instead.
		const flip = labelX + w > width && labelX + w - width > 8;
		if (flip) labelX = bar ? Math.max(Math.min(labelX, width - w), 0) : Math.max(solidX0 + 5 - w, 0);
		const p: PlacedEvent = { ie, lane: 0, x0: px(e.start), solidX0, solidX1, x1: px(e.end), labelX, label, flip: flip && !bar };
		const x0 = Math.min(p.x0, solidX0 - 6, labelX);
		const x1 = Math.max(p.x1, solidX0 + 6, labelX + w);
		return { id: ie.event.id, x0, x1, pinned: pinned.has(ie.event.id), p };
	});
	items.sort((a, b) => a.x0 - b.x0);
	const { placed, overflow } = assignLanes(items, maxLanes);
	const markers = placed.map(({ item, lane }) => ({ ...item.p, lane }));
	markers.sort((a, b) => a.ie.order - b.ie.order);
	const clusters = clusterItems(
		overflow.map((o) => ({ id: o.id, x0: Math.max(o.p.solidX0, 0), start: o.p.ie.extent.solidStart, end: o.p.ie.extent.solidEnd })),
		CLUSTER_WIDTH,
	);
	return { markers, clusters };
}
