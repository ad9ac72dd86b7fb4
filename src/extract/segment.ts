import { MONTH_ABBREVIATIONS, WEEKDAY_ABBREVIATIONS } from './data/lexicon.ts';
import { agencyDatelineLength, datelineLength } from './dateline.ts';
import type { Sentence, SentenceKind } from './types.ts';

// Words after which a full stop does not end a sentence.
const ABBREVIATIONS = new Set([
	...(
		'mr mrs ms dr prof sr jr st mt ft gen col lt sgt capt cmdr adm gov sen rep rev pres sec ' +
		'inc corp co ltd bros dept est approx vs etc fig no nos vol pp ave blvd'
	).split(' '),
	...Object.keys(MONTH_ABBREVIATIONS),
	...Object.keys(WEEKDAY_ABBREVIATIONS),
]);

// A dateline opens the article's first lines; later, a dash after a name is prose.
const DATELINE_LINES = 8;
// One that names its agency ("BAGHDAD, Iraq (AP)_") may sit below editors' notes.
const AGENCY_DATELINE_LINES = 12;
// A line of its own that gives the date ("July 27, 2023", "By Jane Roe | Thursday, July 27, 2023"):
// short, no closing full stop, a full date with a year.
const DATE_LINE =
	/^[^.!?]{0,60}\b(?:\d{1,2}\s+)?[A-Z][a-z]{2,8}\.?\s+(?:\d{1,2},?\s+)?\d{4}\b[^.!?]{0,30}$/;

const RESIDUE = /^(comments?|share|advertisement|related|read more|subscribe|sign up|log in)\b/i;
// Wire editors' notes on a story's version: "Eds: UPDATES with …", "RECASTS lead; ADDS detail".
const EDITORS_NOTE =
	/^(?:Eds?:|(?:RECASTS|ADDS|UPDATES|CORRECTS|INSERTS|SUBS|DELETES|FIXES|EDITS)\b)/;

/** The word, with any dots and digits in it, that a full stop at `dot` closes ("U.S", "Prof", "1970s"). */
const wordBefore = (text: string, dot: number) =>
	/([A-Za-z0-9.]+)$/.exec(text.slice(Math.max(0, dot - 12), dot))?.[1] ?? '';

/** True when a full stop at `dot` ends a sentence rather than an abbreviation, initial or number. */
function endsSentence(text: string, dot: number): boolean {
	const before = wordBefore(text, dot);
	if (before.includes('.') || /^[A-Za-z]$/.test(before)) return false; // U.S., e.g., J. Smith
	return !ABBREVIATIONS.has(before.toLowerCase());
}

// Words that open sentences and never follow an abbreviation inside one: after "N.Y." or
// "U.S." they show the full stop ends the sentence too ("… outside Buffalo, N.Y. His name …").
const SENTENCE_STARTERS = new Set(
	'the his her he she it its they their we our a an this that these those but and in on at after when'.split(
		' ',
	),
);

/** Whether the stop of a dotted abbreviation ("N.Y.", "a.m.") also ends the sentence. */
function abbreviationEndsSentence(text: string, dot: number): boolean {
	if (!/^(?:[A-Za-z]\.)+[A-Za-z]$/.test(wordBefore(text, dot))) return false;
	const next = /^\s+([A-Z][a-z]*)\b/.exec(text.slice(dot + 1))?.[1] ?? '';
	return SENTENCE_STARTERS.has(next.toLowerCase());
}

const QUOTED_CRY_GOES_ON = /^[^"”'.!?]{0,60}[!?]?(?:''|["”])\s+[a-z]/;

function splitLine(line: string, offset: number): Array<{ start: number; end: number }> {
	const spans: Array<{ start: number; end: number }> = [];
	let start = 0;
	// Typewriter quotes count as quotation marks: "said. ``All sites …'' Dacey said."
	const re = /[.!?]+(?:["”’)]|'')*(?=\s+(?:["“‘(]|``)?[A-Z0-9])/g;
	for (const m of line.matchAll(re)) {
		const end = m.index + m[0].length;
		if (
			m[0][0] === '.' &&
			m[0].length === 1 &&
			!endsSentence(line, m.index) &&
			!abbreviationEndsSentence(line, m.index)
		)
			continue;
		// 'chanting ``Freedom! Freedom!'' blocked roads': a mark inside a quotation that the
		// sentence goes on after, in lower case, ends the quoted cry, not the sentence.
		if (/[!?]/.test(m[0]) && QUOTED_CRY_GOES_ON.test(line.slice(end))) continue;
		spans.push({ start: offset + start, end: offset + end });
		start = end;
		while (start < line.length && /\s/.test(line[start] ?? '')) start++;
	}
	if (start < line.length) spans.push({ start: offset + start, end: offset + line.length });
	return spans;
}

