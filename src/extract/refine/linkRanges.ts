import { sentenceOf } from '../anchor.ts';
import type { Candidate, Refiner, Resolution } from '../types.ts';

// "from X to Y", "from X through Y", "from X until Y", "from X – Y", "between X and Y".
const OPENERS: Record<string, RegExp> = {
	from: /^\s*(?:to|through|thru|until|till|-|–|—)\s*$/i,
	between: /^\s*(?:and|-|–)\s*$/i,
};
// Without an opener only a dash makes a range: "March 3-5", "1950–1953".
const DASH = /^(?:-|\s*–\s*)$/;
const OPENER_BEFORE = /\b(from|between)\s+(?:the\s+)?$/i;
const CALENDAR = /^(\d{4})(-\d{2}(?:-\d{2})?(?:T.*)?)$/;

/** `r` moved to year `y`: "September" in "between September and October of 2007". */
function inYear(r: Resolution, y: number, explanation: string): Resolution {
	const year = String(y).padStart(4, '0');
	const move = (iso: string) => (/^\d{4}/.test(iso) ? year + iso.slice(4) : iso);
	return {
		...r,
		value: move(r.value),
		...(r.placement
			? {
					placement: {
						...r.placement,
						start: move(r.placement.start),
						...(r.placement.end ? { end: move(r.placement.end) } : {}),
					},
				}
			: {}),
		explanation,
		certain: true,
	};
}

/**
 * The start of a range whose year is not written takes it from the end, a year earlier when it
 * falls later in the year ("from Dec. 20 to Jan. 5, 1999" starts in 1998).
 */
function startResolver(first: Candidate, last: Candidate): Candidate['resolve'] {
	return (ctx) => {
		const r = first.resolve(ctx);
		if (!r || r.certain) return r;
		const own = CALENDAR.exec(r.value);
		const end = last.resolve(ctx);
		const to = end?.certain ? CALENDAR.exec(end.value) : null;
		if (!own || !to) return r;
		const y = Number(to[1]) - ((own[2] ?? '') > (to[2] ?? '') ? 1 : 0);
		return inYear(r, y, `year ${y} taken from the end of the range, ${end!.value}`);
	};
}

/**
 * Links the two dates of a range ("from 2009 to 2011", "between 1950 and 1953"): the first gets
 * `rangeEnd`, so the event stage makes one span, and a year written only on the end. Both stay
 * mentions of their own, as TimeML annotates them. Runs after overlaps are removed and times
 * joined, so both ends are final.
 */
export const linkRanges: Refiner = (candidates, text, sentences) =>
	candidates.map((c, i) => {
		const next = candidates[i + 1];
		if (!next || c.type !== 'DATE' || next.type !== 'DATE') return c;
		const sentence = sentenceOf(sentences, c.start);
		if (!sentence || sentenceOf(sentences, next.start) !== sentence) return c;
		const between = text.slice(c.end, next.start);
		const opener = OPENER_BEFORE.exec(text.slice(sentence.start, c.start))?.[1]?.toLowerCase();
		const linked = opener ? OPENERS[opener]!.test(between) : DASH.test(between);
		if (!linked) return c;
		return {
			...c,
			rangeEnd: { start: next.start, end: next.end },
			resolve: startResolver(c, next),
		};
	});
