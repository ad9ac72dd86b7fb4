import { isoDay, isoYear } from '../dates.ts';
import { NUMBER_WORDS, matchAny, numberWords, unitWords } from '../data/lexicon.ts';
import { referenceDay, referenceParts } from '../referenceTime.ts';
import type { Recognizer } from '../types.ts';
import { relative, unitValue } from './calendarUnits.ts';
import { matchAll } from './matchAll.ts';
import { parseUnit } from './numbers.ts';

/** Shifts a TIMEX value by years: `1988-Q3` for "a year earlier" after "the third quarter". */
function shiftValue(value: string, years: number): string | null {
	const m = /^(\d{4})(-.*)?$/.exec(value);
	if (!m) return null;
	return String(Number(m[1]) + years).padStart(4, '0') + (m[2] ?? '');
}

const UNITS_AGO = new RegExp(
	`(?<![\\w-])(?<p>(?:(about|almost|nearly|more than|some|over|just|only)\\s+)?(a|an|${matchAny(numberWords(1, 90))}|\\d+|a few|several|a couple of)\\s+(${matchAny(unitWords('day', 'week', 'month', 'quarter', 'year', 'decade'))})(\\s+or\\s+so)?\\s+(ago|earlier|later|from now|hence|before(?=\\s*[,.;]|$)|after(?=\\s*[,.;]|$)))(?![\\w-])`,
	'i',
);

/**
 * "two years ago", "a year earlier", "three days later". "Ago" counts from the document date;
 * "earlier"/"later" from the date the text last stated, at its precision ("the third quarter …
 * a year earlier" → the third quarter of the year before).
 */
export const unitsAgo: Recognizer = (sentence) =>
	matchAll(sentence, UNITS_AGO, (m) => {
		const raw = (m[3] ?? '').toLowerCase();
		// Vague amounts ("a few", "several") are left undefined: they name no calendar unit.
		const n = /^\d+$/.test(raw) ? Number(raw) : /^an?$/.test(raw) ? 1 : NUMBER_WORDS[raw];
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
				// "In 2019 … Two months later": counting months from a year the text gave no month
				// of lands somewhere in that year (or the next); say only the year, never a month
				// counted from the article's date.
				const parts = ctx.reference ? referenceParts(ctx.reference.value) : null;
				if (
					!deictic &&
					parts &&
					parts.m === undefined &&
					parts.q === undefined &&
					(unit === 'month' || unit === 'week')
				) {
					const year = isoYear(parts.y);
					return {
						value: year,
						placement: { start: year, precision: 'year' },
						derivation: 'relative',
						explanation: `${m[0]} from ${ctx.reference!.value}, a year the text gave no month of`,
						certain: false,
						approximate: true,
					};
				}
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
