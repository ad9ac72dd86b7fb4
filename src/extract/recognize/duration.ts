import { addDays, addMonths, addYears, isoDay, type Ymd } from '../dates.ts';
import type { Placement, Recognizer } from '../types.ts';
import { matchAll } from './matchAll.ts';
import { NUMBER, UNIT, durationValue, parseNumber, parseUnit, type Unit } from './numbers.ts';

const MODS: Array<[RegExp, string]> = [
	[/^(more than|over|upwards of)$/i, 'MORE_THAN'],
	[/^(at least|no less than)$/i, 'EQUAL_OR_MORE'],
	[/^(less than|under|fewer than)$/i, 'LESS_THAN'],
	[/^(up to|no more than|at most)$/i, 'EQUAL_OR_LESS'],
	[/^(about|around|roughly|nearly|almost|approximately|some|close to|an estimated)$/i, 'APPROX'],
];

/** Goes back `n` units from a date; fractional and vague amounts give no start. */
export function goBack(from: Ymd, n: number, unit: Unit): Ymd | null {
	if (!Number.isInteger(n)) return null;
	if (unit === 'day') return addDays(from, -n);
	if (unit === 'week') return addDays(from, -7 * n);
	if (unit === 'month') return addMonths(from, -n);
	if (unit === 'quarter') return addMonths(from, -3 * n);
	if (unit === 'year') return addYears(from, -n);
	if (unit === 'decade') return addYears(from, -10 * n);
	return null;
}

// A span that runs up to the reference date: "had been going on for", "has lasted", "for the past".
const ONGOING =
	/\b(?:been|going on|lasted|lasting|raging|running|continued|ongoing)\b[^,.;]*\bfor\s+$|\bfor\s+(?:the\s+(?:past|last)\s+)?$/i;

const DURATION = new RegExp(
	`(?<![\\w-])(?<p>(?:the\\s+(?:(first|past|last|next|previous|coming|following|final|latest)\\s+)?)?(?:(more than|over|upwards of|at least|no less than|less than|under|fewer than|up to|no more than|at most|about|around|roughly|nearly|almost|approximately|some|close to|an estimated)\\s+)?(?:(${NUMBER})[\\s-]+(?:(?:more|additional|straight|consecutive|full)\\s+)?)?(${UNIT})(-long)?(\\s+and\\s+a\\s+half)?)(?![\\w-])`,
	'i',
);

/**
 * Durations: "more than 500 days" (`P500D`, MORE_THAN), "three years", "a five-year low",
 * "weeks" (`PXW`). When the clause says the state has lasted up to now, the duration also places
 * a span that ends at the document date and starts on or before the date it counts back to.
 */
export const duration: Recognizer = (sentence) =>
	matchAll(sentence, DURATION, (m) => {
		const span = m[2]?.toLowerCase();
		// "the weeks before" is a vague reference; the article belongs to the phrase only with a count.
		const bareThe = /^the\s/i.test(m[0]) && !span && !m[4];
		const unit = parseUnit(m[5] ?? '');
		const plural = /s$/i.test(m[5] ?? '') && unit !== 'century';
		const rawNumber = m[4];
		// A bare "year" or "day" is rarely a duration; "the past year" is one year.
		const suffix = m[6] !== undefined;
		if (!rawNumber && !plural && !suffix && !(span && span !== 'first' && span !== 'final'))
			return null;
		// "about three-quarters of" is a fraction, not nine months; ages ("6-year-old") describe people.
		if (unit === 'quarter' && /^\s+of\b/.test(sentence.text.slice(m.index + m[0].length)))
			return null;
		const counted = rawNumber ? parseNumber(rawNumber) : plural ? null : 1;
		// "a minute and a half", "a year and a half".
		const n = counted !== null && m[7] ? counted + 0.5 : counted;
		if (rawNumber && n === null && !/few|several|some|many|numerous|couple/i.test(rawNumber))
			return null;
		if (rawNumber && n === 0) return null;
		// "the 1988 quarter", "the 1988 second quarter": a year before a singular unit names a period.
		if (rawNumber && /^(1[5-9]|20)\d\d$/.test(rawNumber) && !plural) return null;
		if (/\.\d/.test(rawNumber ?? '') && !/^(hour|day|year|week|month)$/.test(unit)) return null;
		const modWord = m[3];
		const mod = modWord ? MODS.find(([re]) => re.test(modWord))?.[1] : undefined;
		const before = sentence.text.slice(Math.max(0, m.index - 80), m.index);
		const ongoing = ONGOING.test(before) || span === 'past' || span === 'last';
		return {
			type: 'DURATION',
			recognizer: 'duration',
			...(bareThe ? { skip: 4 } : {}),
			resolve: (ctx) => {
				let placement: Placement | undefined;
				const back = ongoing && n !== null ? goBack(ctx.dct, n, unit) : null;
				if (back) {
					const start = isoDay(back);
					placement = {
						start,
						end: isoDay(ctx.dct),
						precision: 'day',
						...(mod === 'MORE_THAN' || mod === 'EQUAL_OR_MORE' ? { startLatest: start } : {}),
					};
				}
				return {
					value: durationValue(n, unit),
					...(mod ? { mod } : {}),
					...(placement ? { placement } : {}),
					derivation: 'duration',
					explanation: back ? `${m[0]} up to the document date ${isoDay(ctx.dct)}` : 'duration',
					certain: n !== null,
					approximate: mod !== undefined || n === null,
				};
			},
		};
	});

const ACCOUNTING_YEAR =
	/(?<![\w-])(?<p>the\s+(?:(?:fiscal|full|financial)\s+)?year)(?=\s+(?:ended|ending|that ended|which ended)\b)/i;

/** An accounting year named by its end ("the fiscal year ended March 31") is one year long. */
export const accountingYear: Recognizer = (sentence) =>
	matchAll(sentence, ACCOUNTING_YEAR, () => ({
		type: 'DURATION',
		recognizer: 'accountingYear',
		resolve: () => ({
			value: 'P1Y',
			derivation: 'duration',
			explanation: 'a year named by its end',
			certain: true,
			approximate: false,
		}),
	}));
