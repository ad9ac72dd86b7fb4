import type { Precision } from '../timeline.ts';

/** A TimelineJS3 date: every part may be a number or a numeric string; only `year` is required. */
export interface Tl3Date {
	year: number | string;
	month?: number | string;
	day?: number | string;
	hour?: number | string;
	minute?: number | string;
	second?: number | string;
	display_date?: string;
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/** Splits an ISO date of any precision into TimelineJS3 parts (numbers, as TimelineJS3 writes them). */
export function isoToTl3(iso: string): Tl3Date {
	const m = iso.match(/^(-?\d+)(?:-(\d\d)(?:-(\d\d)(?:T(\d\d):(\d\d)(?::(\d\d))?)?)?)?/);
	if (!m) throw new Error(`not an ISO date: ${iso}`);
	const parts: Tl3Date = { year: Number(m[1]) };
	const names = ['month', 'day', 'hour', 'minute', 'second'] as const;
	names.forEach((name, i) => {
		const value = m[i + 2];
		if (value !== undefined) parts[name] = Number(value);
	});
	return parts;
}

function part(value: unknown): number | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	const n = typeof value === 'number' ? value : Number(String(value).trim());
	return Number.isInteger(n) ? n : Number.NaN;
}

/** A parsed TimelineJS3 date, or why it cannot be one of ours. */
export type Tl3Parsed =
	{ ok: true; iso: string; precision: Precision } | { ok: false; reason: string };

/** Turns TimelineJS3 parts into an ISO date at the finest precision the parts give. */
export function tl3ToIso(date: unknown): Tl3Parsed {
	if (typeof date !== 'object' || date === null) return { ok: false, reason: 'no date' };
	const d = date as Record<string, unknown>;
	const [year, month, day, hour, minute, second] = [
		d.year,
		d.month,
		d.day,
		d.hour,
		d.minute,
		d.second,
	].map(part);
	if (year === undefined || Number.isNaN(year)) return { ok: false, reason: 'no year' };
	if (Math.abs(year) > 9999) return { ok: false, reason: `year ${year} is beyond ±9999` };
	let iso = `${year < 0 ? '-' : ''}${pad(year, 4)}`;
	if (month === undefined) return { ok: true, iso, precision: 'year' };
	if (!(month >= 1 && month <= 12)) return { ok: false, reason: `month ${String(d.month)}` };
	iso += `-${pad(month)}`;
	if (day === undefined) return { ok: true, iso, precision: 'month' };
	const days =
		new Date(Date.UTC(2000, month, 0)).getUTCDate() - (month === 2 && !leap(year) ? 1 : 0);
	if (!(day >= 1 && day <= days)) return { ok: false, reason: `day ${String(d.day)}` };
	iso += `-${pad(day)}`;
	if (hour === undefined) return { ok: true, iso, precision: 'day' };
	if (!(hour >= 0 && hour <= 23)) return { ok: false, reason: `hour ${String(d.hour)}` };
	const min = minute ?? 0;
	if (!(min >= 0 && min <= 59)) return { ok: false, reason: `minute ${String(d.minute)}` };
	iso += `T${pad(hour)}:${pad(min)}`;
	if (second !== undefined) {
		if (!(second >= 0 && second <= 59)) return { ok: false, reason: `second ${String(d.second)}` };
		iso += `:${pad(second)}`;
	}
	return { ok: true, iso, precision: 'minute' };
}

function leap(year: number): boolean {
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
