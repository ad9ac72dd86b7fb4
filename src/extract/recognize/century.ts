import type { Recognizer } from '../types.ts';
import { matchAll } from './matchAll.ts';

const ORDINALS = [
	'first',
	'second',
	'third',
	'fourth',
	'fifth',
	'sixth',
	'seventh',
	'eighth',
	'ninth',
	'tenth',
	'eleventh',
	'twelfth',
	'thirteenth',
	'fourteenth',
	'fifteenth',
	'sixteenth',
	'seventeenth',
	'eighteenth',
	'nineteenth',
	'twentieth',
	'twenty-first',
];
const DECADES = [
	'twenties',
	'thirties',
	'forties',
	'fifties',
	'sixties',
	'seventies',
	'eighties',
	'nineties',
];

/** Centuries ("the 20th century" → `19`) and decades in words ("the nineties" → `199X`). */
export const century: Recognizer = (sentence) =>
	matchAll(
		sentence,
		/(?<![\w-])(?<p>(?:the\s+)?(?:(\d{1,2})(?:st|nd|rd|th)|(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first))[\s-]+century|the\s+(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))(?![\w-])/i,
		(m) => {
			if (m[4]) {
				const d = DECADES.indexOf(m[4].toLowerCase()) + 2;
				const value = `19${d}X`;
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
			const n = m[2] ? Number(m[2]) : ORDINALS.indexOf((m[3] ?? '').toLowerCase()) + 1;
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
		},
	);
