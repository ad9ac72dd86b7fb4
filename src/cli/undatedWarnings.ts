import type { Timeline } from '../timeline.ts';

/**
 * One warning per article whose date is unknown, naming its file and how many events wait for
 * that date, with the option that supplies it. The run still succeeds: the timeline records the
 * unknown date and keeps the events in `undated`.
 */
export function undatedWarnings(timeline: Timeline): string[] {
	return timeline.documents
		.filter((d) => d.creationDate.value === null)
		.map((d) => {
			const n = timeline.undated.filter((u) => u.document === d.id).length;
			const waiting =
				n === 0
					? 'no event depends on it'
					: `${n} event${n === 1 ? ' that depends' : 's that depend'} on it ${n === 1 ? 'is' : 'are'} undated`;
			return `${d.path || d.id}: no date found for this article; ${waiting} (give --dct YYYY-MM-DD)`;
		});
}
