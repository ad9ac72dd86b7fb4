import { isoDay } from '../dates.ts';
import type { Recognizer, ResolveContext, Resolution } from '../types.ts';
import { matchAll } from './matchAll.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** A clock time with no day of its own: on the day the text last placed, else the document date. */
export function onDayLastMentioned(
	ctx: Pick<ResolveContext, 'dct' | 'reference'>,
	hour: number,
	minute: number,
): Resolution {
	const day = isoDay(ctx.reference?.day ?? ctx.dct);
	const value = `${day}T${pad(hour)}:${pad(minute)}`;
	return {
		value,
		placement: { start: value, precision: 'minute' },
		derivation: 'relative',
		explanation: `time on ${day}, the day last mentioned`,
		certain: false,
		approximate: false,
	};
}

const CLOCK_TIME =
	/(?<![\w.:])(?<p>(\d{1,2})(?::([0-5]\d))?\s*(a\.m\.?|p\.m\.?|am|pm|(?:o'clock\s+)?in\s+the\s+(?:morning|afternoon|evening)|(?:o'clock\s+)?at\s+night)|noon|midday|midnight|mid-?\s?(?:morning|afternoon))(?![\w])/i;

/**
 * Clock times chrono's strict parser leaves out when a day follows ("9 a.m. Tuesday"): `9 a.m.`,
 * `10:30 p.m.`, `4 in the morning`, `noon`, `midday`, `midnight`, and the parts of a day that
 * name a stretch of it (`mid-afternoon` → `TAF`). They fall on the day last mentioned, else the
 * document date.
 */
export const clockTime: Recognizer = (sentence) =>
	matchAll(sentence, CLOCK_TIME, (m) => {
		const word = m[0].toLowerCase();
		const part = /^mid-?\s?(morning|afternoon)$/.exec(word)?.[1];
		if (part)
			return {
				type: 'TIME',
				recognizer: 'clockTime',
				tags: ['clockTime'],
				resolve: (ctx) => {
					const day = isoDay(ctx.reference?.day ?? ctx.dct);
					return {
						value: `${day}${part === 'morning' ? 'TMO' : 'TAF'}`,
						placement: { start: day, precision: 'day' },
						derivation: 'relative',
						explanation: `${part} of ${day}, the day last mentioned`,
						certain: false,
						approximate: true,
					};
				},
			};
		const when = (m[4] ?? '').toLowerCase();
		const night = when.endsWith('night');
		let hour = word === 'noon' || word === 'midday' ? 12 : word === 'midnight' ? 0 : Number(m[2]);
		if (hour > 12 || (m[2] !== undefined && hour === 0)) return null;
		// "4 in the morning" is 4 a.m.; "8 in the evening" and "11 at night" are p.m., but
		// "2 at night" is the small hours and "12 at night" midnight.
		const pm = /^p|afternoon|evening/.test(when) || (night && hour >= 5 && hour < 12);
		if (m[4] !== undefined) hour = night && hour === 12 ? 0 : (hour % 12) + (pm ? 12 : 0);
		const minute = m[3] ? Number(m[3]) : 0;
		return {
			type: 'TIME',
			recognizer: 'clockTime',
			tags: ['clockTime'],
			resolve: (ctx) => onDayLastMentioned(ctx, hour, minute),
		};
	});
