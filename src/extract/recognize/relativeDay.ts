import { addDays, isoDay } from '../dates.ts';
import { DAY_PARTS, matchAny } from '../data/lexicon.ts';
import type { Recognizer } from '../types.ts';
import { matchAll } from './matchAll.ts';

/** Days named relative to the document date: yesterday, today, tomorrow, tonight, this morning. */
export const relativeDay: Recognizer = (sentence) =>
	matchAll(
		sentence,
		new RegExp(
			`(?<![\\w-])(?<p>(yesterday|today|tomorrow|tonight|this|last)(?:\\s+(${matchAny(Object.keys(DAY_PARTS))}))?)(?![\\w-])`,
			'i',
		),
		(m) => {
			const word = (m[2] ?? '').toLowerCase();
			const part = m[3]?.toLowerCase();
			if ((word === 'this' || word === 'last') && !part) return null;
			if (word === 'this' && part === 'night') return null;
			const shift = word === 'yesterday' || word === 'last' ? -1 : word === 'tomorrow' ? 1 : 0;
			const partCode = part ? DAY_PARTS[part] : word === 'tonight' ? 'NI' : undefined;
			return {
				type: partCode ? 'TIME' : 'DATE',
				recognizer: 'relativeDay',
				tags: ['day'],
				resolve: (ctx) => {
					const day = isoDay(addDays(ctx.dct, shift));
					return {
						value: partCode ? `${day}T${partCode}` : day,
						placement: { start: day, precision: 'day' },
						derivation: 'relative',
						explanation: `"${m[0]}" relative to the document date ${isoDay(ctx.dct)}`,
						certain: true,
						approximate: false,
					};
				},
			};
		},
	);
