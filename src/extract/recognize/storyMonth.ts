import { isoMonth } from '../dates.ts';
import { MONTH_NAMES, matchAny, parseMonth } from '../data/lexicon.ts';
import { referenceParts, storyYear } from '../referenceTime.ts';
import type { Recognizer } from '../types.ts';
import { matchAll } from './matchAll.ts';

const STORY_MONTH = new RegExp(
	`(?<![\\w])(?<p>the\\s+(following|next|previous|preceding)\\s+(${matchAny(MONTH_NAMES, { capitalized: true })}))(?![\\w-])(?!\\s*\\d)`,
	'i',
);

/**
 * "the following March", "the previous August": the first such month after (or the last before)
 * the story's time, the date the text last stated; from the document date when the text has
 * stated none. "In October 1887 … the following March" is 1888-03.
 */
export const storyMonth: Recognizer = (sentence) =>
	matchAll(sentence, STORY_MONTH, (m) => {
		const month = parseMonth(m[3] ?? '') ?? 1;
		const after = /following|next/i.test(m[2] ?? '');
		return {
			type: 'DATE',
			recognizer: 'storyMonth',
			resolve: (ctx) => {
				const ref = (ctx.reference && referenceParts(ctx.reference.value)) ?? {
					y: ctx.dct.y,
					m: ctx.dct.m,
				};
				const value = isoMonth(storyYear(ref, month, after), month);
				return {
					value,
					placement: { start: value, precision: 'month' },
					derivation: 'relative',
					explanation: `${m[0]} from ${ctx.reference ? `the reference time ${ctx.reference.value}` : 'the document date'}`,
					certain: false,
					approximate: false,
				};
			},
		};
	});
