import { isoDay } from '../dates.ts';
import type { Recognizer } from '../types.ts';
import { relative } from './calendarUnits.ts';
import { matchAll } from './matchAll.ts';

/** "the following day", "the day before", "the next morning": a day next to the date last stated. */
export const adjacentDay: Recognizer = (sentence) =>
	matchAll(
		sentence,
		/(?<![\w-])(?<p>(?:the\s+)?(?:(following|next|previous|preceding)\s+(?:day|morning|afternoon|evening|night)|day\s+(before|after)|same\s+day)|(?:(?:earlier|later)\s+)?that\s+(?:same\s+)?(?:day|morning|afternoon|evening|night))(?![\w-])/i,
		(m) => {
			const word = (m[2] ?? m[3] ?? 'same').toLowerCase();
			const n =
				word === 'following' || word === 'next' || word === 'after' ? 1 : word === 'same' ? 0 : -1;
			return {
				type: 'DATE',
				recognizer: 'adjacentDay',
				tags: ['day', 'backReference'],
				resolve: (ctx) =>
					relative(
						ctx.previousDay ?? ctx.dct,
						n,
						'day',
						`"${m[0]}" from ${isoDay(ctx.previousDay ?? ctx.dct)}`,
					),
			};
		},
	);
