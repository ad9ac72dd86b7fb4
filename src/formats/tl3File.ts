import type { Era, TimelineDocument, TimelineEvent, UndatedEvent } from '../timeline.ts';
import type { Tl3Date } from './tl3Date.ts';

/** The slide text of TimelineJS3; both fields are HTML. */
export interface Tl3Text {
	headline?: string;
	text?: string;
}

/**
 * What TimelineJS3 cannot express travels in a `dateline` field on each object, which TimelineJS3
 * ignores, so a Dateline → TimelineJS3 → Dateline round trip loses nothing.
 */
export type EventExtra = Omit<TimelineEvent, 'id' | 'title' | 'summary' | 'start' | 'end'>;
export type EraExtra = Pick<Era, 'approximate' | 'explanation' | 'sources'>;

/** A TimelineJS3 file as this app writes it. */
export interface Tl3File {
	title?: { text?: Tl3Text };
	events: {
		unique_id: string;
		start_date: Tl3Date;
		end_date?: Tl3Date;
		text: Tl3Text;
		dateline: EventExtra;
	}[];
	eras: {
		unique_id: string;
		start_date: Tl3Date;
		end_date: Tl3Date;
		text: Tl3Text;
		dateline: EraExtra;
	}[];
	/** The articles, and the events waiting for an article's unknown date (absent before version 2). */
	dateline: { schemaVersion: number; documents: TimelineDocument[]; undated?: UndatedEvent[] };
}
