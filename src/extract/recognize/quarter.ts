import { isoMonth, isoYear, quarterOf } from '../dates.ts';
import { matchAny, ordinals, parseOrdinal } from '../data/lexicon.ts';
import type { Recognizer } from '../types.ts';
import { matchAll } from './matchAll.ts';

const QUARTER = new RegExp(
	`(?<![\\w-])(?<p>(?:the\\s+)?(?:(\\d{4})\\s+|(next|last|this) year's\\s+|(year-ago|year-earlier)\\s+)?(?:(?:fiscal|calendar)[\\s-]+)?(?:(${matchAny(ordinals(1, 4))}|final)[- ](quarter|half)|Q([1-4]))(?:\\s+(?:of\\s+)?(?:(?:fiscal|calendar)\\s+)?(\\d{4}))?)(?![\\w])`,
	'i',
);

/**
 * Quarters and halves: "the third quarter" (`1989-Q3`), "fourth-quarter", "Q1 1998", "the first
 * half of 1997" (`1997-H1`). Without a year, the latest such quarter up to the document date in the
 * past tense, the next one in the future tense.
 */
export const quarter: Recognizer = (sentence) =>
	matchAll(sentence, QUARTER, (m) => {
		const half = (m[6] ?? '').toLowerCase() === 'half';
		// "the final quarter" is the fourth.
		const n = m[7]
			? Number(m[7])
			: /^final$/i.test(m[5] ?? '')
				? 4
				: (parseOrdinal(m[5] ?? '') ?? 1);
		if (half && n > 2) return null;
		const stated = m[8] ? Number(m[8]) : m[2] ? Number(m[2]) : undefined;
		const yearShift = m[3]
			? { next: 1, last: -1, this: 0 }[m[3].toLowerCase() as 'next']
			: m[4]
				? -1
				: undefined;
		return {
			type: 'DATE',
			recognizer: 'quarter',
			priority: 1,
			resolve: (ctx) => {
				const current = half ? (ctx.dct.m <= 6 ? 1 : 2) : quarterOf(ctx.dct.m);
				let y = stated ?? ctx.dct.y + (yearShift ?? 0);
				// Quarters are reported after they end, so even "is expected to" talks of the latest one.
				if (stated === undefined && yearShift === undefined && n > current) y--;
				if (m[4] && n > current) y--;
				const months = half ? 6 : 3;
				const first = (n - 1) * months + 1;
				return {
					value: `${isoYear(y)}-${half ? 'H' : 'Q'}${n}`,
					placement: {
						start: isoMonth(y, first),
						end: isoMonth(y, first + months - 1),
						precision: 'month',
					},
					derivation: stated !== undefined ? 'explicit' : 'relative',
					explanation: stated !== undefined ? 'stated' : `year ${y} from the document date`,
					certain: stated !== undefined,
					approximate: false,
				};
			},
		};
	});

const QUARTER_REFERENCE =
	/(?<![\w-])(?<p>(?:the\s+)?(?:(year-earlier|year-ago|year-before)(?:\s+(?:quarter|period))?|quarter|(latest|most recent|same)\s+period))(?![\w-])/i;

/**
 * "the quarter" is the quarter the text last named, else the latest one ended; "the year-earlier
 * quarter" and "year-ago" results are that quarter a year before.
 */
export const quarterReference: Recognizer = (sentence) =>
	matchAll(sentence, QUARTER_REFERENCE, (m) => {
		const yearBefore = m[2] !== undefined;
		// "the latest period" points back to a quarter the text has named, and means nothing else.
		const period = m[3] !== undefined;
		if (!yearBefore && !/^the\s/i.test(m[0])) return null;
		return {
			type: 'DATE',
			recognizer: 'quarterReference',
			tags: ['backReference'],
			resolve: (ctx) => {
				const latest =
					quarterOf(ctx.dct.m) === 1
						? `${isoYear(ctx.dct.y - 1)}-Q4`
						: `${isoYear(ctx.dct.y)}-Q${quarterOf(ctx.dct.m) - 1}`;
				const stated = ctx.reference?.value;
				const named = stated && /-Q\d$/.test(stated) ? stated : undefined;
				if (period && !named) return null;
				const base = named ?? latest;
				const value = yearBefore
					? `${isoYear(Number(base.slice(0, 4)) - 1)}${base.slice(4)}`
					: base;
				return {
					value,
					derivation: 'relative',
					explanation: `"${m[0]}" refers to ${base}`,
					certain: false,
					approximate: false,
				};
			},
		};
	});
