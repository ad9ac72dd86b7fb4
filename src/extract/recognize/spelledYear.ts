import { isoMonth, isoYear } from '../dates.ts';
import { MONTH_NAMES, MONTHS, matchAny, numberWords } from '../data/lexicon.ts';
import type { Recognizer } from '../types.ts';
import { matchAll } from './matchAll.ts';
import { parseNumber } from './numbers.ts';

const DIGIT = matchAny(numberWords(1, 9));
// The last two digits of a year: "ninety-six", "twelve".
const TENS = `(?:${matchAny(numberWords(10, 19))}|${matchAny(numberWords(20, 90))}(?:[- ]${DIGIT})?)`;

const SPELLED_YEAR = new RegExp(
	`(?<![\\w-])(?<p>(?:the year |(${matchAny(MONTH_NAMES)}) )?(?:(nineteen|eighteen|twenty) (${TENS}|hundred|oh[- ]${DIGIT})|two thousand(?: and (${matchAny(numberWords(1, 10))}))?))(?![\\w-])`,
	'i',
);

/**
 * Years spelled out, as in broadcast transcripts: "nineteen ninety-six", "the year two thousand",
 * "January nineteen ninety-seven".
 */
export const spelledYear: Recognizer = (sentence) =>
	matchAll(sentence, SPELLED_YEAR, (m) => {
		let y: number | null;
		if (m[3]) {
			const century = parseNumber(m[3]) ?? 19;
			const rest = (m[4] ?? '').toLowerCase();
			const tail = rest === 'hundred' ? 0 : parseNumber(rest.replace(/^oh[- ]/, ''));
			y = tail === null ? null : century * 100 + tail;
		} else y = 2000 + (m[5] ? (parseNumber(m[5]) ?? 0) : 0);
		if (y === null) return null;
		// "two thousand years" is a count.
		if (
			/^\s+(?:years|people|men|troops|dollars|miles)\b/i.test(
				sentence.text.slice(m.index + m[0].length),
			)
		)
			return null;
		// "January nineteen ninety-seven": a month before the year is that year's month.
		const month = m[2] ? MONTHS[m[2].toLowerCase()] : undefined;
		const value = month ? isoMonth(y, month) : isoYear(y);
		return {
			type: 'DATE',
			recognizer: 'spelledYear',
			resolve: () => ({
				value,
				placement: { start: value, precision: month ? 'month' : 'year' },
				derivation: 'explicit',
				explanation: 'stated in words',
				certain: true,
				approximate: false,
			}),
		};
	});
