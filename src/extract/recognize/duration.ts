import { addDays, addMonths, addYears, isoDay, parseYmd, type Ymd } from '../dates.ts';
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

// A span that runs up to the reference date: "had been going on for", "has lasted", "has worked
// there for", "for the past". A simple past ("held out for nineteen days") ended when it ended.
const ONGOING =
	/\b(?:been|going on|lasted|lasting|raging|running|continued|ongoing|has|have|'ve|is|are)\b[^,.;]*\bfor\s+$|\bfor\s+the\s+(?:past|last)\s+$/i;
const FOR_BEFORE = /\bfor\s+$/i;

// A unit after a quantity is a rate, a TIMEX3 SET, not a stretch of time: "$2 million a year",
// "four flights a week", "24 hours a day". Plural words count as quantities, save the common -s
// function words.
const QUANTITY_BEFORE =
	/(?:\d|%|\b(?:million|billion|trillion|thousand|hundred|dozen|percent|times|once|twice)|\b(?!(?:was|is|has|does|says|this|its|his|hers|us|as|thus|plus|less|across|unless|perhaps|whereas)\b)[a-z]{2,}s)\s+$/i;
const SINGLE_UNIT = /^(?:a|an|one|per)\s+[a-z]+$/i;
// After a rate's unit, words that make it a point or a span again ("a year ago", "a day later").
const COUNTS_FROM = /^\s+(?:ago|earlier|later|before|after|from|since|of|or|and)\b/i;

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
		const after = sentence.text.slice(m.index + m[0].length);
		// "A second" before a noun is the ordinal ("a second relief army", "a second term").
		if (
			unit === 'second' &&
			!plural &&
			/^an?$/i.test(rawNumber ?? '') &&
			/^\s+(?!(?:ago|later|earlier|before|after|or|and|of|to|in|too|longer|more|less|than|from|for|at|on|when|while|that|the|as|apart)\b)[a-z]/i.test(
				after,
			)
		)
			return null;
		// An age ("52 years old") measures a person, not a time the text tells of.
		if (/^\s+old\b/i.test(after)) return null;
		const rate =
			SINGLE_UNIT.test(m[0]) &&
			QUANTITY_BEFORE.test(sentence.text.slice(Math.max(0, m.index - 30), m.index)) &&
			!COUNTS_FROM.test(after);
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
		const ongoing = !rate && (ONGOING.test(before) || span === 'past' || span === 'last');
		return {
			type: rate ? 'SET' : 'DURATION',
			recognizer: 'duration',
			...(bareThe ? { skip: 4 } : {}),
			resolve: (ctx) => {
				let placement: Placement | undefined;
				const back = ongoing && n !== null ? goBack(ctx.dct, n, unit) : null;
				// "On April 12 … Hart's men held out for nineteen days": in a story told in the past,
				// the span starts at the story's time.
				const storyDay =
					!ongoing && !rate && n !== null && ctx.reference?.narrative && ctx.tense === 'past'
						? parseYmd(ctx.reference.value)
						: null;
				const storyEnd = storyDay && FOR_BEFORE.test(before) ? goBack(storyDay, -n!, unit) : null;
				if (storyDay && storyEnd)
					placement = { start: isoDay(storyDay), end: isoDay(storyEnd), precision: 'day' };
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
					explanation: back
						? `${m[0]} up to the document date ${isoDay(ctx.dct)}`
						: storyEnd
							? `${m[0]} from the reference time ${ctx.reference!.value}`
							: rate
								? 'a rate: once every unit'
								: 'duration',
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
