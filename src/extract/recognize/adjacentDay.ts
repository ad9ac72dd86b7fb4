import { isoDay } from '../dates.ts';
import { referenceDay } from '../referenceTime.ts';
import type { Recognizer } from '../types.ts';
import { relative } from './calendarUnits.ts';
import { matchAll } from './matchAll.ts';

const ADJACENT_DAY =
	/(?<![\w-])(?<p>(?:the\s+)?(?:(following|next|previous|preceding)\s+(?:day|morning|afternoon|evening|night)|day\s+(before|after)(?!\s+(?:the|a|an|his|her|its|their)\s)|same\s+day)|(?:(?:earlier|later)\s+)?that\s+(?:same\s+)?(?:day|morning|afternoon|evening|night))(?![\w-])/i;

/**
 * "the following day", "the day before", "the next morning": a day next to the date last stated.
 * "The day after the vote" counts from the vote instead (eventOffset.ts).
 */
export const adjacentDay: Recognizer = (sentence) =>
	matchAll(sentence, ADJACENT_DAY, (m) => {
		const word = (m[2] ?? m[3] ?? 'same').toLowerCase();
		const n =
			word === 'following' || word === 'next' || word === 'after' ? 1 : word === 'same' ? 0 : -1;
		return {
			type: 'DATE',
			recognizer: 'adjacentDay',
			tags: ['day', 'backReference'],
			resolve: (ctx) => {
				// After "last October", "that same day" is a day of October nobody named, unless
				// the latest day placed lies in that month.
				const month = /^\d{4}-\d{2}$/.exec(ctx.reference?.value ?? '')?.[0];
				if (month && !(ctx.reference?.day && isoDay(ctx.reference.day).startsWith(month)))
					return {
						value: `${month}-XX`,
						placement: { start: month, precision: 'month' },
						derivation: 'relative',
						explanation: `"${m[0]}": a day in ${month}, the month last stated`,
						certain: false,
						approximate: false,
					};
				const base = referenceDay(ctx, 'day');
				return relative(base, n, 'day', `"${m[0]}" from ${isoDay(base)}`);
			},
		};
	});
