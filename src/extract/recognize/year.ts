import { isoYear } from '../dates.ts';
import type { Recognizer } from '../types.ts';
import { matchAll } from './matchAll.ts';

// Words that may follow a year without turning it into a count ("in 1998 and", "1998 was").
const FOLLOWERS = new Set(
	(
		'and or but to when as that which was were is are had has have will would could should ' +
		'the a an in on at for with by from after before until through than he she it they we i ' +
		'there this while because if so of up down into'
	).split(' '),
);
const DETERMINER =
	/(?:\bthe|\bits|\btheir|\bhis|\bher|\bour|\bthis|\bthat|\bfiscal|\bfiscal year|'s|’s)\s+$/i;
const EVENT_PLURALS = new Set([
	'elections',
	'games',
	'olympics',
	'finals',
	'accords',
	'talks',
	'riots',
	'protests',
	'results',
	'earnings',
	'sales',
]);
const PLURALS = new Set([
	'people',
	'men',
	'women',
	'children',
	'police',
	'staff',
	'personnel',
	'cattle',
	'feet',
	'sheep',
	'fish',
	'troops',
]);
const QUANTITY = new Set([
	'more',
	'other',
	'additional',
	'extra',
	'new',
	'square',
	'metric',
	'cubic',
	'million',
	'billion',
	'thousand',
	'hundred',
	'per',
	'percent',
	'of',
	'kilometres',
	'kilometers',
	'miles',
	'meters',
	'metres',
	'tons',
	'tonnes',
	'yards',
	'feet',
	'pounds',
	'dollars',
	'euros',
	'degrees',
]);
const COUNTER =
	/(?:\broom|\bno\.?|\bnumber|\bflight|\broute|\bhighway|\bpage|\bcode|\bmodel|\bsuite|\bunit|[#$€£¥+])\s*$/i;

const YEAR =
	/(?<![\w.,:/-])(?<p>(?:(?:(early|mid|late|post|pre)-)|(?:fiscal(?: year)?\s+))?(1[5-9]\d\d|20\d\d))(?![\w%]|[.,:/-]\d)/;

/**
 * Bare years ("in 1953", "the 1998 budget", "fiscal 1998"). A four-digit number followed by a
 * noun ("2000 soldiers", "2000 meters") is a count, not a year, unless a determiner makes it a
 * modifier ("the 1998 budget").
 */
export const year: Recognizer = (sentence) =>
	matchAll(sentence, YEAR, (m) => {
		const before = sentence.text.slice(Math.max(0, m.index - 80), m.index);
		if (COUNTER.test(before)) return null;
		const next = /^\s*([A-Za-z]+)/.exec(sentence.text.slice(m.index + m[0].length))?.[1];
		if (next && /^[a-z]/.test(next) && !FOLLOWERS.has(next) && !m[2]) {
			// "his 1996 campaign" is a year; "2000 soldiers", "the 2000 delegates" and "1500 new
			// rockets" are counts: a plural head noun or a quantity word after the number. "Fiscal"
			// makes the number a year like a determiner does ("fiscal 1989 sales").
			const plural =
				(/[^s]s$/.test(next) || PLURALS.has(next)) &&
				!((DETERMINER.test(before) || /^fiscal/i.test(m[0])) && EVENT_PLURALS.has(next));
			if (plural || QUANTITY.has(next)) return null;
		}
		if (
			/^\s*(?:-|–)\s*\d/.test(sentence.text.slice(m.index + m[0].length)) &&
			!/^\s*-\s*\d{2,4}\b/.test(sentence.text.slice(m.index + m[0].length))
		)
			return null;
		const y = Number(m[3]);
		const part = m[2]?.toLowerCase();
		const mod =
			part === 'early'
				? 'START'
				: part === 'mid'
					? 'MID'
					: part === 'late'
						? 'END'
						: part === 'post'
							? 'AFTER'
							: part === 'pre'
								? 'BEFORE'
								: undefined;
		return {
			type: 'DATE',
			recognizer: 'year',
			resolve: () => ({
				value: isoYear(y),
				...(mod ? { mod } : {}),
				placement: { start: isoYear(y), precision: 'year' },
				derivation: 'explicit',
				explanation: 'stated',
				certain: true,
				approximate: mod !== undefined,
			}),
		};
	});

const YEAR_RANGE =
	/(?<![\w.,:/-])(?<p>(1[5-9]\d\d|20\d\d)\s?[–-]\s?(\d{2}|1[5-9]\d\d|20\d\d))(?![\w%]|[.,:/–-]\d)/;

/**
 * A span of years written with a dash: "the crisis of 2008–09", "the 1914-1918 war". The second
 * year may keep only its last two digits, counted in the first one's century.
 */
export const yearRange: Recognizer = (sentence) =>
	matchAll(sentence, YEAR_RANGE, (m) => {
		const from = Number(m[2]);
		const to = m[3]!.length === 2 ? Math.floor(from / 100) * 100 + Number(m[3]) : Number(m[3]);
		if (to <= from || to - from > 99) return null;
		return {
			type: 'DATE',
			recognizer: 'yearRange',
			resolve: () => ({
				value: isoYear(from),
				placement: { start: isoYear(from), end: isoYear(to), precision: 'year' },
				derivation: 'explicit',
				explanation: `the years ${from} to ${to}`,
				certain: true,
				approximate: false,
			}),
		};
	});