/** A short line with no closing punctuation whose words are mostly capitalised: a caption. */
function isCaption(line: string): boolean {
	if (/[.!?:;"”]\s*$/.test(line)) return false;
	const words = line.split(/\s+/).filter(Boolean);
	if (words.length === 0 || words.length > 12) return false;
	const capitalised = words.filter((w) => /^[A-Z0-9"“']/.test(w)).length;
	return capitalised / words.length >= 0.6;
}

/**
 * Headlines are not punctuated as sentences: a first line that closes with a full stop, or holds
 * more than one sentence, is the article's first paragraph ("Conseco Inc. said it is calling …").
 */
function readsAsProse(line: string): boolean {
	const end = line.trimEnd().replace(/["”’')]+$/, '');
	return (end.endsWith('.') && endsSentence(end, end.length - 1)) || splitLine(line, 0).length > 1;
}

function lineKind(line: string, isFirst: boolean, lineCount: number): SentenceKind {
	if (isFirst && lineCount > 1 && !readsAsProse(line)) return 'headline';
	if (RESIDUE.test(line) && line.split(/\s+/).length <= 3) return 'residue';
	if (EDITORS_NOTE.test(line)) return 'residue';
	if (lineCount > 1 && isCaption(line)) return 'caption';
	return 'body';
}

/** A short line that only gives the article's date (and perhaps a byline or place). */
function isDateLine(line: string): boolean {
	return line.split(/\s+/).length <= 10 && DATE_LINE.test(line);
}

/**
 * Splits a repaired text into sentences; headline, dateline, captions and page residue are marked
 * as such. The dateline is found here once: later stages read the `dateline` kind.
 */
export function segment(text: string): Sentence[] {
	const lines: Array<{ start: number; end: number }> = [];
	for (const m of text.matchAll(/[^\n]+/g)) {
		const lead = m[0].length - m[0].trimStart().length;
		const trimmed = m[0].trim();
		if (trimmed) lines.push({ start: m.index + lead, end: m.index + lead + trimmed.length });
	}
	const sentences: Sentence[] = [];
	// Only the article's opening, before its first paragraph of text, holds a dateline.
	let bodySeen = false;
	let agencySeen = false;
	lines.forEach((l, i) => {
		const line = text.slice(l.start, l.end);
		const opening = i < DATELINE_LINES && !bodySeen;
		// A dateline on a line of its own ("CAPE TOWN, South Africa (AP) --") is no headline.
		let kind: SentenceKind =
			opening && datelineLength(line) === line.length
				? 'body'
				: lineKind(line, i === 0, lines.length);
		if (opening && kind !== 'headline' && isDateLine(line)) kind = 'dateline';
		const agency = kind === 'body' && i < AGENCY_DATELINE_LINES ? agencyDatelineLength(line) : 0;
		const cut = kind !== 'body' ? 0 : opening ? datelineLength(line) : agencySeen ? 0 : agency;
		if (cut && agency) agencySeen = true;
		// Wire slugs and file names above the story ("BC-Germany-Rightists 06-26 0198") are no
		// paragraph of text: the dateline may still follow them.
		if (kind === 'body' && (cut || readsAsProse(line) || line.split(/\s+/).length > 12))
			bodySeen = true;
		if (cut) {
			const end = l.start + line.slice(0, cut).trimEnd().length;
			sentences.push({
				start: l.start,
				end,
				text: text.slice(l.start, end),
				kind: 'dateline',
				paragraph: i,
			});
		}
		const rest = cut ? { start: l.start + cut, end: l.end } : l;
		const spans = kind === 'body' ? splitLine(text.slice(rest.start, rest.end), rest.start) : [l];
		for (const s of spans)
			sentences.push({ ...s, text: text.slice(s.start, s.end), kind, paragraph: i });
	});
	return sentences;
}
