import type { Derivation, Source } from '../../timeline.ts';
import type { Placement } from '../types.ts';

/** An event before merging and id assignment. */
export interface Draft {
	title: string;
	summary: string;
	placement: Placement;
	derivation: Derivation;
	explanation: string;
	confidence: number;
	approximate: boolean;
	/** Mentions with the same date and key are one event. */
	key: string;
	source: Source;
	/**
	 * True when the date counts from the document's own date ("today", "on Monday", news reported as
	 * just happened). When that date is unknown the event is kept in `Timeline.undated` instead of
	 * being placed; when it is known the flag changes nothing.
	 */
	dependsOnCreationDate?: boolean;
}
