import { addDays, isoWeek, weekday } from '../dates.ts';
import type { Recognizer } from '../types.ts';
import { relative } from './calendarUnits.ts';
import { matchAll } from './matchAll.ts';
import { parseUnit } from './numbers.ts';
import { referenceDay } from '../referenceTime.ts';

const OFFSET: Record<string, number> = { this: 0, the: 0, last: -1, next: 1 };

const PERIOD_END =
	/(?<![\w-])(?<p>(?:around\s+)?(?:(year|month|quarter)[- ]end|(year|month)['’]s end|the end of (?:(the|this|last|next)\s+)?(year|month|quarter|week|decade)|the weekend))(?![\w-])/i;

/**
 * The end of a calendar unit: "year-end", "by the end of the month", "the end of the decade",
 * "year's end" (mod END on the unit's value), and "the weekend": the latest one in the past
 * tense, the next one in the future.
 */
export const periodEnd: Recognizer = (sentence) =>
	matchAll(sentence, PERIOD_END, (m) => {
		const unit = parseUnit(m[2] ?? m[3] ?? m[5] ?? 'week');
		const n = OFFSET[(m[4] ?? 'this').toLowerCase()] ?? 0;
		const deictic = /^(?:this|last|next)$/i.test(m[4] ?? '') ? m[4] : undefined;
		if (/weekend$/i.test(m[0])) {
			return {
				type: 'DATE',
				recognizer: 'periodEnd',
				resolve: (ctx) => {
					const today = weekday(ctx.dct);
					const saturday =
						ctx.tense === 'future'
							? addDays(ctx.dct, (6 - today + 7) % 7)
							: addDays(ctx.dct, -((today + 1) % 7));
					return {
						value: `${isoWeek(saturday)}-WE`,
						derivation: 'relative',
						explanation: `${ctx.tense === 'future' ? 'next' : 'latest'} weekend from the document date`,
						certain: false,
						approximate: true,
					};
				},
			};
		}
		return {
			type: 'DATE',
			recognizer: 'periodEnd',
			resolve: (ctx) => {
				// Without "this", "last" or "next", the year is the story's while the text tells a
				// past ("In 1642 … By the end of the year both sides had mobilised").
				const story = deictic === undefined && ctx.reference?.narrative === true;
				const from = story ? referenceDay(ctx, unit) : ctx.dct;
				const r = relative(
					from,
					n,
					unit,
					`end of the ${unit} from ${story ? `the reference time ${ctx.reference!.value}` : 'the document date'}`,
				);
				return r && { ...r, mod: 'END', approximate: true };
			},
		};
	});
