import {
	addDays,
	addMonths,
	isoDay,
	isoMonth,
	isoWeek,
	isoYear,
	quarterOf,
	weekday,
	type Ymd,
} from '../dates.ts';
import type { Placement, Resolution } from '../types.ts';
import type { Unit } from './numbers.ts';

/** TIMEX value and placement of the calendar unit holding `day` ("1998", "1998-Q1", "1998-W02"). */
export function unitValue(day: Ymd, unit: Unit): { value: string; placement?: Placement } | null {
	switch (unit) {
		case 'day':
			return { value: isoDay(day), placement: { start: isoDay(day), precision: 'day' } };
		case 'week':
		case 'weekend': {
			const value = isoWeek(day) + (unit === 'weekend' ? '-WE' : '');
			const monday = addDays(day, -((weekday(day) + 6) % 7));
			const first = unit === 'weekend' ? addDays(monday, 5) : monday;
			return {
				value,
				placement: { start: isoDay(first), end: isoDay(addDays(monday, 6)), precision: 'day' },
			};
		}
		case 'month':
			return {
				value: isoMonth(day.y, day.m),
				placement: { start: isoMonth(day.y, day.m), precision: 'month' },
			};
		case 'quarter':
			return {
				value: `${isoYear(day.y)}-Q${quarterOf(day.m)}`,
				placement: {
					start: isoMonth(day.y, quarterOf(day.m) * 3 - 2),
					end: isoMonth(day.y, quarterOf(day.m) * 3),
					precision: 'month',
				},
			};
		case 'year':
			return { value: isoYear(day.y), placement: { start: isoYear(day.y), precision: 'year' } };
		case 'decade': {
			const d = Math.floor(day.y / 10);
			return {
				value: String(d),
				placement: { start: isoYear(d * 10), end: isoYear(d * 10 + 9), precision: 'decade' },
			};
		}
		case 'century':
			return { value: String(Math.floor(day.y / 100)).padStart(2, '0') };
		default:
			return null;
	}
}

/** Moves a day by whole units. */
export function shift(day: Ymd, n: number, unit: Unit): Ymd {
	if (unit === 'day') return addDays(day, n);
	if (unit === 'week' || unit === 'weekend') return addDays(day, 7 * n);
	if (unit === 'month') return addMonths(day, n);
	if (unit === 'quarter') return addMonths(day, 3 * n);
	if (unit === 'year') return addMonths(day, 12 * n);
	if (unit === 'decade') return addMonths(day, 120 * n);
	if (unit === 'century') return addMonths(day, 1200 * n);
	return day;
}

/** A resolution `n` units from `base`, at the precision of the unit. */
export function relative(base: Ymd, n: number, unit: Unit, explanation: string): Resolution | null {
	const u = unitValue(shift(base, n, unit), unit);
	if (!u) return null;
	return {
		value: u.value,
		...(u.placement ? { placement: u.placement } : {}),
		derivation: 'relative',
		explanation,
		certain: true,
		approximate: false,
	};
}
