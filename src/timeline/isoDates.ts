import type { Precision } from '../timeline.ts';

/** A half-open stretch of UTC time in epoch milliseconds: `[start, end)`. */
export interface Coverage {
	start: number;
	end: number;
}

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

const ISO = /^(-?\d{4,})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?)?)?Z?$/;

/** `Date.UTC` that keeps years 0–99 as written instead of mapping them to 1900–1999. */
export function utcMs(year: number, month = 0, day = 1, hour = 0, minute = 0, second = 0): number {
	const d = new Date(Date.UTC(2000, 0, 1, hour, minute, second));
	d.setUTCFullYear(year, month, day);
	return d.getTime();
}

/** The precision an ISO string is written at, from its shape. */
export function isoPrecision(iso: string): Precision {
	const m = ISO.exec(iso);
	if (!m) throw new Error(`not an ISO date: ${iso}`);
	if (m[4] !== undefined) return 'minute';
	if (m[3] !== undefined) return 'day';
	if (m[2] !== undefined) return 'month';
	return 'year';
}

/**
 * The stretch of time an ISO date stands for: a year-only date covers its whole year, a month its
 * month, a day its day; `decade` precision covers ten years from the year written.
 */
export function isoCoverage(iso: string, precision?: Precision): Coverage {
	const m = ISO.exec(iso);
	if (!m) throw new Error(`not an ISO date: ${iso}`);
	const y = Number(m[1]);
	const mo = m[2] === undefined ? 0 : Number(m[2]) - 1;
	const d = m[3] === undefined ? 1 : Number(m[3]);
	const h = m[4] === undefined ? 0 : Number(m[4]);
	const mi = m[5] === undefined ? 0 : Number(m[5]);
	const s = m[6] === undefined ? 0 : Number(m[6]);
	const start = utcMs(y, mo, d, h, mi, s);
	const written = isoPrecision(iso);
	const unit = precision === 'decade' && written === 'year' ? 'decade' : written;
	switch (unit) {
		case 'decade':
			return { start, end: utcMs(y + 10) };
		case 'year':
			return { start, end: utcMs(y + 1) };
		case 'month':
			return { start, end: utcMs(y, mo + 1) };
		case 'day':
			return { start, end: start + DAY };
		default:
			return { start, end: start + (m[6] === undefined ? 60_000 : 1000) };
	}
}

/** Parses an ISO date (any precision) to its first instant, or undefined when malformed. */
export function parseIso(iso: string): number | undefined {
	if (!ISO.test(iso)) return undefined;
	const m = ISO.exec(iso)!;
	const mo = m[2] === undefined ? 1 : Number(m[2]);
	const d = m[3] === undefined ? 1 : Number(m[3]);
	const h = m[4] === undefined ? 0 : Number(m[4]);
	const mi = m[5] === undefined ? 0 : Number(m[5]);
	const s = m[6] === undefined ? 0 : Number(m[6]);
	if (mo < 1 || mo > 12 || h > 23 || mi > 59 || s > 59) return undefined;
	const t = utcMs(Number(m[1]), mo - 1, d, h, mi, s);
	// Rejects days that roll over into the next month, such as 2023-02-30.
	if (new Date(t).getUTCDate() !== d) return undefined;
	return t;
}
