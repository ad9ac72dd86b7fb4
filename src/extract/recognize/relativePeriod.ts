import { isoDay, type Ymd } from '../dates.ts';
import type { Recognizer } from '../types.ts';
import { relative } from './calendarUnits.ts';
import { matchAll } from './matchAll.ts';
import { parseUnit } from './numbers.ts';

const OFFSETS: Record<string, number> = {
	this: 0,
	current: 0,
	'the current': 0,
	'this past': -1,
	last: -1,
	previous: -1,
	'the previous': -1,
	'the latest': -1,
	that: 0,
	next: 1,
	'the next': 1,
	'the coming': 1,
	coming: 1,
	'the following': 1,
	'the same': 0,
};

/**
 * Calendar units named relative to the document date: "this week" (`1998-W02`), "last year",
 * "next month", "earlier this year", "the latest quarter", "the current fiscal year" (a reading of the
 * calendar year, since the fiscal calendar is not known). "The following day" and "the same week"
 * count from the date the text last stated, as a reader does.
 */
export const relativePeriod: Recognizer = (sentence) =>
	matchAll(
		sentence,
		/(?<![\w-])(?<p>(?:(earlier|later|early|late|mid)[- ]?\s+)?(this past|the current|the previous|the latest|the next|the coming|the following|the same|this|that|current|last|previous|next|coming)\s+(?:fiscal\s+)?(week|weekend|month|quarter|year|decade|century))(?![\w-])/i,
		(m) => {
			const rel = (m[3] ?? '').toLowerCase();
			const unit = parseUnit(m[4] ?? '');
			const n = OFFSETS[rel] ?? 0;
			const fromPrevious =
				rel === 'the following' || rel === 'the same' || rel === 'the previous' || rel === 'that';
			const position = m[2]?.toLowerCase();
			const mod =
				position === 'early'
					? 'START'
					: position === 'late'
						? 'END'
						: position === 'mid'
							? 'MID'
							: undefined;
			return {
				type: 'DATE',
				recognizer: 'relativePeriod',
				resolve: (ctx) => {
					// "that year" is the year of the date the text last stated, at any precision.
					const stated = ctx.previous ? /^(\d{4})(?:-(\d{2}))?/.exec(ctx.previous) : null;
					const previous = stated
						? { y: Number(stated[1]), m: Number(stated[2] ?? 6), d: 15 }
						: undefined;
					// "The following month" after "in March" counts from March: for months and
					// longer, the date last stated at any precision finer than the unit will do.
					const monthly = stated?.[2] !== undefined && !/^(?:day|week|weekend)$/.test(m[4] ?? '');
					const base = fromPrevious
						? ((rel === 'that' || monthly ? previous : ctx.previousDay) ?? ctx.dct)
						: ctx.dct;
					const r = relative(
						base,
						n,
						unit,
						`"${m[0]}" from ${base === ctx.dct ? 'the document date' : 'the date last stated'} ${isoDay(base)}`,
					);
					return r && mod ? { ...r, mod } : r;
				},
			};
		},
	);
