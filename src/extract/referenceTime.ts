/**
 * The discourse's reference time, after Reichenbach and the TimeML guidelines: anaphoric expressions
 * ("the next month", "two days later", yearless "September 18") count from the date the text last
 * stated, deictic ones from the document date. Which one a yearless date takes is decided per
 * paragraph, since a news story's background paragraph is narrative too.
 */
import type { Ymd } from './dates.ts';
import type { Unit } from './recognize/numbers.ts';
import type { ResolveContext } from './types.ts';

// Words that point at the writer's own now. A weekday counts unless it heads a full date
// ("Sunday, December 7, 1941"), which a history writes out.
const DEICTIC =
	/\b(?:today|tonight|yesterday|tomorrow|currently|nowadays|ago|so far|(?:this|last|next|coming|past)\s+(?:week|weekend|month|year|quarter|morning|afternoon|evening|night)|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?!,?\s+(?:\d|the\s+\d|January|February|March|April|May|June|July|August|September|October|November|December)))\b/gi;
const PRESENT =
	/\b(?:is|are|am|has|have|says|say|remains?|does|do|can|will|won't|'s|now|still)\b/gi;
const PAST = /\b(?:was|were|had|did|said|told|[a-z]{3,}ed)\b/gi;

const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

/**
 * Whether a paragraph speaks of the writer's present rather than telling a past: any word pointing
 * at the writer's now weighs twice, present and future finite verbs once, against past verbs.
 */
export function speaksOfPresent(paragraph: string): boolean {
	const present = 2 * count(paragraph, DEICTIC) + count(paragraph, PRESENT);
	return present > 0 && present >= count(paragraph, PAST);
}

interface Parts {
	y: number;
	m?: number;
	d?: number;
	q?: number;
}

/** Year, month, day or quarter of a calendar TIMEX value ("1920", "1920-03", "1988-Q3"). */
export function referenceParts(value: string): Parts | null {
	const m = /^(\d{4})(?:-(?:Q(\d)|(\d{2})(?:-(\d{2}))?))?/.exec(value);
	if (!m) return null;
	return {
		y: Number(m[1]),
		...(m[3] ? { m: Number(m[3]) } : {}),
		...(m[4] ? { d: Number(m[4]) } : {}),
		...(m[2] ? { q: Number(m[2]) } : {}),
	};
}

/**
 * The day an anaphoric expression counts `unit`s from. Days and weeks count from the latest day
 * the text placed, so "the next day … the next day" walks on; longer units from the date last
 * stated when it is precise enough ("the next month" after "in March 1920" is April 1920, "the
 * previous year" after "in 1920" is 1919). Failing both, the document date.
 */
export function referenceDay(ctx: Pick<ResolveContext, 'dct' | 'reference'>, unit: Unit): Ymd {
	const ref = ctx.reference;
	if (unit === 'day' || unit === 'week' || unit === 'weekend') return ref?.day ?? ctx.dct;
	const p = ref ? referenceParts(ref.value) : null;
	const fine =
		p && (unit === 'month' ? p.m : unit === 'quarter' ? (p.m ?? p.q) : p.y) !== undefined;
	// A month the reference does not name sits mid-year, so shifting it keeps the year.
	if (p && fine) return { y: p.y, m: p.m ?? (p.q ? p.q * 3 - 1 : 6), d: p.d ?? 15 };
	return ref?.day ?? ctx.dct;
}
