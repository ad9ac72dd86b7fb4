import { bisectLeft, bisectRight } from 'd3-array';
import { compareIso, type TimelineEvent } from '../timeline.ts';
import { DAY } from './isoDates.ts';
import { eventExtent, type EventExtent } from './eventExtent.ts';

/** An event with its extent and its position in date order. */
export interface IndexedEvent {
	event: TimelineEvent;
	extent: EventExtent;
	/** Position in date order (0-based). */
	order: number;
}

interface Bucket {
	maxLength: number;
	items: IndexedEvent[];
	starts: Float64Array;
}

/** Events in date order, bucketed by length so a range query stays proportional to its result. */
export interface EventIndex {
	ordered: IndexedEvent[];
	byId: Map<string, IndexedEvent>;
	buckets: Bucket[];
}

const LENGTH_CLASSES = [DAY, 32 * DAY, 367 * DAY, 3700 * DAY, Infinity];

function byDate(a: TimelineEvent, b: TimelineEvent): number {
	return (
		compareIso(a.start, b.start) ||
		compareIso(a.end ?? a.start, b.end ?? b.start) ||
		(a.id < b.id ? -1 : 1)
	);
}

/** Builds the index once per timeline. */
export function buildEventIndex(events: TimelineEvent[]): EventIndex {
	const ordered = [...events]
		.sort(byDate)
		.map((event, order) => ({ event, extent: eventExtent(event), order }));
	const buckets = LENGTH_CLASSES.map((maxLength, i) => {
		const min = i === 0 ? -Infinity : LENGTH_CLASSES[i - 1]!;
		const items = ordered
			.filter(
				(e) => e.extent.end - e.extent.start > min && e.extent.end - e.extent.start <= maxLength,
			)
			.sort((a, b) => a.extent.start - b.extent.start);
		return { maxLength, items, starts: Float64Array.from(items, (e) => e.extent.start) };
	});
	return { ordered, byId: new Map(ordered.map((e) => [e.event.id, e])), buckets };
}

/**
 * Events whose extent touches `[from, to]`, in date order. Binary search per length class, so the
 * work is proportional to the events returned, not to the whole timeline.
 */
export function eventsInRange(index: EventIndex, from: number, to: number): IndexedEvent[] {
	const out: IndexedEvent[] = [];
	for (const b of index.buckets) {
		if (b.items.length === 0) continue;
		const lo = b.maxLength === Infinity ? 0 : bisectLeft(b.starts, from - b.maxLength);
		const hi = bisectRight(b.starts, to);
		for (let i = lo; i < hi; i++) {
			const e = b.items[i]!;
			if (e.extent.end >= from) out.push(e);
		}
	}
	// Sorting is only needed when more than one length class contributed.
	let sorted = true;
	for (let i = 1; i < out.length && sorted; i++) sorted = out[i - 1]!.order < out[i]!.order;
	return sorted ? out : out.sort((a, b) => a.order - b.order);
}
