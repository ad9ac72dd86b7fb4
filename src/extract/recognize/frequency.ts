import { MONTH_NAMES, WEEKDAY_NAMES, matchAny, parseMonth, parseWeekday } from '../data/lexicon.ts';
import type { Recognizer } from '../types.ts';
import { matchAll } from './matchAll.ts';
import { durationValue, parseNumber, parseUnit } from './numbers.ts';

const ADVERBS: Record<string, string> = {
	hourly: 'PT1H',
	daily: 'P1D',
	nightly: 'P1D',
	weekly: 'P1W',
	biweekly: 'P2W',
	monthly: 'P1M',
	quarterly: 'P3M',
	annually: 'P1Y',
	yearly: 'P1Y',
	annual: 'P1Y',
};

const FREQUENCY = new RegExp(
	`(?<![\\w-])(?<p>(hourly|daily|nightly|weekly|biweekly|monthly|annually|yearly)|(?:(?:once|twice|\\w+ times)\\s+)?(?:every|each|per|a)\\s+(?:(other|two|three|four|five|six|\\d+)\\s+)?(hour|day|night|week|month|quarter|year|morning|evening|weekend|${matchAny(WEEKDAY_NAMES)}))(?![\\w-])`,
	'i',
);

/** Sets (TIMEX3 SET): "daily", "every week", "each year", "twice a month", "every two years". */
export const frequency: Recognizer = (sentence) =>
	matchAll(sentence, FREQUENCY, (m) => {
		const adverb = m[2]?.toLowerCase();
		if (adverb)
			return {
				type: 'SET',
				recognizer: 'frequency',
				resolve: () => ({
					value: ADVERBS[adverb] ?? 'P1D',
					derivation: 'explicit',
					explanation: 'frequency',
					certain: true,
					approximate: false,
				}),
			};
		const phrase = m[0].toLowerCase();
		const day = parseWeekday(m[4] ?? '');
		if (day !== null && /^(every|each)\b/.test(phrase)) {
			// TIMEX3 numbers weekdays as ISO does: Monday 1 to Sunday 7.
			const n = ((day + 6) % 7) + 1;
			return {
				type: 'SET',
				recognizer: 'frequency',
				priority: 1,
				resolve: () => ({
					value: `XXXX-WXX-${n}`,
					derivation: 'explicit',
					explanation: 'every week on that day',
					certain: true,
					approximate: false,
				}),
			};
		}
		// "a day" is a set only after a count ("twice a day", "three times a year").
		if (/^a\s/.test(phrase)) return null;
		const rawUnit = (m[4] ?? 'day').toLowerCase();
		const n = m[3] ? (m[3].toLowerCase() === 'other' ? 2 : parseNumber(m[3])) : 1;
		const unitWord =
			day !== null ? 'week' : /morning|evening|night/.test(rawUnit) ? 'day' : rawUnit;
		const value = durationValue(n, parseUnit(unitWord));
		return {
			type: 'SET',
			recognizer: 'frequency',
			priority: 1,
			resolve: () => ({
				value,
				derivation: 'explicit',
				explanation: 'frequency',
				certain: true,
				approximate: false,
			}),
		};
	});

/** "each July", "every January": the month in every year (`XXXX-07`). */
export const monthlyFrequency: Recognizer = (sentence) =>
	matchAll(
		sentence,
		new RegExp(`(?<![\\w-])(?<p>(?:every|each)\\s+(${matchAny(MONTH_NAMES)}))(?![\\w-])`, 'i'),
		(m) => {
			const month = String(parseMonth(m[2] ?? '') ?? 1).padStart(2, '0');
			return {
				type: 'SET',
				recognizer: 'frequency',
				priority: 1,
				resolve: () => ({
					value: `XXXX-${month}`,
					derivation: 'explicit',
					explanation: 'every year in that month',
					certain: true,
					approximate: false,
				}),
			};
		},
	);
