import { DECADE_WORDS, matchAny, ordinals, parseOrdinal } from '../data/lexicon.ts';
import type { Recognizer } from '../types.ts';
import { matchAll } from './matchAll.ts';

const CENTURY = new RegExp(
	`(?<![\\w-])(?<p>(?:the\\s+)?(\\d{1,2}(?:st|nd|rd|th)|${matchAny(ordinals(1, 21))})[\\s-]+century|the\\s+(${matchAny(Object.keys(DECADE_WORDS))}))(?![\\w-])`,
	'i',
);

/** Centuries ("the 20th century" → `19`) and decades in words ("the nineties" → `199`). */
export const century: Recognizer = (sentence) =>
	matchAll(sentence, CENTURY, (m) => {
		if (m[3]) {
			const d = (DECADE_WORDS[m[3].toLowerCase()] ?? 0) / 10;
			const value = `19${d}`;
			return {
				type: 'DATE',
				recognizer: 'century',
				resolve: () => ({
					value,
					placement: { start: `19${d}0`, end: `19${d}9`, precision: 'decade' },
					derivation: 'explicit',
					explanation: 'decade in words, taken as the 1900s',
					certain: false,
					approximate: true,
				}),
			};
		}
		const n = parseOrdinal(m[2] ?? '') ?? 0;
		if (n < 1 || n > 21) return null;
		const value = String(n - 1).padStart(2, '0');
		return {
			type: 'DATE',
			recognizer: 'century',
			resolve: () => ({
				value,
				derivation: 'explicit',
				explanation: 'century',
				certain: true,
				approximate: false,
			}),
		};
	});
