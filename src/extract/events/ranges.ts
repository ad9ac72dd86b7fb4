import type { Resolved } from '../anchor.ts';
import type { Placement } from '../types.ts';

const ORDER: Placement['precision'][] = ['minute', 'day', 'month', 'year', 'decade'];
const LENGTH: Partial<Record<Placement['precision'], number>> = { day: 10, month: 7, year: 4 };

/** The two ends' precision, whichever is coarser, with both dates cut to it. */
function span(from: Placement, to: Placement): Placement {
	const precision =
		ORDER.indexOf(from.precision) >= ORDER.indexOf(to.precision) ? from.precision : to.precision;
	const cut = (iso: string) => iso.slice(0, LENGTH[precision] ?? iso.length);
	return { start: cut(from.start), end: cut(to.end ?? to.start), precision };
}

/**
 * Joins each range's two mentions ("from 2009 to 2011") into one span placed from the start of
 * the first to the end of the second, whose phrase runs across both; the second no longer makes
 * an event of its own. Mentions that are not in a range, or whose ends are out of order, pass
 * through unchanged.
 */
export function spanRanges(resolved: Resolved[]): Resolved[] {
	const absorbed = new Set<Resolved>();
	const out: Resolved[] = [];
	for (const [i, item] of resolved.entries()) {
		if (absorbed.has(item)) continue;
		const link = item.candidate.rangeEnd;
		const last = link ? resolved[i + 1] : undefined;
		const from = item.resolution.placement;
		const to = last?.resolution.placement;
		if (!link || !last || last.candidate.start !== link.start || !from || !to) {
			out.push(item);
			continue;
		}
		const placement = span(from, to);
		if (placement.end! < placement.start) {
			out.push(item);
			continue;
		}
		absorbed.add(last);
		// The phrase takes in the word that opens the range, so no title keeps it ("grew from").
		const opener = /\b(?:from|between)\s+$/i.exec(
			item.sentence.text.slice(0, item.candidate.start - item.sentence.start),
		);
		const start = opener ? opener.index : item.candidate.start - item.sentence.start;
		const end = last.candidate.end - item.sentence.start;
		out.push({
			...item,
			candidate: {
				...item.candidate,
				start: item.sentence.start + start,
				end: last.candidate.end,
				text: item.sentence.text.slice(start, end),
			},
			resolution: {
				...item.resolution,
				placement,
				explanation: `from ${item.resolution.value} to ${last.resolution.value}: ${item.resolution.explanation}`,
				certain: item.resolution.certain && last.resolution.certain,
				approximate: item.resolution.approximate || last.resolution.approximate,
			},
			// A span waits for an unknown article date when either end does ("from 1990 to today").
			...(item.dependsOnCreationDate || last.dependsOnCreationDate
				? { dependsOnCreationDate: true }
				: {}),
		});
	}
	return out;
}
