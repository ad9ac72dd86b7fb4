import { isoYear } from '../dates.ts';
import type { Recognizer } from '../types.ts';
import { matchAll } from './matchAll.ts';

const DEFINITE_YEAR =
	/(?<![\w-])(?:for|of|in|during|through|throughout)\s+(?<p>the\s+(?:full\s+|whole\s+|entire\s+)?year)(?![\w-])(?!\s+(?:ended|ending|earlier|before|after|ago|to|of|in\s+which|when|that|which|since|until|through)\b)(?!\s*\d)/i;

/**
 * "For the year", "a high for the year", "the first nine months of the year": after a preposition,
 * a bare definite "the year" is the current year, as in TimeML's reading of business news. What
 * follows can make it something else: "the year ended Sept. 30" is a fiscal year (a duration),
 * "the year before" a back-reference, "the year of the dragon" a name, "the year-ago quarter" a
 * compound; those are left to their own recognizers.
 */
export const definiteYear: Recognizer = (sentence) =>
	matchAll(sentence, DEFINITE_YEAR, () => ({
		type: 'DATE',
		recognizer: 'definiteYear',
		resolve: (ctx) => {
			const value = isoYear(ctx.dct.y);
			return {
				value,
				placement: { start: value, precision: 'year' },
				derivation: 'relative',
				explanation: `"the year" read as the year of the document date`,
				certain: false,
				approximate: false,
			};
		},
	}));
