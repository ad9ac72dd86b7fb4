/**
 * The English words dates are written with, each list once: months, weekdays, ordinals, number
 * words, time units and parts of the day. Recognizers build their patterns from these lists with
 * `matchAny` (chrono-node's `locales/en/constants.ts` is the model) and never retype them.
 */

/** Month names in calendar order, lower case; a month's number is its index plus one. */
export const MONTH_NAMES = [
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december',
] as const;

/** Full month names → month number (January = 1). */
export const MONTHS: Readonly<Record<string, number>> = Object.fromEntries(
	MONTH_NAMES.map((name, i) => [name, i + 1]),
);

/** Abbreviated month names without their full stop → month number; "sept" is AP's September. */
export const MONTH_ABBREVIATIONS: Readonly<Record<string, number>> = {
	jan: 1,
	feb: 2,
	mar: 3,
	apr: 4,
	jun: 6,
	jul: 7,
	aug: 8,
	sep: 9,
	sept: 9,
	oct: 10,
	nov: 11,
	dec: 12,
};

/**
 * The abbreviations news style uses: AP abbreviates only the months whose names are longer than
 * five letters (Jan., Feb., Aug., Sept., Oct., Nov., Dec.), so "Mar." or "Jun." is rarely a month.
 */
export const AP_MONTH_ABBREVIATIONS: Readonly<Record<string, number>> = Object.fromEntries(
	Object.entries(MONTH_ABBREVIATIONS).filter(([, n]) => MONTH_NAMES[n - 1]!.length > 5),
);

/** Weekday names, lower case, indexed like `Date.getUTCDay()` (0 = Sunday). */
export const WEEKDAY_NAMES = [
	'sunday',
	'monday',
	'tuesday',
	'wednesday',
	'thursday',
	'friday',
	'saturday',
] as const;

/** Full weekday names → day number (0 = Sunday). */
export const WEEKDAYS: Readonly<Record<string, number>> = Object.fromEntries(
	WEEKDAY_NAMES.map((name, i) => [name, i]),
);

/** Abbreviated weekday names without their full stop → day number (0 = Sunday). */
export const WEEKDAY_ABBREVIATIONS: Readonly<Record<string, number>> = {
	sun: 0,
	mon: 1,
	tue: 2,
	tues: 2,
	wed: 3,
	thu: 4,
	thur: 4,
	thurs: 4,
	fri: 5,
	sat: 6,
};

const UNITS_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS_WORDS = [
	'ten',
	'eleven',
	'twelve',
	'thirteen',
	'fourteen',
	'fifteen',
	'sixteen',
	'seventeen',
	'eighteen',
	'nineteen',
];
const TENS_WORDS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** Cardinal number words → value: one to nineteen, the tens, and "hundred". */
export const NUMBER_WORDS: Readonly<Record<string, number>> = Object.fromEntries([
	...UNITS_WORDS.map((w, i) => [w, i + 1]),
	...TEENS_WORDS.map((w, i) => [w, i + 10]),
	...TENS_WORDS.map((w, i) => [w, (i + 2) * 10]),
	['hundred', 100],
]);

/** The cardinal words whose value lies in `[lo, hi]`, for patterns such as "oh-one" to "oh-nine". */
export function numberWords(lo: number, hi: number): string[] {
	return Object.entries(NUMBER_WORDS)
		.filter(([, n]) => n >= lo && n <= hi)
		.map(([w]) => w);
}

const ORDINAL_UNITS = [
	'first',
	'second',
	'third',
	'fourth',
	'fifth',
	'sixth',
	'seventh',
	'eighth',
	'ninth',
];
const ORDINAL_TEENS = [
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
];
const ORDINAL_TENS = TENS_WORDS.map((w) => w.replace(/y$/, 'ieth'));

/**
 * Ordinal words → value, from "first" to "ninety-ninth" and "hundredth". Compounds are written
 * with a hyphen ("twenty-first"), as style guides spell them.
 */
export const ORDINALS: Readonly<Record<string, number>> = Object.fromEntries([
	...ORDINAL_UNITS.map((w, i) => [w, i + 1]),
	...ORDINAL_TEENS.map((w, i) => [w, i + 10]),
	...ORDINAL_TENS.map((w, i) => [w, (i + 2) * 10]),
	...TENS_WORDS.flatMap((t, i) => ORDINAL_UNITS.map((u, j) => [`${t}-${u}`, (i + 2) * 10 + j + 1])),
	['hundredth', 100],
]);

/** The numeral form of an ordinal: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st… */
export function ordinalNumeral(n: number): string {
	const teen = n % 100 >= 11 && n % 100 <= 13;
	const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
	return `${n}${suffix}`;
}

