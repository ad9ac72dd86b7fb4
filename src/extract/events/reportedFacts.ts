import type { Resolved } from '../anchor.ts';
import { isoDay, type Ymd } from '../dates.ts';
import type { ParseCache } from '../nlp/parseSentence.ts';
import { inRelativeClause, readClause, type ClauseReading } from '../nlp/readClause.ts';
import type { Sentence } from '../types.ts';
import { SIGN_OFF, summarize } from './buildEvents.ts';
import type { Draft } from './draft.ts';
import { referenceTimes, type Reference } from './referenceTime.ts';

/** What a clause with no date phrase tells: a fact that happened, dated by its context, or nothing. */
function isFact(r: ClauseReading): boolean {
	if (r.irrealis !== null) return false;
	// A present that is neither a habit nor a generic truth (the reader marks those) states what
	// holds at the article's date: "Kopp remains at large", "is offering a reward".
	return r.tense !== 'future';
}

// "…, the embassy said." / "“…,” said the minister.": a closing attribution makes the whole
// sentence a report, whatever the tense of what was said.
// A subordinate clause ("…, after a rival said it would bid") is no attribution.
const ATTRIBUTION_TAIL =
	/(?:,|["”’']|'')\s*(?!\s*(?:after|before|when|while|because|since|as|if|although|though|until|unless|once)\b)(?:[^,;"“”]{0,60}?\s)?\b(said|says|told|reported|announced|added|stated|explained|noted)\b[^,;"“”]{0,60}[.!?]["”’']?\s*$/i;

/** The reading of a sentence's closing attribution, which reports what comes before it. */
function attributed(sentence: string, parses?: ParseCache): ClauseReading | null {
	const m = ATTRIBUTION_TAIL.exec(sentence);
	if (!m?.[1]) return null;
	const start = m.index + m[0].lastIndexOf(m[1]);
	// The verb only points at the clause; unlike a date phrase it stays in the title.
	const r = readClause(sentence, { start, end: start + m[1].length }, { parses, keep: true });
	return r.reporting ? r : null;
}

/** True when a reporting clause's title goes beyond its speaker and verb. */
function saysWhat(r: ClauseReading, sentence: string): boolean {
	if (!r.verb) return true;
	const verb = sentence.slice(r.verb.start, r.verb.end);
	const at = r.title.indexOf(verb);
	return (
		at < 0 ||
		r.title
			.slice(at + verb.length)
			.trim()
			.split(/\s+/)
			.filter(Boolean).length >= 2
	);
}

const CLOSED = /[.!?]["”’')\]]*\s*$/;

// "She was 91.": an age is a state the reader already knows from the events, not one of them.
const AGE = /^\s*\S+(?:\s+\S+)?\s+(?:is|was)\s+\d{1,3}(?:\s+years?\s+old)?\s*\.\s*$/i;

// "Since then, 427 fugitives have been caught": a time counted from the story's date up to now is
// the perfect's extended now; what it holds is news of the article's date, not of the story's.
const SINCE_THEN = /\b(?:since\s+then|ever\s+since|since\s+that\s+(?:time|day|year|date))\b/i;

type Dating = Pick<
	Draft,
	'placement' | 'derivation' | 'explanation' | 'confidence' | 'approximate'
> & { dependsOnCreationDate: boolean };

/**
 * How a reader dates a fact the sentence does not date. A past-tense clause that continues a
 * story in the past takes the story's time; one in the same paragraph as a date of the article's
 * own present continues that too ("The company was sold last month. The buyer paid …"). Anything
 * else that the article reports as having happened is news of the article's date.
 */
function dateOf(
	r: ClauseReading,
	ref: Reference | undefined,
	paragraph: number,
	dct: Ymd,
	textHasPresent: boolean,
	extendedNow: boolean,
): Dating | null {
	// Reported speech that is not backshifted ("said the plan raises concerns") is said now.
	const speaksOfNow = r.reporting && r.complement !== null && r.complement.tense !== 'past';
	const sameParagraph = ref?.paragraph === paragraph;
	const continues =
		ref !== undefined &&
		r.tense === 'past' &&
		!extendedNow &&
		!speaksOfNow &&
		(ref.narrative ? sameParagraph || !textHasPresent : sameParagraph && !r.reporting);
	// A text that never reaches its own present tells a story: its undated past is not news.
	if (
		!continues &&
		ref?.narrative &&
		!textHasPresent &&
		r.tense === 'past' &&
		!speaksOfNow &&
		!extendedNow
	)
		return null;
	if (continues)
		return {
			placement: ref.placement,
			derivation: 'narrative',
			explanation: `no date in the sentence: it continues the story of ${ref.placement.start}, the date the text last gave`,
			confidence: ref.narrative ? 0.55 : 0.5,
			approximate: true,
			// A story told from "today" waits, as "today" does, for the article's date.
			dependsOnCreationDate: ref.dependsOnCreationDate === true,
		};
	const day = isoDay(dct);
	return {
		placement: { start: day, precision: 'day' },
		derivation: 'reported',
		explanation:
			r.tense === 'present' && !r.reporting
				? `no date in the sentence: it states what holds at the article's date, ${day}`
				: `no date in the sentence: the article reports it as news of its date, ${day}`,
		confidence: r.tense === 'present' && !r.reporting ? 0.5 : 0.6,
		approximate: true,
		dependsOnCreationDate: true,
	};
}

/**
 * One event for each body sentence that no date phrase has dated and whose main clause states a
 * fact: dated by the discourse (narrative time) or at the article's date (reported news). Future,
 * modal, conditional, negated, generic and opinion clauses are not events.
 */
export function reportedFacts(
	sentences: Sentence[],
	resolved: Resolved[],
	drafts: Draft[],
	dct: Ymd,
	documentId: string,
	parses?: ParseCache,
): Draft[] {
	const covered = new Set(drafts.map((d) => d.source.sentenceEnd));
	const refs = referenceTimes(sentences, resolved, dct, (r) =>
		inRelativeClause(
			r.sentence.text,
			{ start: r.candidate.start - r.sentence.start, end: r.candidate.end - r.sentence.start },
			parses,
		),
	);
	const textHasPresent = refs.present || sentences.some((s) => s.kind === 'dateline');
	const out: Draft[] = [];
	for (const s of sentences) {
		if (s.kind !== 'body' || covered.has(s.end)) continue;
		// A line without closing punctuation is a caption, subhead or byline, not a report.
		const words = s.text.trim().split(/\s+/).length;
		if (words < 3 || !CLOSED.test(s.text) || AGE.test(s.text) || SIGN_OFF.test(s.text)) continue;
		const reading = attributed(s.text, parses) ?? readClause(s.text, undefined, { parses });
		// A short line without a verb ("Purnell Murdock, VOA News.") is a byline or a caption.
		if (!isFact(reading) || !reading.title || (!reading.verb && words <= 6)) continue;
		// "Putin added" with the words left out says nothing a reader could place: a report is an
		// event only when its title carries what was reported.
		if (reading.reporting && !saysWhat(reading, s.text)) continue;
		const date = dateOf(
			reading,
			refs.at.get(s),
			s.paragraph,
			dct,
			textHasPresent,
			SINCE_THEN.test(s.text),
		);
		if (!date) continue;
		const verb = reading.verb ?? { start: 0, end: s.text.length };
		out.push({
			title: reading.title,
			summary: summarize(s.text),
			...date,
			key: `sentence:${s.start}:fact`,
			source: {
				document: documentId,
				sentenceStart: s.start,
				sentenceEnd: s.end,
				phraseStart: s.start + verb.start,
				phraseEnd: s.start + verb.end,
			},
		});
	}
	return out;
}
