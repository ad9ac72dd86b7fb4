import { isoYear } from '../dates.ts';
import type { Recognizer } from '../types.ts';
import { matchAll } from './matchAll.ts';
import { parseNumber } from './numbers.ts';

const TENS =
	'(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)';

/** Years spelled out, as in broadcast transcripts: "nineteen ninety-six", "the year two thousand". */
export const spelledYear: Recognizer = (sentence) =>
	matchAll(
		sentence,
		new RegExp(
			`(?<![\\w-])(?<p>(?:the year )?(?:(nineteen|eighteen|twenty) (${TENS}|hundred|oh[- ](?:one|two|three|four|five|six|seven|eight|nine))|two thousand(?: and (one|two|three|four|five|six|seven|eight|nine|ten))?))(?![\\w-])`,
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
