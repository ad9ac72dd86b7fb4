import type { Timeline, TimelineEvent } from '../timeline.ts';
import { formatEventDate } from '../timeline/formatEventDate.ts';

/** Columns of the CSV, in order: header name and how to read it off an event. */
const COLUMNS: [string, (e: TimelineEvent) => string][] = [
	['id', (e) => e.id],
	['title', (e) => e.title],
	['date', (e) => formatEventDate(e)],
	['start', (e) => e.start],
	['end', (e) => e.end ?? ''],
	['precision', (e) => e.precision],
	['approximate', (e) => String(e.approximate)],
	['start_latest', (e) => e.startLatest ?? ''],
	['end_earliest', (e) => e.endEarliest ?? ''],
	['derivation', (e) => e.derivation],
	['confidence', (e) => String(e.confidence)],
	['summary', (e) => e.summary],
	['explanation', (e) => e.explanation],
	['documents', (e) => [...new Set(e.sources.map((s) => s.document))].join(' ')],
];

/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return that hides one) as a
 * formula; a leading apostrophe makes them show it as text (OWASP's CSV injection advice).
 */
function defuse(cell: string): string {
	return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** RFC 4180: quote a field holding a comma, quote or line break, doubling inner quotes. */
function quote(cell: string): string {
	return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** One header row, then one row per event in timeline order; CRLF line ends as RFC 4180 asks. */
export function toCsv(timeline: Timeline): string {
	const rows = [
		COLUMNS.map(([name]) => name),
		...timeline.events.map((e) => COLUMNS.map(([, read]) => defuse(read(e)))),
	];
	return rows.map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n';
}
