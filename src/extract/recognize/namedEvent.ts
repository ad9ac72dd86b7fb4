import { MONTH_ABBREVIATIONS, MONTH_NAMES, ORDINALS, matchAny } from '../data/lexicon.ts';
import { findNames } from '../data/lookup.ts';
import type { Candidate, Recognizer } from '../types.ts';

// The date written inside an event's name: "September 11", "Sept. 11", "June Fourth", "9/11".
const DATE_IN_NAME = new RegExp(
	`${matchAny([...MONTH_NAMES, ...Object.keys(MONTH_ABBREVIATIONS)])}\\.?\\s+(?:\\d{1,2}(?:st|nd|rd|th)?|${matchAny(Object.keys(ORDINALS))})\\b|\\b\\d{1,2}/\\d{1,2}\\b`,
	'i',
);

/**
 * Dated events named by their date: "the September 11 attacks", "the 9/11 attacks", "since 9/11",
 * "the June Fourth Incident". The date inside the name is the mention, as TimeML annotates it, and
 * it means the gazetteer's day, not that day in the document's year.
 */
export const namedEvent: Recognizer = (sentence) => {
	const out: Candidate[] = [];
	for (const found of findNames(sentence.text, ['event'])) {
		const { entry } = found;
		if (!entry.start || entry.end) continue;
		const name = sentence.text.slice(found.start, found.end);
		const isDayName = (entry.dayNames ?? []).some((d) => d.toLowerCase() === name.toLowerCase());
		const inside = isDayName ? { index: 0, 0: name } : DATE_IN_NAME.exec(name);
		if (!inside) continue;
		const start = sentence.start + found.start + inside.index;
		const day = entry.start;
		out.push({
			start,
			end: start + inside[0].length,
			text: inside[0],
			type: 'DATE',
			recognizer: 'namedEvent',
			tags: ['day'],
			// Above chrono's reading of "September 11" as a date in the document's year.
			priority: 3,
			resolve: () => ({
				value: day,
				placement: { start: day, precision: 'day' },
				derivation: 'explicit',
				explanation: `the ${entry.name}, ${day} (gazetteer)`,
				certain: true,
				approximate: false,
				anchor: entry.id,
				title: entry.name,
			}),
		});
	}
	return out;
};
