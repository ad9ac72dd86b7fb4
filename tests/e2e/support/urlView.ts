/** Reads the view the app writes into the URL (`?event=&from=&to=`, see the DOM contract). */

/** The parts of a deep link. */
export interface UrlView {
	event?: string;
	from?: string;
	to?: string;
}

/** Extracts event / from / to from a URL; absent parameters stay undefined. */
export function parseUrlView(url: string): UrlView {
	const params = new URL(url).searchParams;
	const view: UrlView = {};
	for (const key of ['event', 'from', 'to'] as const) {
		const value = params.get(key);
		if (value !== null) view[key] = value;
	}
	return view;
}

const ISO = /^(-?\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?Z?)?)?)?$/;

/** Milliseconds (UTC) of the first instant of an ISO date of any precision the app writes. */
export function isoToMs(iso: string): number {
	const m = ISO.exec(iso);
	if (!m) throw new Error(`not an ISO date the app writes: "${iso}"`);
	const [y, mo, d, h, mi, s] = m
		.slice(1)
		.map((part) => (part === undefined ? undefined : Number(part)));
	const date = new Date(0);
	date.setUTCFullYear(y ?? 0, (mo ?? 1) - 1, d ?? 1);
	date.setUTCHours(h ?? 0, mi ?? 0, s ?? 0, 0);
	return date.getTime();
}
