/** Calendar arithmetic on plain year-month-day values, in UTC so no time zone can shift a day. */
export interface Ymd {
	y: number;
	m: number;
	d: number;
}

const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, '0');

/** Formats a year the ISO way: four digits, a minus sign for years before year 0. */
export function isoYear(y: number): string {
	return (y < 0 ? '-' : '') + pad(y, 4);
}

export function isoMonth(y: number, m: number): string {
	return `${isoYear(y)}-${pad(m)}`;
}

export function isoDay(v: Ymd): string {
	return `${isoMonth(v.y, v.m)}-${pad(v.d)}`;
}

export function parseYmd(s: string): Ymd | null {
	const m = /^(-?\d{4})-(\d{2})-(\d{2})$/.exec(s);
	if (!m) return null;
	const v = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
	return isValidYmd(v) ? v : null;
}

export function daysInMonth(y: number, m: number): number {
	return [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
}

function isLeap(y: number): boolean {
	return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function isValidYmd(v: Ymd): boolean {
	return Number.isInteger(v.y) && v.m >= 1 && v.m <= 12 && v.d >= 1 && v.d <= daysInMonth(v.y, v.m);
}

function toUtc(v: Ymd): Date {
	const date = new Date(Date.UTC(2000, v.m - 1, v.d));
	date.setUTCFullYear(v.y);
	return date;
}

function fromUtc(date: Date): Ymd {
	return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

export function addDays(v: Ymd, n: number): Ymd {
	const date = toUtc(v);
	date.setUTCDate(date.getUTCDate() + n);
	return fromUtc(date);
}

/** Adds months, clamping the day (Jan 31 + 1 month = Feb 28/29), as a reader would. */
export function addMonths(v: Ymd, n: number): Ymd {
	const total = v.y * 12 + (v.m - 1) + n;
	const y = Math.floor(total / 12);
	const m = total - y * 12 + 1;
	return { y, m, d: Math.min(v.d, daysInMonth(y, m)) };
}

export function addYears(v: Ymd, n: number): Ymd {
	return addMonths(v, n * 12);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(v: Ymd): number {
	return toUtc(v).getUTCDay();
}

/** ISO 8601 week (`2023-W30`): weeks start on Monday and week 1 holds the year's first Thursday. */
export function isoWeek(v: Ymd): string {
	const thursday = addDays(v, 3 - ((weekday(v) + 6) % 7));
	const jan1 = { y: thursday.y, m: 1, d: 1 };
	const week = Math.floor(daysBetween(jan1, thursday) / 7) + 1;
	return `${isoYear(thursday.y)}-W${pad(week)}`;
}

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: Ymd, b: Ymd): number {
	return Math.round((toUtc(b).getTime() - toUtc(a).getTime()) / 86_400_000);
}

export function compareYmd(a: Ymd, b: Ymd): number {
	return a.y - b.y || a.m - b.m || a.d - b.d;
}

/** Quarter (1–4) holding a month. */
export function quarterOf(m: number): number {
	return Math.floor((m - 1) / 3) + 1;
}
