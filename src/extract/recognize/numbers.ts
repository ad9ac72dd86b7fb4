/** Number words and time units shared by the duration, relative and set recognizers. */
import { NUMBER_WORDS, TIME_UNITS, matchAny, numberWords, type Unit } from '../data/lexicon.ts';

// Number words, and the words that stand for a number before a unit ("a single day", "a dozen years").
const SMALL: Record<string, number> = {
	...NUMBER_WORDS,
	a: 1,
	an: 1,
	half: 0.5,
	single: 1,
	couple: 2,
	dozen: 12,
};

/** Regex source for a cardinal in words, one to ninety-nine: "twenty-four", "seventeen". */
export const CARDINAL = `${matchAny(numberWords(20, 90))}(?:[- ]${matchAny(numberWords(1, 9))})?|${matchAny(numberWords(1, 19))}`;

/** Quantities a reader cannot pin down: "several days" is `PXD`. */
const VAGUE = new Set(['several', 'few', 'a few', 'some', 'many', 'numerous']);

/** Regex source for a number written in digits or words ("500", "1,000", "twenty-four", "a few"). */
export const NUMBER =
	'(?:\\d+ \\d/\\d|\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|(?:a |an )?(?:few|couple of|several|some|many|numerous)|' +
	`(?:${CARDINAL}|\\d+) and a half|${CARDINAL}|a hundred|one hundred|a dozen|a half|half an?|half|a|an|single|a couple)`;

/** Parses a number matched by NUMBER; null means vague ("several"). */
export function parseNumber(raw: string): number | null {
	const s = raw.toLowerCase().trim().replace(/,/g, '');
	if (/^\d+(\.\d+)?$/.test(s)) return Number(s);
	const mixed = /^(\d+) (\d)\/(\d)$/.exec(s);
	if (mixed) return Number(mixed[1]) + Number(mixed[2]) / Number(mixed[3]);
	if (VAGUE.has(s)) return null;
	if (/^half an?$/.test(s) || s === 'a half') return 0.5;
	const andAHalf = /^(.+) and a half$/.exec(s);
	if (andAHalf) {
		const whole = parseNumber(andAHalf[1]!);
		return whole === null ? null : whole + 0.5;
	}
	if (s === 'a dozen') return 12;
	// TimeML and HeidelTime read "a couple of years" as two years (P2Y), not as a vague amount.
	if (/^(?:a )?couple(?: of)?$/.test(s)) return 2;
	if (/^(a|one) hundred$/.test(s)) return 100;
	const parts = s.split(/[- ]/).filter(Boolean);
	let total = 0;
	for (const p of parts) {
		const n = SMALL[p];
		if (n === undefined) return null;
		total += n;
	}
	return total;
}

export type { Unit };

/** Regex source for a time unit, singular or plural. */
export const UNIT = matchAny(Object.keys(TIME_UNITS));

export function parseUnit(raw: string): Unit {
	return TIME_UNITS[raw.toLowerCase()] ?? 'day';
}

/** TIMEX3 duration value: 500 days → `P500D`, 3 hours → `PT3H`, several weeks → `PXW`. */
export function durationValue(n: number | null, unit: Unit): string {
	const letter: Record<Unit, string> = {
		second: 'S',
		minute: 'M',
		hour: 'H',
		day: 'D',
		week: 'W',
		weekend: 'WE',
		month: 'M',
		quarter: 'Q',
		year: 'Y',
		decade: 'DE',
		century: 'CE',
	};
	const time = unit === 'second' || unit === 'minute' || unit === 'hour';
	const amount = n === null ? 'X' : Number.isInteger(n) ? String(n) : half(n, unit);
	if (amount.startsWith('P')) return amount;
	// TimeML corpora write decades in years: "the past decade" is P10Y.
	if (unit === 'decade' && n !== null && Number.isInteger(n)) return `P${n * 10}Y`;
	// Quarters are written in months: "the next three quarters" is P9M.
	if (unit === 'quarter') return n === null ? 'PXM' : `P${n * 3}M`;
	return `P${time ? 'T' : ''}${amount}${letter[unit]}`;
}

/**
 * A fractional amount as ISO 8601 writes it, the fraction in the next smaller unit, since TIMEX3
 * has no decimals: 2 1/2 years is `P2Y6M`, 5 1/2 hours `PT5H30M`, half a day `PT12H`.
 */
function half(n: number, unit: Unit): string {
	const whole = Math.floor(n);
	const rest = n - whole;
	const lead = (letter: string) => (whole ? `${whole}${letter}` : '');
	switch (unit) {
		case 'year':
			return `P${lead('Y')}${Math.round(rest * 12)}M`;
		case 'month':
			return `P${lead('M')}${Math.round(rest * 30)}D`;
		case 'week':
			return `P${Math.round(n * 7)}D`;
		case 'day':
			return `P${lead('D')}T${Math.round(rest * 24)}H`;
		case 'hour':
			return `PT${lead('H')}${Math.round(rest * 60)}M`;
		case 'minute':
			return `PT${lead('M')}${Math.round(rest * 60)}S`;
		default:
			return String(n);
	}
}
