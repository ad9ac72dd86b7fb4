import type { Timeline } from '../timeline.ts';

/**
 * The timeline without what only hidden documents state: an event or era stays when any of its
 * sources is in a visible document (or it has no source at all). Documents are all kept, so each
 * keeps its colour and its place in the legend.
 */
export function filterDocuments(timeline: Timeline, hidden: ReadonlySet<string>): Timeline {
	if (hidden.size === 0) return timeline;
	const shown = (sources: { document: string }[]) =>
		sources.length === 0 || sources.some((s) => !hidden.has(s.document));
	return {
		...timeline,
		events: timeline.events.filter((e) => shown(e.sources)),
		eras: timeline.eras.filter((e) => shown(e.sources)),
		undated: timeline.undated.filter((e) => shown(e.sources)),
	};
}
