import { parseTimeline, type Timeline } from '../timeline.ts';

/** The timeline, or a message and the list of problems to show instead. */
export type LoadResult =
	{ ok: true; timeline: Timeline } | { ok: false; message: string; problems: string[] };

/** Fetches and validates `timeline.json`; never throws. */
export async function loadTimeline(
	url = './timeline.json',
	fetcher: typeof fetch = fetch,
): Promise<LoadResult> {
	let text: string;
	try {
		const res = await fetcher(url, { cache: 'no-cache' });
		if (!res.ok)
			return {
				ok: false,
				message: `Could not load the timeline: ${url} answered HTTP ${res.status}.`,
				problems: [],
			};
		text = await res.text();
	} catch (e) {
		return {
			ok: false,
			message: `Could not load the timeline from ${url}.`,
			problems: [(e as Error).message],
		};
	}
	const parsed = parseTimeline(text);
	if (parsed.ok) return parsed;
	return {
		ok: false,
		message: 'The timeline file is not valid, so nothing can be shown.',
		problems: parsed.errors,
	};
}
