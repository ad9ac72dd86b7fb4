import { compareIso } from '../timeline.ts';
import { anchorMentions, type Resolved } from './anchor.ts';
import type { Ymd } from './dates.ts';
import type { Candidate, Resolution, Sentence } from './types.ts';

/**
 * Two provisional document dates that differ in every field a resolver may read: year, decade and
 * century, half and quarter, month, week, day and weekday (2010-05-12 is a Wednesday, 1887-09-23 a
 * Friday). A mention whose meaning is the same under both does not depend on the document date.
 */
export const PROVISIONAL: readonly [Ymd, Ymd] = [
	{ y: 2010, m: 5, d: 12 },
	{ y: 1887, m: 9, d: 23 },
];

const meaning = (r: Resolution | undefined) => JSON.stringify([r?.value, r?.placement]);

/**
 * The unknown digits of a value that depended on the unknown document date, the TIMEX3 way: a
 * weekday keeps its day ("Monday" → `XXXX-WXX-1`), other calendar values become X digit for digit
 * (`XXXX-XX-XX`, `XXXX-QX`); a time of day stays, since the text states it.
 */
export function underspecify(value: string, weekday?: number): string {
	const date = /^-?\d{4}(?:-W\d{2}(?:-\d)?|-Q\d|-H\d|-\d{2}(?:-\d{2})?)?/.exec(value)?.[0];
	if (date === undefined) return value;
	const rest = value.slice(date.length);
	if (weekday !== undefined && /^-?\d{4}-\d{2}-\d{2}$/.test(date))
		return `XXXX-WXX-${weekday === 0 ? 7 : weekday}${rest}`;
	return date.replace(/^-/, '').replace(/\d/g, 'X') + rest;
}

/**
 * Anchors mentions when the document date is unknown. Each mention is resolved against both
 * provisional dates; one whose value or placement moves with the date depends on it, whether it
 * read the date itself ("today") or through an earlier mention that did ("the following day" after
 * "today"). Those are marked `dependsOnCreationDate` and their values lose the provisional digits;
 * the others are exactly what any document date would give. Comparing outcomes, rather than
 * watching which resolvers read the date, keeps a resolver that only glances at the date (to pick
 * between readings that agree) from making a stated "July 27, 1953" undated.
 */
export function anchorUnknownDate(
	candidates: Candidate[],
	sentences: Sentence[],
	documentText: string,
	statedDays: string[],
	warnings: string[],
): Resolved[] {
	const [a, b] = PROVISIONAL;
	const resolved = anchorMentions(candidates, sentences, a, documentText, statedDays, warnings);
	// The second pass only measures: its warnings repeat the first's.
	const other = new Map(
		anchorMentions(candidates, sentences, b, documentText, statedDays, []).map((r) => [
			r.candidate,
			r.resolution,
		]),
	);
	return resolved.map((r) => {
		if (meaning(r.resolution) === meaning(other.get(r.candidate))) return r;
		const value = underspecify(r.resolution.value, r.candidate.weekday);
		return { ...r, resolution: { ...r.resolution, value }, dependsOnCreationDate: true };
	});
}

/**
 * The latest date any mention gives whatever the document date is (`YYYY`, `YYYY-MM`, …): an
 * article is written after what it tells, so this bounds its date from below.
 */
export function latestMentioned(
	candidates: Candidate[],
	sentences: Sentence[],
	documentText: string,
	statedDays: string[],
): string | undefined {
	return anchorUnknownDate(candidates, sentences, documentText, statedDays, [])
		.filter((r) => !r.dependsOnCreationDate)
		.flatMap(({ resolution: { placement: p } }) => (p ? [p.end ?? p.start] : []))
		.sort(compareIso)
		.at(-1);
}