/** Ordinals from `lo` to `hi` in words and numerals ("first", "1st", …). */
export function ordinals(lo: number, hi: number): string[] {
	const words = Object.entries(ORDINALS)
		.filter(([, n]) => n >= lo && n <= hi)
		.map(([w]) => w);
	const numerals = Array.from({ length: hi - lo + 1 }, (_, i) => ordinalNumeral(lo + i));
	return [...words, ...numerals];
}

/** Regex source for an ordinal numeral of up to three digits ("1st", "70th", "100th"). */
export const ORDINAL_NUMERAL = '\\d{1,3}(?:st|nd|rd|th)';

/** Value of an ordinal in words or numerals ("third", "twenty first", "70th"), or null. */
export function parseOrdinal(raw: string): number | null {
	const s = raw.toLowerCase().trim().replace(/\s+/g, '-');
	const digits = /^(\d+)(?:st|nd|rd|th)$/.exec(s);
	if (digits) return Number(digits[1]);
	return ORDINALS[s] ?? null;
}

/** Decades in words → the decade's first year within a century ("the sixties" → 60). */
export const DECADE_WORDS: Readonly<Record<string, number>> = Object.fromEntries(
	TENS_WORDS.map((w, i) => [w.replace(/y$/, 'ies'), (i + 2) * 10]),
);

/** Units of time, from seconds to centuries. */
export type Unit =
	| 'second'
	| 'minute'
	| 'hour'
	| 'day'
	| 'week'
	| 'weekend'
	| 'month'
	| 'quarter'
	| 'year'
	| 'decade'
	| 'century';

const UNIT_LIST: readonly Unit[] = [
	'second',
	'minute',
	'hour',
	'day',
	'week',
	'weekend',
	'month',
	'quarter',
	'year',
	'decade',
	'century',
];

/** Unit words, singular and plural → unit ("centuries" → `century`). */
export const TIME_UNITS: Readonly<Record<string, Unit>> = Object.fromEntries(
	UNIT_LIST.flatMap((u) => [
		[u, u],
		[u === 'century' ? 'centuries' : `${u}s`, u],
	]),
);

/** The singular and plural words of some units, for patterns that take only those. */
export function unitWords(...units: Unit[]): string[] {
	return Object.entries(TIME_UNITS)
		.filter(([, u]) => units.includes(u))
		.map(([w]) => w);
}

/**
 * Simple-past forms of common irregular verbs that are not also a common noun, adjective or
 * present form ("won" is a currency, "left" a direction, "read" and "put" read both ways), so that
 * a tense test which looks for "-ed" also hears "went off Friday" and "met Monday".
 */
export const IRREGULAR_PAST = (
	'went came became overcame made took shook undertook gave forgave stood understood met sent ' +
	'spent built meant kept slept swept dealt fought sought brought bought thought caught taught ' +
	'sold told held fled fed led paid laid said heard lost shot got forgot sat hid slid struck ' +
	'stuck hung swung flung spun saw foresaw oversaw ate began ran sang swam spoke broke chose ' +
	'froze stole swore tore wore wrote rode drove rose fell grew knew threw blew drew flew withdrew ' +
	'sank shrank stank sprang forbade arose awoke clung dug won bled'
).split(' ');

/** Parts of the day → their TIMEX3 code (`1998-01-08TMO` is the morning of that day). */
export const DAY_PARTS: Readonly<Record<string, string>> = {
	morning: 'MO',
	afternoon: 'AF',
	evening: 'EV',
	night: 'NI',
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Regex source matching any of `words` as an alternation, longest first so that "Sept" is tried
 * before "Sep", special characters escaped. `capitalized` writes each word with a capital
 * initial, for patterns that are case-sensitive so as to skip the verbs "may" and "march".
 */
export function matchAny(words: Iterable<string>, options: { capitalized?: boolean } = {}): string {
	const list = [...new Set(words)]
		.map((w) => (options.capitalized ? w.charAt(0).toUpperCase() + w.slice(1) : w))
		.sort((a, b) => b.length - a.length || a.localeCompare(b));
	return `(?:${list.map(escape).join('|')})`;
}

/** Month number of a full or abbreviated month name ("Sept." → 9), or null. */
export function parseMonth(raw: string): number | null {
	const s = raw.toLowerCase().replace(/\.$/, '');
	return MONTHS[s] ?? MONTH_ABBREVIATIONS[s] ?? null;
}

/** Day number (0 = Sunday) of a full or abbreviated weekday name, or null. */
export function parseWeekday(raw: string): number | null {
	const s = raw.toLowerCase().replace(/\.$/, '');
	return WEEKDAYS[s] ?? WEEKDAY_ABBREVIATIONS[s] ?? null;
}
