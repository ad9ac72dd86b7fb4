import type { TimelineEvent } from '../timeline.ts';
import { isoCoverage, isoPrecision } from './isoDates.ts';
import { formatUtc } from './formatUtc.ts';

function one(iso: string, decade: boolean): string {
	const t = isoCoverage(iso).start;
	switch (isoPrecision(iso)) {
		case 'year':
			return decade ? `the ${formatUtc(t, 'yyyy')}s` : formatUtc(t, 'yyyy');
		case 'month':
			return formatUtc(t, 'MMMM yyyy');
		case 'day':
			return formatUtc(t, 'd MMM yyyy');
		default:
			return `${formatUtc(t, 'd MMM yyyy, HH:mm')} UTC`;
	}
}

/** The event's date for people: "27 Jul 1953", "July 1950", "on or before 14 Mar 2022 – 27 Jul 2023". */
export function formatEventDate(e: TimelineEvent): string {
	const decade = e.precision === 'decade';
	const start = e.startLatest ? `on or before ${one(e.startLatest, decade)}` : one(e.start, decade);
	const circa = e.approximate && !e.startLatest && !e.endEarliest ? 'c. ' : '';
	if (e.end === undefined) return `${circa}${start}`;
	const end = e.endEarliest ? `on or after ${one(e.endEarliest, decade)}` : one(e.end, decade);
	return `${circa}${start} – ${end}`;
}
