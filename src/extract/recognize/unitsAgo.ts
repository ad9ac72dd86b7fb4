import { isoDay, isoMonth, isoYear } from '../dates.ts';
import { matchAny, unitWords } from '../data/lexicon.ts';
import { referenceDay, referenceParts } from '../referenceTime.ts';
import type { Recognizer, ResolveContext } from '../types.ts';
import { relative, unitValue } from './calendarUnits.ts';
import { matchAll } from './matchAll.ts';
import { CARDINAL, parseNumber, parseUnit } from './numbers.ts';

/** Shifts a TIMEX value by years: `1988-Q3` for "a year earlier" after "the third quarter". */
function shiftValue(value: string, years: number): string | null {
	const m = /^(\d{4})(-.*)?$/.exec(value);
	if (!m) return null;
	return String(Number(m[1]) + years).padStart(4, '0') + (m[2] ?? '');
}

const UNITS_AGO = new RegExp(
	`(?<![\\w-])(?<p>(?:(about|almost|nearly|more than|some|over|just|only)\\s+)?(a|an|${CARDINAL}|\\d+|a few|several|a couple of)\\s+(${matchAny(unitWords('day', 'week', 'month', 'quarter', 'year', 'decade'))})(\\s+or\\s+so)?\\s+(ago|earlier|later|from now|hence|before(?=\\s*[,.;]|$)|after(?=\\s*[,.;]|$)))(?![\\w-])`,
	'i',
);

/**
 * The year or month an anaphoric count falls in when the reference time is coarser than its unit
 * and no day placed in it is known: months or weeks after a bare year, days or weeks after a bare
 * month. Null when the count can be done.
 */
function coarseReference(ctx: ResolveContext, unit: string): string | null {
	const parts = ctx.reference ? referenceParts(ctx.reference.value) : null;
	if (!parts || parts.q !== undefined || parts.d !== undefined) return null;
	const day = ctx.reference?.day;
	const dayInside = day && day.y === parts.y && (parts.m === undefined || day.m === parts.m);
	if (dayInside) return null;
	if (parts.m === undefined && (unit === 'month' || unit === 'week' || unit === 'day'))
		return isoYear(parts.y);
	if (parts.m !== undefined && (unit === 'week' || unit === 'day'))
		return isoMonth(parts.y, parts.m);
	return null;
}

/**
 * "two years ago", "a year earlier", "three days later". "Ago" counts from the document date;
 * "earlier"/"later" from the date the text last stated, at its precision ("the third quarter …
 * a year earlier" → the third quarter of the year before).
 */
export const unitsAgo: Recognizer = (sentence) =>
	matchAll(sentence, UNITS_AGO, (m) => {
		const raw = (m[3] ?? '').toLowerCase();
		// Vague amounts ("a few", "several") are left undefined: they name no calendar unit.
		const n = /^an?$/.test(raw) ? 1 : (parseNumber(raw) ?? undefined);
		const unit = parseUnit(m[4] ?? '');
		const dir = (m[6] ?? '').toLowerCase();
		const sign = dir === 'ago' || dir === 'earlier' || dir === 'before' ? -1 : 1;
		// "a week or so ago" hedges like "about a week ago".
		const mod = m[2] || m[5] ? 'APPROX' : undefined;
		return {
			type: 'DATE',
			recognizer: 'unitsAgo',
			tags: ['backReference'],
			resolve: (ctx) => {
				if (n === undefined) {
					const base = unitValue(ctx.dct, unit);
					return {
						value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF',
						derivation: 'relative',
						explanation: base ? 'vague amount' : '',
						certain: false,
						approximate: true,
					};
				}
				const stated = ctx.reference?.value;
				if (sign < 0 && unit === 'year' && stated && /-Q\d$/.test(stated)) {
					const value = shiftValue(stated, sign * n);
					if (value)
						return {
							value,
							derivation: 'relative',
							explanation: `${m[0]} from ${stated}`,
							certain: true,
							approximate: false,
						};
				}
				const deictic = dir === 'ago' || dir === 'from now' || dir === 'hence';
				// "In 2019 … Two months later", "The next month … two days later": counting small
				// units from a time the text gave only coarsely lands inside that time (or just
				// after); say only what is known, never a day counted from another, older day.
				const coarse = !deictic ? coarseReference(ctx, unit) : null;
				if (coarse)
					return {
						value: coarse,
						placement: { start: coarse, precision: coarse.length === 4 ? 'year' : 'month' },
						derivation: 'relative',
						explanation: `${m[0]} from ${ctx.reference!.value}, given no finer than that`,
						certain: false,
						approximate: true,
					};
				const anchorDay = deictic ? ctx.dct : referenceDay(ctx, unit);
				// "a decade ago" names a year, not a decade.
				if (unit === 'decade' || unit === 'century') {
					const back = anchorDay.y + sign * n * (unit === 'decade' ? 10 : 100);
					return {
						value: String(back).padStart(4, '0'),
						placement: { start: String(back).padStart(4, '0'), precision: 'year' },
						derivation: 'relative',
						explanation: `${m[0]} from ${isoDay(anchorDay)}`,
						certain: true,
						approximate: true,
					};
				}
				const r = relative(anchorDay, sign * n, unit, `${m[0]} from ${isoDay(anchorDay)}`);
				return r && mod ? { ...r, mod, approximate: true } : r;
			},
		};
	});
