import { isoDay, type Ymd } from '../dates.ts';
import type { Recognizer, Resolution } from '../types.ts';
import { shift, unitValue } from './calendarUnits.ts';
import { matchAll } from './matchAll.ts';
import { parseUnit, type Unit } from './numbers.ts';

const OFFSETS: Record<string, number> = {
	this: 0, current: 0, 'the current': 0, 'this past': -1, last: -1, previous: -1, 'the previous': -1,
	'the latest': -1, that: 0, next: 1, 'the next': 1, 'the coming': 1, coming: 1, 'the following': 1, 'the same': 0,
};

function relative(base: Ymd, n: number, unit: Unit, explanation: string): Resolution | null {
	const u = unitValue(shift(base, n, unit), unit);
	if (!u) return null;
	return { value: u.value, ...(u.placement ? { placement: u.placement } : {}), derivation: 'relative', explanation, certain: true, approximate: false };
}

/**
 * Calendar units named relative to the document date: "this week" (`1998-W02`), "last year",
 * "next month", "earlier this year", "the latest quarter". "The following day" and "the same week"
 * count from the date the text last stated, as a reader does.
 */
export const relativePeriod: Recognizer = (sentence) =>
	matchAll(
		sentence,
		/(?<![\w-])(?<p>(?:(earlier|later|early|late|mid)[- ]?\s+)?(this past|the current|the previous|the latest|the next|the coming|the following|the same|this|that|current|last|previous|next|coming)\s+(week|weekend|month|quarter|year|decade|century))(?![\w-])/i,
		(m) => {
			const rel = (m[3] ?? '').toLowerCase();
			const unit = parseUnit(m[4] ?? '');
			const n = OFFSETS[rel] ?? 0;
			const fromPrevious = rel === 'the following' || rel === 'the same' || rel === 'the previous' || rel === 'that';
			const position = m[2]?.toLowerCase();
			const mod = position === 'early' ? 'START' : position === 'late' ? 'END' : position === 'mid' ? 'MID' : undefined;
			return {
				type: 'DATE',
				recognizer: 'relativePeriod',
				resolve: (ctx) => {
					// "that year" is the year of the date the text last stated, at any precision.
					const stated = ctx.previous ? /^(\d{4})(?:-(\d{2}))?/.exec(ctx.previous) : null;
					const previous = stated ? { y: Number(stated[1]), m: Number(stated[2] ?? 6), d: 15 } : undefined;
					const base = fromPrevious ? (rel === 'that' ? previous : ctx.previousDay) ?? ctx.dct : ctx.dct;
					const r = relative(base, n, unit, `"${m[0]}" from ${base === ctx.dct ? 'the document date' : 'the date last stated'} ${isoDay(base)}`);
					return r && mod ? { ...r, mod } : r;
				},
			};
		},
	);

/** "the following day", "the day before", "the next morning": a day next to the date last stated. */
export const adjacentDay: Recognizer = (sentence) =>
	matchAll(
		sentence,
		/(?<![\w-])(?<p>(?:the\s+)?(?:(following|next|previous|preceding)\s+(?:day|morning|afternoon|evening|night)|day\s+(before|after)|same\s+day)|(?:(?:earlier|later)\s+)?that\s+(?:same\s+)?(?:day|morning|afternoon|evening|night))(?![\w-])/i,
		(m) => {
			const word = (m[2] ?? m[3] ?? 'same').toLowerCase();
			const n = word === 'following' || word === 'next' || word === 'after' ? 1 : word === 'same' ? 0 : -1;
			return {
				type: 'DATE',
				recognizer: 'adjacentDay',
				resolve: (ctx) => relative(ctx.previousDay ?? ctx.dct, n, 'day', `"${m[0]}" from ${isoDay(ctx.previousDay ?? ctx.dct)}`),
			};
		},
	);

/** Shifts a TIMEX value by years: `1988-Q3` for "a year earlier" after "the third quarter". */
function shiftValue(value: string, years: number): string | null {
	const m = /^(\d{4})(-.*)?$/.exec(value);
	if (!m) return null;
	return String(Number(m[1]) + years).padStart(4, '0') + (m[2] ?? '');
}

/**
 * "two years ago", "a year earlier", "three days later". "Ago" counts from the document date;
 * "earlier"/"later" from the date the text last stated, at its precision ("the third quarter …
 * a year earlier" → the third quarter of the year before).
 */
export const unitsAgo: Recognizer = (sentence) =>
	matchAll(
		sentence,
		/(?<![\w-])(?<p>(?:(about|almost|nearly|more than|some|over|just|only)\s+)?(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|\d+|a few|several|a couple of)\s+(days?|weeks?|months?|quarters?|years?|decades?)\s+(ago|earlier|later|from now|hence|before(?=\s*[,.;]|$)|after(?=\s*[,.;]|$)))(?![\w-])/i,
		(m) => {
			const words: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, fifty: 50 };
			const raw = (m[3] ?? '').toLowerCase();
			const n = /^\d+$/.test(raw) ? Number(raw) : words[raw];
			const unit = parseUnit(m[4] ?? '');
			const dir = (m[5] ?? '').toLowerCase();
			const sign = dir === 'ago' || dir === 'earlier' || dir === 'before' ? -1 : 1;
			const mod = m[2] ? 'APPROX' : undefined;
			return {
				type: 'DATE',
				recognizer: 'unitsAgo',
				resolve: (ctx) => {
					if (n === undefined) {
						const base = unitValue(ctx.dct, unit);
						return { value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF', derivation: 'relative', explanation: base ? 'vague amount' : '', certain: false, approximate: true };
					}
					if (sign < 0 && unit === 'year' && ctx.previous && /-Q\d$/.test(ctx.previous)) {
						const value = shiftValue(ctx.previous, sign * n);
						if (value) return { value, derivation: 'relative', explanation: `${m[0]} from ${ctx.previous}`, certain: true, approximate: false };
					}
					// "a decade ago" names a year, not a decade.
					if (unit === 'decade' || unit === 'century') {
						const back = ctx.dct.y + sign * n * (unit === 'decade' ? 10 : 100);
						return { value: String(back).padStart(4, '0'), placement: { start: String(back).padStart(4, '0'), precision: 'year' }, derivation: 'relative', explanation: `${m[0]} from ${isoDay(ctx.dct)}`, certain: true, approximate: true };
					}
					const anchorDay = dir === 'ago' || dir === 'from now' || dir === 'hence' ? ctx.dct : ctx.previousDay ?? ctx.dct;
					const r = relative(anchorDay, sign * n, unit, `${m[0]} from ${isoDay(anchorDay)}`);
					return r && mod ? { ...r, mod, approximate: true } : r;
				},
			};
		},
	);

