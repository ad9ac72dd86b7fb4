import type { TimelineEvent } from '../timeline.ts';
import { isoCoverage } from './isoDates.ts';

/** How an event is drawn: a point, a bar for a year/month-precision date, or a bar for a span. */
export type EventKind = 'instant' | 'period' | 'span';

/**
 * Where an event sits in time. `solidStart`–`solidEnd` is what the text asserts; `start`–`end`
 * also includes the stretch that fades out where a bound is only approximate.
 */
export interface EventExtent {
	kind: EventKind;
	start: number;
	solidStart: number;
	solidEnd: number;
	end: number;
}

/** Share of the asserted length that an open-ended bound fades over. */
const FADE_SHARE = 0.35;

/** Computes the extent of an event from its ISO dates, precision and approximate bounds. */
export function eventExtent(e: TimelineEvent): EventExtent {
	const first = isoCoverage(e.start, e.precision);
	const last = e.end === undefined ? first : isoCoverage(e.end, e.precision);
	let solidStart = first.start;
	let solidEnd = last.end;
	const kind: EventKind =
		e.end !== undefined
			? 'span'
			: e.precision === 'day' || e.precision === 'minute'
				? 'instant'
				: 'period';
	let start = solidStart;
	let end = solidEnd;
	// "more than 500 days": the start lies somewhere before startLatest, so fade towards the past.
	if (e.startLatest !== undefined) {
		solidStart = Math.max(solidStart, isoCoverage(e.startLatest).start);
		start = Math.min(first.start, solidStart - FADE_SHARE * Math.max(solidEnd - solidStart, 0));
	}
	if (e.endEarliest !== undefined) {
		solidEnd = Math.min(solidEnd, isoCoverage(e.endEarliest).end);
		end = Math.max(last.end, solidEnd + FADE_SHARE * Math.max(solidEnd - solidStart, 0));
	}
	return { kind, start, solidStart, solidEnd, end };
}
