import type { Recognizer } from '../types.ts';
import { matchAll } from './matchAll.ts';

const DECADE =
	/(?<![\w])(?<p>(?:the\s+)?(?:(early|mid|late)[- ]?)?(?:(\d{3})0|['’](\d)0)['’]?s)(?!\w)/i;

/** Decades: "the 1950s" → `195`, "the '90s" → `199` (TIMEX3 writes a decade as its first three digits), "the early 1990s" (mod START). */
export const decade: Recognizer = (sentence) =>
	matchAll(sentence, DECADE, (m) => {
		const century = m[3] ?? `19${m[4] ?? '0'}`;
		const start = Number(century) * 10;
		const mod = m[2]
			? ({ early: 'START', mid: 'MID', late: 'END' } as const)[m[2].toLowerCase() as 'early']
			: undefined;
		return {
			type: 'DATE',
			recognizer: 'decade',
			resolve: () => ({
				value: century,
				...(mod ? { mod } : {}),
				placement: {
					start: String(start).padStart(4, '0'),
					end: String(start + 9).padStart(4, '0'),
					precision: 'decade',
				},
				derivation: 'explicit',
				explanation: 'stated',
				certain: m[3] !== undefined,
				approximate: m[4] !== undefined,
			}),
		};
	});
