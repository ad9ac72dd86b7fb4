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
	/** True when the date was read off the article's own date (and so waits for it when unknown). */
	dependsOnCreationDate?: boolean;
}
