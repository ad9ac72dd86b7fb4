import { isoYear } from '../dates.ts';
import { matchAny, numberWords } from '../data/lexicon.ts';
import type { Recognizer } from '../types.ts';
import { matchAll } from './matchAll.ts';
import { parseNumber } from './numbers.ts';

const DIGIT = matchAny(numberWords(1, 9));
// The last two digits of a year: "ninety-six", "twelve".
const TENS = `(?:${matchAny(numberWords(10, 19))}|${matchAny(numberWords(20, 90))}(?:[- ]${DIGIT})?)`;

/** Years spelled out, as in broadcast transcripts: "nineteen ninety-six", "the year two thousand". */
export const spelledYear: Recognizer = (sentence) =>
	matchAll(
		sentence,
		new RegExp(
			`(?<![\\w-])(?<p>(?:the year )?(?:(nineteen|eighteen|twenty) (${TENS}|hundred|oh[- ]${DIGIT})|two thousand(?: and (${matchAny(numberWords(1, 10))}))?))(?![\\w-])`,
			'i',
		),
		(m) => {
			let y: number | null;
			if (m[2]) {
				const century = parseNumber(m[2]) ?? 19;
				const rest = (m[3] ?? '').toLowerCase();
				const tail = rest === 'hundred' ? 0 : parseNumber(rest.replace(/^oh[- ]/, ''));
				y = tail === null ? null : century * 100 + tail;
			} else y = 2000 + (m[4] ? (parseNumber(m[4]) ?? 0) : 0);
			if (y === null) return null;
			// "two thousand years" is a count.
			if (
				/^\s+(?:years|people|men|troops|dollars|miles)\b/i.test(
					sentence.text.slice(m.index + m[0].length),
				)
			)
				return null;
			const value = isoYear(y);
			return {
				type: 'DATE',
				recognizer: 'spelledYear',
				resolve: () => ({
					value,
					placement: { start: value, precision: 'year' },
					derivation: 'explicit',
					explanation: 'stated in words',
					certain: true,
					approximate: false,
				}),
			};
		},
	);
