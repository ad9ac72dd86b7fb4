import { addDays, isoDay } from '../dates.ts';
import type { Recognizer } from '../types.ts';
import { matchAll } from './matchAll.ts';

const PARTS: Record<string, string> = {
	morning: 'MO',
	afternoon: 'AF',
	evening: 'EV',
	night: 'NI',
};

/** Days named relative to the document date: yesterday, today, tomorrow, tonight, this morning. */
export const relativeDay: Recognizer = (sentence) =>
	matchAll(
		sentence,
		/(?<![\w-])(?<p>(yesterday|today|tomorrow|tonight|this|last)(?:\s+(morning|afternoon|evening|night))?)(?![\w-])/i,
		(m) => {
			const word = (m[2] ?? '').toLowerCase();
			const part = m[3]?.toLowerCase();
			if ((word === 'this' || word === 'last') && !part) return null;
			if (word === 'this' && part === 'night') return null;
			const shift = word === 'yesterday' || word === 'last' ? -1 : word === 'tomorrow' ? 1 : 0;
			const partCode = part ? PARTS[part] : word === 'tonight' ? 'NI' : undefined;
			return {
				type: partCode ? 'TIME' : 'DATE',
				recognizer: 'relativeDay',
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
