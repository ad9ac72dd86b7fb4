import type { Timeline, TimelineDocument } from '../timeline.ts';
import { buildEventIndex, type EventIndex, type IndexedEvent } from '../timeline/eventIndex.ts';
import { isoCoverage } from '../timeline/isoDates.ts';
import { fitRange, type Range } from '../timeline/viewRange.ts';
import type { EraSpan } from '../timeline/eraNav.ts';

/** An era with its bounds in milliseconds. */
export interface EraView extends EraSpan {
	title: string;
	approximate: boolean;
	explanation: string;
}

/** The loaded timeline, indexed once; immutable, so it needs no runes. */
export class TimelineData {
	readonly index: EventIndex;
	readonly eras: EraView[];
	readonly documents: Map<string, TimelineDocument>;
	/** From the earliest to the latest instant of any event or era. */
	readonly extent: Range;
	/** The fit-all view. */
	readonly fit: Range;
	readonly headline: string;
	/** Each document's place in the timeline, which fixes its colour. */
	readonly docIndex: Map<string, number>;

	constructor(readonly timeline: Timeline) {
		this.index = buildEventIndex(timeline.events);
		this.eras = timeline.eras
			.map((e) => ({
				id: e.id,
				title: e.title,
				approximate: e.approximate,
				explanation: e.explanation,
				start: isoCoverage(e.start).start,
				end: isoCoverage(e.end).end,
			}))
			.sort((a, b) => a.start - b.start);
		this.documents = new Map(timeline.documents.map((d) => [d.id, d]));
		this.docIndex = new Map(timeline.documents.map((d, i) => [d.id, i]));
		const starts = [
			...this.index.ordered.map((e) => e.extent.start),
			...this.eras.map((e) => e.start),
		];
		const ends = [...this.index.ordered.map((e) => e.extent.end), ...this.eras.map((e) => e.end)];
		const now = Date.now();
		this.extent = starts.length
			? { from: Math.min(...starts), to: Math.max(...ends) }
			: { from: now - 365 * 864e5, to: now };
		this.fit = fitRange(this.extent);
		this.headline = timeline.documents[0]?.title.trim() || 'Timeline';
	}

	/** The documents an event is read from, by their place in the timeline (no repeats). */
	sourceDocs(event: { sources: { document: string }[] }): number[] {
		return [...new Set(event.sources.map((s) => this.docIndex.get(s.document) ?? 0))];
	}

	/** The event with this id, if any. */
	event(id: string | null | undefined): IndexedEvent | undefined {
		return id ? this.index.byId.get(id) : undefined;
	}
}
