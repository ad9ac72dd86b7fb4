import { addDays, isoDay, weekday, daysInMonth, type Ymd } from '../dates.ts';
import { findNames, pickNamesake } from '../data/lookup.ts';
import type { GazetteerEntry } from '../data/gazetteer.ts';
import type { Candidate, Recognizer } from '../types.ts';
import { yearFor } from './yearFor.ts';

/**
 * Easter Sunday of a Gregorian year, by the anonymous computus (Meeus/Jones/Butcher): the first
 * Sunday after the ecclesiastical full moon on or after 21 March.
 */
export function easterSunday(y: number): Ymd {
	const a = y % 19;
	const b = Math.floor(y / 100);
	const c = y % 100;
	const d = Math.floor(b / 4);
	const e = b % 4;
	const f = Math.floor((b + 8) / 25);
	const g = Math.floor((b - f + 1) / 3);
	const h = (19 * a + b - d - g + 15) % 30;
	const i = Math.floor(c / 4);
	const k = c % 4;
	const l = (32 + 2 * e + 2 * i - h - k) % 7;
	const m = Math.floor((a + 11 * h + 22 * l) / 451);
	const month = Math.floor((h + l - 7 * m + 114) / 31);
	return { y, m: month, d: ((h + l - 7 * m + 114) % 31) + 1 };
}

/** The date of a holiday in a given year. */
export function holidayDate(entry: GazetteerEntry, y: number): Ymd | null {
	if (entry.easterOffset !== undefined) return addDays(easterSunday(y), entry.easterOffset);
	if (entry.monthDay) {
		const [m, d] = entry.monthDay.split('-').map(Number);
		return m && d ? { y, m, d } : null;
	}
	const rule = entry.nthWeekday;
	if (!rule) return null;
	if (rule.n > 0) {
		const first: Ymd = { y, m: rule.month, d: 1 };
		return addDays(first, ((rule.weekday - weekday(first) + 7) % 7) + (rule.n - 1) * 7);
	}
	const last: Ymd = { y, m: rule.month, d: daysInMonth(y, rule.month) };
	return addDays(last, -((weekday(last) - rule.weekday + 7) % 7));
}

/** Named holidays ("Victory Day", "Christmas"), dated in the year the document date gives them. */
export const holiday: Recognizer = (sentence) => {
	const out: Candidate[] = [];
	const names = findNames(sentence.text, ['holiday']);
	const seen = new Set<string>();
	for (const f of names) {
		const key = `${f.start}:${f.end}`;
		if (seen.has(key)) continue;
		seen.add(key);
		const namesakes = names
			.filter((g) => g.start === f.start && g.end === f.end)
			.map((g) => g.entry);
		const stated = /^,?\s+(\d{4})\b/.exec(sentence.text.slice(f.end));
		const end = stated ? f.end + stated[0].length : f.end;
		out.push({
			start: sentence.start + f.start,
			end: sentence.start + end,
			text: sentence.text.slice(f.start, end),
			type: 'DATE',
			recognizer: 'holiday',
			tags: [],
			priority: 1,
			resolve: (ctx) => {
				const entry = pickNamesake(namesakes, sentence.text, ctx.documentText);
				if (!entry) return null;
				const probe = holidayDate(entry, ctx.dct.y);
				const y = stated ? Number(stated[1]) : probe ? yearFor(probe.m, probe.d, ctx) : ctx.dct.y;
				const date = holidayDate(entry, y);
				if (!date) return null;
				const iso = isoDay(date);
				return {
					value: iso,
					placement: { start: iso, precision: 'day' },
					derivation: 'holiday',
					explanation: `${entry.name} (${entry.monthDay ?? (entry.easterOffset !== undefined ? 'movable feast' : 'fixed weekday')}) in ${y}${stated ? '' : ', the year of the document date'}`,
					certain: stated !== null,
					approximate: false,
					anchor: entry.commemorates ?? entry.id,
					title: entry.name,
				};
			},
		});
	}
	return out;
};
