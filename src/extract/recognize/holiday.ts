import { addDays, isoDay, weekday, daysInMonth, type Ymd } from '../dates.ts';
import { findNames, pickNamesake } from '../data/lookup.ts';
import type { GazetteerEntry } from '../data/gazetteer.ts';
import type { Candidate, Recognizer } from '../types.ts';
import { yearFor } from './yearFor.ts';

/** The date of a holiday in a given year. */
export function holidayDate(entry: GazetteerEntry, y: number): Ymd | null {
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
					explanation: `${entry.name} (${entry.monthDay ?? 'fixed weekday'}) in ${y}${stated ? '' : ', the year of the document date'}`,
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
