import type { Resolved } from '../anchor.ts';
import { isoDay, type Ymd } from '../dates.ts';
import { readClause, type ClauseReading } from '../nlp/readClause.ts';
import type { Sentence } from '../types.ts';
import { summarize } from './buildEvents.ts';
import { datelineLength } from './dateline.ts';
import type { Draft } from './draft.ts';
import { referenceTimes, type Reference } from './referenceTime.ts';

/** What a clause with no date phrase tells: a fact that happened, dated by its context, or nothing. */
function isFact(r: ClauseReading): boolean {
	if (r.irrealis !== null) return false;
	// A present tense states a habit or a state ("Banks lend money"), except when it reports.
	return r.tense !== 'future' && (r.tense !== 'present' || r.reporting);
}

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
): Dating | null {
	// Reported speech that is not backshifted ("said the plan raises concerns") is said now.
	const speaksOfNow = r.reporting && r.complement !== null && r.complement.tense !== 'past';
	const sameParagraph = ref?.paragraph === paragraph;
	const continues =
		ref !== undefined &&
		r.tense === 'past' &&
		!speaksOfNow &&
		(ref.narrative ? sameParagraph || !textHasPresent : sameParagraph && !r.reporting);
	// A text that never reaches its own present tells a story: its undated past is not news.
	if (!continues && ref?.narrative && !textHasPresent && r.tense === 'past' && !speaksOfNow)
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
		explanation: `no date in the sentence: the article reports it as news of its date, ${day}`,
		confidence: r.tense === 'past' ? 0.6 : 0.55,
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
): Draft[] {
	const covered = new Set(drafts.map((d) => d.source.sentenceEnd));
	const refs = referenceTimes(sentences, resolved, dct);
	const textHasPresent = refs.present || sentences.some((s) => s.kind === 'dateline');
	const first = sentences.find((s) => s.kind === 'body');
	const out: Draft[] = [];
	for (const whole of sentences) {
		if (whole.kind !== 'body' || covered.has(whole.end)) continue;
		const cut = whole === first ? datelineLength(whole.text) : 0;
		const s = { ...whole, start: whole.start + cut, text: whole.text.slice(cut) };
		if (s.text.trim().split(/\s+/).length < 3) continue;
		const reading = readClause(s.text);
		if (!isFact(reading) || !reading.title) continue;
		const date = dateOf(reading, refs.at.get(whole), whole.paragraph, dct, textHasPresent);
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
