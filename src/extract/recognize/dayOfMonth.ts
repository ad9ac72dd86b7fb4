import { isoDay, isValidYmd, type Ymd } from '../dates.ts';
import { referenceParts } from '../referenceTime.ts';
import type { Recognizer } from '../types.ts';
import { matchAll } from './matchAll.ts';

// "On the 4th, the flames crossed …", "by the 21st": a bare day of the month after a preposition.
// What follows must end the phrase (punctuation) or start a clause, never a noun the ordinal counts
// ("on the 4th floor", "the 21st century").
const DAY_OF_MONTH =
	/(?<=\b(?:[Oo]n|[Bb]y|[Uu]ntil|[Tt]ill|[Ff]rom|[Ss]ince)\s)(?<p>the\s+(\d{1,2})(?:st|nd|rd|th))(?=\s*[,.;:]|\s+(?:the|a|an|he|she|it|they|we|i|when|and|but|as|at|in)\b|\s+[A-Z])/;

/**
 * A day of the month without its month: the month of the date the text last stated ("In
 * September 1666 … On the 4th"), else of the document date, a month back when a past-tense
 * clause names a day still to come.
 */
export const dayOfMonth: Recognizer = (sentence) =>
	matchAll(sentence, DAY_OF_MONTH, (m) => {
		const d = Number(m[2]);
		if (d < 1 || d > 31) return null;
		return {
			type: 'DATE',
			recognizer: 'dayOfMonth',
			tags: ['day', 'backReference'],
			resolve: (ctx) => {
				const ref = ctx.reference ? referenceParts(ctx.reference.value) : null;
				let day: Ymd;
				let from: string;
				if (ref?.m !== undefined) {
					day = { y: ref.y, m: ref.m, d };
					from = `the month of ${ctx.reference!.value}, the date the text last stated`;
				} else {
					const back = ctx.tense === 'past' && d > ctx.dct.d;
					const m0 = back ? ctx.dct.m - 1 : ctx.dct.m;
					day = m0 < 1 ? { y: ctx.dct.y - 1, m: 12, d } : { y: ctx.dct.y, m: m0, d };
					from = 'the month of the document date';
				}
				if (!isValidYmd(day)) return null;
				const value = isoDay(day);
				return {
					value,
					placement: { start: value, precision: 'day' },
					derivation: 'relative',
					explanation: `"${m[0]}": that day of ${from}`,
					certain: false,
					approximate: false,
				};
			},
		};
	});
