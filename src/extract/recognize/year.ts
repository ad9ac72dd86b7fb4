import { isoYear } from '../dates.ts';
import type { Recognizer } from '../types.ts';
import { matchAll } from './matchAll.ts';

// Words that may follow a year without turning it into a count ("in 1998 and", "1998 was").
const FOLLOWERS = new Set(
	('and or but to when as that which was were is are had has have will would could should ' +
		'the a an in on at for with by from after before until through than he she it they we i ' +
		'there this while because if so of up down into').split(' '),
);
const DETERMINER = /(?:\bthe|\bits|\btheir|\bhis|\bher|\bour|\bthis|\bthat|\bfiscal|\bfiscal year|'s|’s)\s+$/i;
const EVENT_PLURALS = new Set(['elections', 'games', 'olympics', 'finals', 'accords', 'talks', 'riots', 'protests', 'results', 'earnings', 'sales']);
const COUNTER = /(?:\broom|\bno\.?|\bnumber|\bflight|\broute|\bhighway|\bpage|\bcode|\bmodel|\bsuite|\bunit|[#$€£¥+])\s*$/i;

/**
 * Bare years ("in 1953", "the 1998 budget", "fiscal 1998"). A four-digit number followed by a
 * noun ("2000 soldiers", "2000 meters") is a count, not a year, unless a determiner makes it a
 * modifier ("the 1998 budget").
 */
export const year: Recognizer = (sentence) =>
	matchAll(
		sentence,
		/(?<![\w.,:/-])(?<p>(?:fiscal(?: year)?\s+)?(1[5-9]\d\d|20\d\d))(?![\w%]|[.,:/-]\d)/,
		(m) => {
			const before = sentence.text.slice(0, m.index);
			if (COUNTER.test(before)) return null;
			const next = /^\s*([A-Za-z]+)/.exec(sentence.text.slice(m.index + m[0].length))?.[1];
			if (next && /^[a-z]/.test(next) && !FOLLOWERS.has(next)) {
				// "the 1998 budget" is a year; "the 2000 delegates" is a count (a plural head noun).
				if (!DETERMINER.test(before)) return null;
				if (/[^s]s$/.test(next) && !EVENT_PLURALS.has(next)) return null;
			}
			if (/^\s*(?:-|–)\s*\d/.test(sentence.text.slice(m.index + m[0].length)) && !/^\s*-\s*\d{2,4}\b/.test(sentence.text.slice(m.index + m[0].length))) return null;
			const y = Number(m[2]);
			const fiscal = /^fiscal/i.test(m[0]);
			return {
				type: 'DATE',
				recognizer: 'year',
				resolve: () => ({
					value: isoYear(y),
					placement: { start: isoYear(y), precision: 'year' },
					derivation: 'explicit',
					explanation: 'stated',
					certain: true,
					approximate: fiscal,
				}),
			};
		},
	);
