import { addDays, isoDay, weekday as weekdayOf } from '../dates.ts';
import { DAY_PARTS, WEEKDAY_NAMES, matchAny, parseWeekday } from '../data/lexicon.ts';
import type { Recognizer } from '../types.ts';
import { matchAll } from './matchAll.ts';

// Capitalised only, so that the pattern needs no case-insensitive flag. A part of the day right
// after it narrows the day ("Wednesday night" is 2000-01-05TNI, as TIMEX3 writes it).
const WEEKDAY = new RegExp(
	`(?<![\\w-])(?<p>(?:(last|next|this|that|past|coming)\\s+)?(${matchAny(WEEKDAY_NAMES, { capitalized: true })})(?:\\s+(${matchAny(Object.keys(DAY_PARTS))}))?)(?![\\w-])`,
);

// Before a possessive weekday, these make it prospective: "ahead of Tuesday's vote".
const PROSPECTIVE = /\b(?:ahead of|before|until|till|for|upcoming|await\w*)\s+(?:the\s+)?$/i;

/**
 * Weekdays: "on Thursday" is the most recent Thursday (the document date included) when the clause
 * is in the past tense, the next one when it is in the future, which includes a scheduled event in
 * the simple present ("markets reopen Tuesday"); "last"/"next" say so outright, and "last Friday"
 * written on a Friday is the one a week before.
 * A possessive weekday ("Wednesday's ruling") is a definite noun phrase naming an event the reader
 * already knows, so the clause's modal does not reach it ("said they would appeal Wednesday's
 * ruling"): it is the most recent one unless a prospective word comes first. With no tense to
 * go by ("the vote on Tuesday", "talks Tuesday in London"), a weekday in the next two days is the
 * coming one, since news reports mostly the past but names tomorrow's and the day after's plans.
 */
export const weekday: Recognizer = (sentence) =>
	matchAll(sentence, WEEKDAY, (m) => {
		const target = parseWeekday(m[3] ?? '') ?? 0;
		const part = m[4] ? DAY_PARTS[m[4].toLowerCase()] : undefined;
		const rel = m[2]?.toLowerCase();
		const end = m.index + m[0].length;
		const possessive =
			!rel &&
			/^['’]s\b/.test(sentence.text.slice(end)) &&
			!PROSPECTIVE.test(sentence.text.slice(Math.max(0, m.index - 30), m.index));
		return {
			type: part ? 'TIME' : 'DATE',
			recognizer: 'weekday',
			tags: ['day'],
			weekday: target,
			resolve: (ctx) => {
				const today = weekdayOf(ctx.dct);
				const back = (today - target + 7) % 7;
				const ahead = (target - today + 7) % 7 || (rel === 'next' ? 7 : 0);
				const future =
					rel === 'next' ||
					rel === 'coming' ||
					(rel !== 'last' && rel !== 'past' && !possessive && ctx.tense === 'future') ||
					(!rel && !possessive && ctx.tense === 'present' && ahead > 0 && ahead <= 2);
				const day = addDays(ctx.dct, future ? ahead : rel === 'last' && back === 0 ? -7 : -back);
				const iso = isoDay(day);
				return {
					value: part ? `${iso}T${part}` : iso,
					placement: { start: iso, precision: 'day' },
					derivation: 'relative',
					explanation: `${future ? 'next' : 'most recent'} ${m[3]} from the document date ${isoDay(ctx.dct)}`,
					certain: true,
					approximate: false,
				};
			},
		};
	});
