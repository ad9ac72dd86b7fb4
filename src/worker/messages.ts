/** The messages between the page and the extraction worker. */
import type { ArticleInput } from '../extract/pipeline.ts';
import type { Timeline } from '../timeline.ts';

/** Page → worker: extract these articles into one timeline. */
export interface RunRequest {
	type: 'run';
	inputs: ArticleInput[];
}

/** Worker → page: how far the run is (0–1), then exactly one `done` or `error`. */
export type WorkerReply =
	| { type: 'progress'; fraction: number }
	| { type: 'done'; timeline: Timeline; warnings: string[] }
	| { type: 'error'; message: string };
