/** Number words and time units shared by the duration, relative and set recognizers. */

const SMALL: Record<string, number> = {
	a: 1,
	an: 1,
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	thirteen: 13,
	fourteen: 14,
	fifteen: 15,
	sixteen: 16,
	seventeen: 17,
	eighteen: 18,
	nineteen: 19,
	twenty: 20,
	thirty: 30,
	forty: 40,
	fifty: 50,
	sixty: 60,
	seventy: 70,
	eighty: 80,
	ninety: 90,
	hundred: 100,
	half: 0.5,
	single: 1,
	couple: 2,
	dozen: 12,
};

/** Quantities a reader cannot pin down: "several days" is `PXD`. */
const VAGUE = new Set(['several', 'few', 'a few', 'some', 'many', 'numerous']);

/** Regex source for a number written in digits or words ("500", "1,000", "twenty-four", "a few"). */
export const NUMBER =
	'(?:\\d+ \\d/\\d|\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|(?:a |an )?(?:few|couple of|several|some|many|numerous)|' +
	'(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)|' +
	'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|' +
	'seventeen|eighteen|nineteen|a hundred|one hundred|a dozen|a half|half an?|half|a|an|single|a couple)';

/** Parses a number matched by NUMBER; null means vague ("several"). */
export function parseNumber(raw: string): number | null {
	const s = raw.toLowerCase().trim().replace(/,/g, '');
	if (/^\d+(\.\d+)?$/.test(s)) return Number(s);
	const mixed = /^(\d+) (\d)\/(\d)$/.exec(s);
	if (mixed) return Number(mixed[1]) + Number(mixed[2]) / Number(mixed[3]);
	if (VAGUE.has(s)) return null;
	if (/^half an?$/.test(s) || s === 'a half') return 0.5;
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

/** Regex source for a time unit, singular or plural. */
export const UNIT =
	'(?:seconds?|minutes?|hours?|days?|weeks?|weekends?|months?|quarters?|years?|decades?|centuries|century)';

export function parseUnit(raw: string): Unit {
	const s = raw.toLowerCase();
	if (s.startsWith('centur')) return 'century';
	return s.replace(/s$/, '') as Unit;
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

/** Half units are written in the next smaller unit, as TIMEX3 has no fractions. */
function half(n: number, unit: Unit): string {
	const smaller: Partial<Record<Unit, [string, number]>> = {
		hour: ['PT', 60],
		day: ['PT', 24],
		year: ['P', 12],
		month: ['P', 30],
		week: ['P', 7],
	};
	const s = smaller[unit];
	if (!s) return String(n);
	const letter = unit === 'hour' ? 'M' : unit === 'day' ? 'H' : unit === 'year' ? 'M' : 'D';
	return `${s[0]}${Math.round(n * s[1])}${letter}`;
}
