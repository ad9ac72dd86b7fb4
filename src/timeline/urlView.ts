import { DAY } from './isoDates.ts';
import { parseIso } from './isoDates.ts';

/** What a URL says about the view; every field optional. */
export interface UrlView {
	event?: string;
	from?: number;
	to?: number;
}

/** A parsed URL view plus the reasons any part of it was rejected. */
export interface ParsedView {
	view: UrlView;
	problems: string[];
}

const URL_DATE = /^-?\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?Z?)?$/;
const ID = /^[A-Za-z0-9_-]+$/;

function parseDate(name: string, raw: string | null, problems: string[]): number | undefined {
	if (raw === null) return undefined;
	const t = URL_DATE.test(raw) ? parseIso(raw) : undefined;
	if (t === undefined) problems.push(`“${raw}” is not a date (${name})`);
	return t;
}

/**
 * Reads `?event=&from=&to=`. Malformed dates and reversed ranges are dropped with a problem, so
 * the caller can fall back to the full view and say why.
 */
export function parseView(search: string): ParsedView {
	const q = new URLSearchParams(search);
	const problems: string[] = [];
	const view: UrlView = {};
	const event = q.get('event');
	if (event !== null) {
		if (ID.test(event)) view.event = event;
		else problems.push(`“${event}” is not an event id`);
	}
	const from = parseDate('from', q.get('from'), problems);
	const to = parseDate('to', q.get('to'), problems);
	if (from !== undefined && to !== undefined && from >= to) {
		problems.push('the range ends before it starts');
	} else if (!problems.some((p) => p.endsWith('(from)') || p.endsWith('(to)'))) {
		if (from !== undefined) view.from = from;
		if (to !== undefined) view.to = to;
	}
	return { view, problems };
}

/** `YYYY-MM-DD`, `YYYY-MM-DDTHH:mmZ` or with seconds: as coarse as one pixel allows. */
export function formatUrlDate(t: number, msPerPixel: number): string {
	const unit = msPerPixel >= DAY ? DAY : msPerPixel >= 60_000 ? 60_000 : 1000;
	const iso = new Date(Math.round(t / unit) * unit).toISOString();
	if (unit === DAY) return iso.slice(0, 10);
	return `${iso.slice(0, unit === 60_000 ? 16 : 19)}Z`;
}

/** Writes the view as a query string (with `?`, or empty when nothing is set). */
export function formatView(view: UrlView, msPerPixel: number): string {
	const q: string[] = [];
	if (view.event) q.push(`event=${encodeURIComponent(view.event)}`);
	if (view.from !== undefined) q.push(`from=${formatUrlDate(view.from, msPerPixel)}`);
	if (view.to !== undefined) q.push(`to=${formatUrlDate(view.to, msPerPixel)}`);
	return q.length ? `?${q.join('&')}` : '';
}
