import type { Timeline } from '../timeline.ts';

/** This project's own format: the timeline JSON exactly as the preprocessor writes it. */
export function toDatelineJson(timeline: Timeline): string {
	return `${JSON.stringify(timeline, null, '\t')}\n`;
}
