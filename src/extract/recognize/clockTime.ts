import { isoDay } from '../dates.ts';
import type { Recognizer } from '../types.ts';
import { matchAll } from './matchAll.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Clock times chrono's strict parser leaves out when a day follows ("9 a.m. Tuesday"): `9 a.m.`,
 * `10:30 p.m.`, `noon`, `midnight`. They fall on the day last mentioned, else the document date.
 */
export const clockTime: Recognizer = (sentence) =>
	matchAll(
		sentence,
		/(?<![\w.:])(?<p>(\d{1,2})(?::([0-5]\d))?\s*(a\.m\.?|p\.m\.?|am|pm)|noon|midnight)(?![\w])/i,
		(m) => {
			const word = m[0].toLowerCase();
			let hour = word === 'noon' ? 12 : word === 'midnight' ? 0 : Number(m[2]);
			if (hour > 12 || (m[2] !== undefined && hour === 0)) return null;
			const pm = /^p/i.test(m[4] ?? '');
			if (m[4] !== undefined) hour = (hour % 12) + (pm ? 12 : 0);
			const minute = m[3] ? Number(m[3]) : 0;
			return {
				type: 'TIME',
				recognizer: 'chronoDates',
				resolve: (ctx) => {
					const day = isoDay(ctx.previousDay ?? ctx.dct);
					const value = `${day}T${pad(hour)}:${pad(minute)}`;
					return {
						value,
						placement: { start: value, precision: 'minute' },
						derivation: 'relative',
						explanation: `time on ${day}, the day last mentioned`,
						certain: false,
						approximate: false,
					};
				},
			};
		},
	);
