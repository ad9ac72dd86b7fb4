import type { Timeline, TimelineEvent } from '../timeline.ts';
import { isoCoverage } from '../timeline/isoDates.ts';

/** RFC 5545 TEXT escaping: backslash first, then the separators, then line breaks. */
function escapeText(text: string): string {
	return text
		.replace(/\\/g, '\\\\')
		.replace(/;/g, '\\;')
		.replace(/,/g, '\\,')
		.replace(/\r\n|\r|\n/g, '\\n');
}

/** UTF-8 length of one code point. */
function octetsOf(ch: string): number {
	const cp = ch.codePointAt(0)!;
	return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/**
 * Folds a content line so no line exceeds 75 octets of UTF-8 (RFC 5545 §3.1), never inside a
 * character; each continuation starts with a space, which counts towards its 75.
 */
export function foldLine(line: string): string {
	if (line.length <= 75 && /^[\x00-\x7f]*$/.test(line)) return line;
	const out: string[] = [];
	let current = '';
	let octets = 0;
	for (const ch of line) {
		const size = octetsOf(ch);
		if (octets + size > 75) {
			out.push(current);
			current = ' ';
			octets = 1;
		}
		current += ch;
		octets += size;
	}
	out.push(current);
	return out.join('\r\n');
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function icsDate(ms: number): string {
	const d = new Date(ms);
	return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`;
}

/** First covered day, and the day after the last covered day (DTEND of an all-day event is exclusive). */
function allDay(e: TimelineEvent): { start: string; end: string } {
	const first = isoCoverage(e.start, e.precision);
	const last = e.end === undefined ? first : isoCoverage(e.end, e.precision);
	const DAY = 86_400_000;
	// A minute-precision end still covers its whole day.
	const endDay = Math.ceil(last.end / DAY) * DAY;
	return { start: icsDate(first.start), end: icsDate(endDay) };
}

/** DTSTAMP comes from the newest article date, not the clock, so the same timeline gives the same file. */
function stamp(timeline: Timeline): string {
	const dates = timeline.documents
		.flatMap((d) => (d.creationDate.value === null ? [] : [d.creationDate.value]))
		.sort();
	const latest = dates.at(-1) ?? '1970-01-01';
	return `${latest.replace(/-/g, '')}T000000Z`;
}

/**
 * An iCalendar file with one all-day VEVENT per event. iCalendar dates have four-digit years from
 * 0001, so events before that are left out.
 */
export function toIcs(timeline: Timeline): string {
	const dtstamp = stamp(timeline);
	const name = timeline.documents[0]?.title ?? 'Dateline timeline';
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//Dateline//Dateline timeline//EN',
		'CALSCALE:GREGORIAN',
		`X-WR-CALNAME:${escapeText(name)}`,
	];
	for (const e of timeline.events) {
		if (/^-|^0000/.test(e.start)) continue;
		const { start, end } = allDay(e);
		const description = [e.summary, e.explanation].filter(Boolean).join('\n\n');
		lines.push(
			'BEGIN:VEVENT',
			`UID:${e.id}@dateline`,
			`DTSTAMP:${dtstamp}`,
			`DTSTART;VALUE=DATE:${start}`,
			`DTEND;VALUE=DATE:${end}`,
			`SUMMARY:${escapeText(e.title)}`,
			`DESCRIPTION:${escapeText(description)}`,
			'END:VEVENT',
		);
	}
	lines.push('END:VCALENDAR');
	return lines.map(foldLine).join('\r\n') + '\r\n';
}
