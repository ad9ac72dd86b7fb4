import { isoDay } from '../dates.ts';
import { referenceDay } from '../referenceTime.ts';
import type { Recognizer, ResolveContext } from '../types.ts';
import { relative } from './calendarUnits.ts';
import { matchAll } from './matchAll.ts';
import { parseUnit } from './numbers.ts';

const OFFSETS: Record<string, number> = {
	this: 0,
	current: 0,
	'the current': 0,
	'this past': -1,
	last: -1,
	previous: -1,
	'the previous': -1,
	'the latest': -1,
	that: 0,
	next: 1,
	'the next': 1,
	'the coming': 1,
	coming: 1,
	'the following': 1,
	'the same': 0,
};

// A comparison of figures: "compared with …", "up from …", "than …", "last year's quarter".
const COMPARED =
	/\b(?:compared\s+(?:with|to)|(?:up|down)\s+from|from|than|versus|vs\.)\s[^.;]*\blast\s+year\b|\blast\s+year['’]s\s+(?:quarter|period)\b/i;

const RELATIVE_PERIOD =
	/(?<![\w-])(?<p>(?:(earlier|later|early|late|mid)[- ]?\s+)?(this past|the current|the previous|the latest|the next|the coming|the following|the same|this|that|current|last|previous|next|coming)\s+(?:fiscal\s+)?(week|weekend|month|quarter|year|decade|century))(?![\w-])/i;

/**
 * Calendar units named relative to the document date: "this week" (`1998-W02`), "last year",
 * "next month", "earlier this year", "the latest quarter", "the current fiscal year" (a reading of the
 * calendar year, since the fiscal calendar is not known). "The following month", "the same week" and
 * "that year" count from the reference time (the date the text last stated, at its precision), as a
 * reader does: "the next month" after "in March 1920" is April 1920.
 */
export const relativePeriod: Recognizer = (sentence) =>
	matchAll(sentence, RELATIVE_PERIOD, (m) => {
		const rel = (m[3] ?? '').toLowerCase();
		const unit = parseUnit(m[4] ?? '');
		const n = OFFSETS[rel] ?? 0;
		// "The following", "the previous", "the same" and "that" point back into the text;
		// "the next" does so in a past clause or a story ("the next month, he resigned"), but
		// looks ahead from the writer's now otherwise ("over the next year").
		const anaphoric = (ctx: ResolveContext) =>
			rel === 'the following' ||
			rel === 'the same' ||
			rel === 'the previous' ||
			rel === 'that' ||
			(rel === 'the next' && (ctx.tense === 'past' || ctx.reference?.narrative === true));
		const position = m[2]?.toLowerCase();
		const mod =
			position === 'early'
				? 'START'
				: position === 'late'
					? 'END'
					: position === 'mid'
						? 'MID'
						: undefined;
		return {
			type: 'DATE',
			recognizer: 'relativePeriod',
			resolve: (ctx) => {
				// "sales rose in the quarter, compared with $5 million last year": a comparison with
				// last year while the text speaks of this year's quarter is that quarter a year back.
				const quarter = /^(\d{4})-(Q\d)$/.exec(ctx.reference?.value ?? '');
				if (
					quarter &&
					rel === 'last' &&
					unit === 'year' &&
					Number(quarter[1]) === ctx.dct.y &&
					!mod &&
					COMPARED.test(sentence.text.slice(Math.max(0, m.index - 80), m.index + m[0].length + 20))
				) {
					const value = `${Number(quarter[1]) - 1}-${quarter[2]}`;
					return {
						value,
						derivation: 'relative',
						explanation: `"${m[0]}" in a comparison with ${ctx.reference!.value}: that quarter a year back`,
						certain: false,
						approximate: true,
					};
				}
				const fromText = anaphoric(ctx);
				const base = fromText ? referenceDay(ctx, unit) : ctx.dct;
				const r = relative(
					base,
					n,
					unit,
					`"${m[0]}" from ${fromText ? 'the date last stated' : 'the document date'} ${isoDay(base)}`,
				);
				return r && mod ? { ...r, mod } : r;
			},
		};
	});
