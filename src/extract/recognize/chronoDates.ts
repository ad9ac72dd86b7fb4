import * as chrono from 'chrono-node';
import { isValidYmd, isoDay, isoMonth, isoYear, type Ymd } from '../dates.ts';
import type { Candidate, Recognizer, ResolveContext, Resolution, Tag } from '../types.ts';
import { onDayLastMentioned } from './clockTime.ts';
import { yearFor, yearSource } from './yearFor.ts';

interface Known {
	year?: number;
	month?: number;
	day?: number;
	hour?: number;
	minute?: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
// What makes a number a time of day: a colon, a.m./p.m., noon or midnight.
const CLOCK = /\d:\d\d|\d\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|noon|midnight/i;

function resolveKnown(k: Known, ctx: ResolveContext): Resolution | null {
	let certain = true;
	let y = k.year;
	if (k.month !== undefined && y === undefined) {
		y = yearFor(k.month, k.day ?? 15, ctx);
		certain = false;
	}
	if (k.hour !== undefined && k.month === undefined)
		return onDayLastMentioned(ctx, k.hour, k.minute ?? 0);
	if (y === undefined) return null;
	if (k.month === undefined) {
		const v = isoYear(y);
		return {
			value: v,
			placement: { start: v, precision: 'year' },
			derivation: 'explicit',
			explanation: 'stated',
			certain,
			approximate: false,
		};
	}
	if (k.day === undefined) {
		const v = isoMonth(y, k.month);
		return {
			value: v,
			placement: { start: v, precision: 'month' },
			derivation: 'explicit',
			explanation: 'stated',
			certain,
			approximate: false,
		};
	}
	const ymd: Ymd = { y, m: k.month, d: k.day };
	if (!isValidYmd(ymd)) return null;
	const day = isoDay(ymd);
	const explanation = certain ? 'stated' : `year ${y} taken from ${yearSource(ctx)}`;
	if (k.hour !== undefined) {
		const value = `${day}T${pad(k.hour)}:${pad(k.minute ?? 0)}`;
		return {
			value,
			placement: { start: value, precision: 'minute' },
			derivation: 'explicit',
			explanation,
			certain,
			approximate: false,
		};
	}
	return {
		value: day,
		placement: { start: day, precision: 'day' },
		derivation: 'explicit',
		explanation,
		certain,
		approximate: false,
	};
}

/** What the written components make of a phrase: a stated day, a day, or a bare clock time. */
function tagsOf(k: Known): Tag[] {
	if (k.month === undefined) return k.hour !== undefined ? ['clockTime'] : [];
	if (k.day === undefined || k.hour !== undefined) return [];
	return k.year !== undefined ? ['statedDay', 'day'] : ['day'];
}

function knownOf(c: chrono.ParsedComponents): Known {
	const k: Known = {};
	for (const key of ['year', 'month', 'day', 'hour', 'minute'] as const) {
		if (c.isCertain(key)) k[key] = c.get(key) ?? undefined;
	}
	return k;
}

// A whole number, a space and a fraction in halves to sixty-fourths is a quantity, as stock
// prices were quoted ("surged 4 5/8 to 112 5/8"), not the 5th of August.
const FRACTION = /\d\s+\d{1,2}\/(?:2|4|8|16|32|64)(?![\d/])/;
function mixedFraction(text: string, index: number, phrase: string): boolean {
	return FRACTION.test(text.slice(Math.max(0, index - 4), index + phrase.length));
}

// What every phrase kept below contains, so a sentence without it skips chrono's dozen parsers: a
// phrase is kept with a certain month or a clock time. Chrono's strict parsers make a month certain
// from digits, a month name (every spelling holds one of these stems) or a count of time units
// ("two days ago to three days ago", which the range branch keeps); a clock time needs CLOCK.
const MAY_HOLD_DATE =
	/\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|second|minute|hour|day|week|month|quarter|year|noon|midnight/i;

/**
 * Explicit calendar dates and clock times, via chrono's strict parser. Only the components chrono
 * marks certain are trusted; the rest are filled from the document date at resolve time.
 */
export const chronoDates: Recognizer = (sentence) => {
	const out: Candidate[] = [];
	if (!MAY_HOLD_DATE.test(sentence.text)) return out;
	let results: chrono.ParsedResult[] = [];
	try {
		results = chrono.strict.parse(sentence.text, new Date(Date.UTC(2000, 0, 1)));
	} catch {
		return out;
	}
	for (const r of results) {
		if (mixedFraction(sentence.text, r.index, r.text)) continue;
		// A range ("from Aug. 26 to Oct. 20") is two dates, each with its own phrase.
		const sep = r.end ? /^(.*\S)(\s*(?:-|–|to|through|until|and)\s*)(\S.*)$/.exec(r.text) : null;
		if (sep && r.end) {
			const known = knownOf(r.start);
			const endKnown = { ...known, ...knownOf(r.end) };
			const first = sep[1] ?? '';
			const second = sep[3] ?? '';
			const at = sentence.start + r.index;
			const secondAt = at + first.length + (sep[2] ?? '').length;
			if (known.month !== undefined)
				out.push({
					start: at,
					end: at + first.length,
					text: first,
					type: known.hour !== undefined ? 'TIME' : 'DATE',
					recognizer: 'chronoDates',
					tags: tagsOf(known),
					priority: 2,
					resolve: (ctx) => resolveKnown(known, ctx),
				});
			// The end may be a bare day that takes its month from the start ("March 3 to 5").
			const bareDay = /^\d{1,2}(?:st|nd|rd|th)?$/.test(second) && endKnown.hour === undefined;
			if (endKnown.month !== undefined && (/[A-Za-z]{3}|\//.test(second) || bareDay))
				out.push({
					start: secondAt,
					end: secondAt + second.length,
					text: second,
					type: endKnown.hour !== undefined ? 'TIME' : 'DATE',
					recognizer: 'chronoDates',
					tags: tagsOf(endKnown),
					priority: 2,
					resolve: (ctx) => resolveKnown(endKnown, ctx),
				});
			continue;
		}
		const known = knownOf(r.start);
		// A slash date without a year ("3/4 of them") is more often a fraction than a date.
		// So is a mixed number ("shares closed at 12 3/4").
		if (/^(?:\d+\s+)?\d+\/\d+$/.test(r.text.trim()) && known.year === undefined) continue;
		if (known.month === undefined && known.hour === undefined) continue;
		// Chrono also reads "for one minute" or "2.50 a share" as clock times, and "within two weeks"
		// as a date; a clock time needs a colon or a.m./p.m., and a unit word means a duration.
		const clock = CLOCK.test(r.text);
		if (known.month === undefined && !clock) continue;
		// "after Jan. 1, 1990 at 1,015 francs": a bare number after a date is no clock time either.
		let phrase = r.text;
		if (known.hour !== undefined && !clock) {
			delete known.hour;
			delete known.minute;
			phrase = phrase.replace(/[\s,]*(?:at\s+)?\d{1,2}$/i, '');
		}
		if (
			/\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b/i.test(r.text) &&
			!/\d:\d\d/.test(r.text)
		)
			continue;
		// Prepositions stay out of the phrase, as TimeML annotates it.
		const lead = /^(?:(?:on|at|in|by|from|since|until|of)\s+)+/i.exec(phrase)?.[0].length ?? 0;
		const text = phrase.slice(lead).replace(/[\s,]+$/, '');
		const start = sentence.start + r.index + lead;
		const isTime = known.hour !== undefined;
		out.push({
			start,
			end: start + text.length,
			text,
			type: isTime ? 'TIME' : 'DATE',
			recognizer: 'chronoDates',
			tags: tagsOf(known),
			priority: 2,
			resolve: (ctx) => resolveKnown(known, ctx),
		});
	}
	return out;
};
