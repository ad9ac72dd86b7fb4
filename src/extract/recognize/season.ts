import { isoYear } from '../dates.ts';
import type { Recognizer } from '../types.ts';
import { matchAll } from './matchAll.ts';

const CODES: Record<string, [string, number]> = {
	spring: ['SP', 3],
	summer: ['SU', 6],
	fall: ['FA', 9],
	autumn: ['FA', 9],
	winter: ['WI', 12],
};

/** Seasons: "last spring" (`1997-SP` in January 1998), "this summer", "the fall of 1998". */
export const season: Recognizer = (sentence) =>
	matchAll(
		sentence,
		/(?<![\w-])(?<p>(?:(this|last|next|this past|early|late)\s+)?(?:the\s+)?(spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?(\d{4}))?)(?![\w-])/i,
		(m) => {
			const rel = m[2]?.toLowerCase();
			const stated = m[4] ? Number(m[4]) : undefined;
			// A bare "fall" is usually the verb; accept it only with a qualifier or a year.
			if (
				!rel &&
				stated === undefined &&
				!/^the\s/i.test(m[0]) &&
				!/\b(?:in|during|this|the|by|until|since)\s+(?:the\s+)?$/i.test(
					sentence.text.slice(Math.max(0, m.index - 80), m.index),
				)
			)
				return null;
			const [code, startMonth] = CODES[(m[3] ?? '').toLowerCase()] ?? ['SU', 6];
			return {
				type: 'DATE',
				recognizer: 'season',
				resolve: (ctx) => {
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
		},
	);
