/** The dateline at the head of an article's first lines ("SEOUL, July 27, 2023 —"): found here once, marked by segment(). */
import { MONTH_ABBREVIATIONS, MONTH_NAMES, matchAny } from './data/lexicon.ts';

const MONTH = `${matchAny([...MONTH_NAMES, ...Object.keys(MONTH_ABBREVIATIONS)], { capitalized: true })}\\.?`;
const DATE = `(?:${MONTH}\\s+\\d{1,2}(?:,?\\s+\\d{4})?|\\d{1,2}\\s+${MONTH}(?:\\s+\\d{4})?)`;
// A place is up to three comma-separated names of capitalised words ("SPRINGFIELD, Ill.").
const NAME = `[A-Z][A-Za-z.'’-]*(?:\\s+[A-Z][A-Za-z.'’-]*){0,3}`;
const PLACE = `${NAME}(?:,\\s+${NAME}){0,2}`;
const AGENCY = '\\([A-Z][A-Za-z .&/-]{0,29}\\)';
const HEAD = new RegExp(
	`^(?:(?<place>${PLACE})(?:,?\\s+(?<date1>${DATE}))?|(?<date2>${DATE}))?,?\\s*(?<agency>${AGENCY})?\\s*(?:[—–_]|--?|:)(?:\\s+(?=["“‘']?[A-Z])|\\s*$)`,
);

/**
 * Length of the dateline that opens a sentence ("SPRINGFIELD, Ill., March 6, 2024 —", "SEOUL
 * (Reuters) -"), or 0. A capitalised name before a dash is an ordinary sentence ("Paris — the
 * city…") unless something marks it as a dateline: a word in capitals, a date or an agency.
 */
export function datelineLength(sentence: string): number {
	const m = HEAD.exec(sentence.slice(0, 160));
	if (!m?.groups) return 0;
	const { place, date1, date2, agency } = m.groups;
	if (!place && !date2 && !agency) return 0;
	const capitals = place !== undefined && /\b[A-Z]{2,}\b/.test(place.replace(/\b[A-Z]\.?\b/g, ''));
	return capitals || date1 || date2 || agency ? m[0].length : 0;
}

/**
 * Length of a dateline that names its news agency ("BAGHDAD, Iraq (AP)_"), or 0: an agency in
 * brackets before the dash marks a dateline wherever the story's first paragraph begins, even
 * below editors' notes.
 */
export function agencyDatelineLength(sentence: string): number {
	const m = HEAD.exec(sentence.slice(0, 160));
	return m?.groups?.agency && m.groups.place ? m[0].length : 0;
}
