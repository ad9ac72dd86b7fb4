import type { Timeline } from '../timeline.ts';

function count(n: number, noun: string): string {
	return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** The closing line of a successful run: what was extracted and where it went. */
export function formatSummary(timeline: Timeline, warnings: number, out: string): string {
	const mentions = timeline.documents.reduce((sum, d) => sum + d.mentions.length, 0);
	return (
		`${count(timeline.documents.length, 'document')}, ${count(mentions, 'mention')}, ` +
		`${count(timeline.events.length, 'event')}, ${count(timeline.eras.length, 'era')}, ` +
		(timeline.undated.length ? `${count(timeline.undated.length, 'undated event')}, ` : '') +
		`${count(warnings, 'warning')} → ${out}`
	);
}
