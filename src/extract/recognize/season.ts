import { isoYear } from '../dates.ts';
import { referenceParts, storyYear } from '../referenceTime.ts';
import type { Recognizer } from '../types.ts';
import { matchAll } from './matchAll.ts';

const CODES: Record<string, [string, number]> = {
	spring: ['SP', 3],
	summer: ['SU', 6],
	fall: ['FA', 9],
	autumn: ['FA', 9],
	winter: ['WI', 12],
};

const SEASON =
	/(?<![\w-])(?<p>(?:(this|last|next|this past|early|late)\s+)?(?:(?:the\s+|that\s+(?!fall\b))(?:(following|previous|preceding|same)\s+)?)?(spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?(\d{4})(?:[–-]\d{2}(?!\d))?)?)(?![\w-])/i;

/**
 * Seasons: "last spring" (`1997-SP` in January 1998), "this summer", "the fall of 1998", "the
 * following spring" (after the season of the date the text last gave), "that autumn" and "the
 * same winter" (in the year of that date). "That fall" stays out: "said that fall …" is a noun.
 */
export const season: Recognizer = (sentence) =>
	matchAll(sentence, SEASON, (m) => {
		const rel = m[2]?.toLowerCase();
		// "That autumn" and "the same winter" are the season of the story's year.
		const anaphoric = /\bthat\s/i.test(m[1] ?? '') ? 'same' : m[3]?.toLowerCase();
		const stated = m[5] ? Number(m[5]) : undefined;
		// A bare "fall" is usually the verb; accept it only with a qualifier or a year.
		if (
			!rel &&
			!anaphoric &&
			stated === undefined &&
			!/^the\s/i.test(m[0]) &&
			!/\b(?:in|during|this|the|by|until|since)\s+(?:the\s+)?$/i.test(
				sentence.text.slice(Math.max(0, m.index - 80), m.index),
			)
		)
			return null;
		const [code, startMonth] = CODES[(m[4] ?? '').toLowerCase()] ?? ['SU', 6];
		return {
			type: 'DATE',
			recognizer: 'season',
			resolve: (ctx) => {
				// "the following spring" counts from the story's time, not the article's.
				const ref = ctx.reference ? referenceParts(ctx.reference.value) : null;
				if (anaphoric === 'same') {
					const y = ref ? ref.y : ctx.dct.y;
					return {
						value: `${isoYear(y)}-${code}`,
						placement: { start: isoYear(y), precision: 'year' },
						derivation: 'relative',
						explanation: `${m[0]}: the season of ${ref ? ctx.reference!.value : 'the document date'}`,
						certain: false,
						approximate: true,
					};
				}
				if (anaphoric && ref) {
					const after = anaphoric === 'following';
					const y = storyYear(ref, startMonth, after, 3);
					return {
						value: `${isoYear(y)}-${code}`,
						placement: { start: isoYear(y), precision: 'year' },
						derivation: 'relative',
						explanation: `${m[0]} from ${ctx.reference!.value}`,
						certain: false,
						approximate: true,
					};
				}
				const { y: dy, m: dm } = ctx.dct;
				let y = stated ?? dy;
				if (stated === undefined && (rel === 'last' || rel === 'this past'))
					y = startMonth + 3 <= dm ? dy : dy - 1;
				else if (stated === undefined && rel === 'next') y = startMonth > dm ? dy : dy + 1;
				else if (stated === undefined && !rel && ctx.tense === 'past' && startMonth > dm)
					y = dy - 1;
				const value = `${isoYear(y)}-${code}`;
				return {
					value,
					placement: { start: isoYear(y), precision: 'year' },
					derivation: stated !== undefined ? 'explicit' : 'relative',
					explanation: `${m[0]} from the document date`,
					certain: stated !== undefined,
					approximate: true,
				};
			},
		};
	});
