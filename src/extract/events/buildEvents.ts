import type { Resolved } from '../anchor.ts';
import type { GazetteerEntry } from '../data/gazetteer.ts';
import type { Resolution } from '../types.ts';
import type { Draft } from './draft.ts';
import { durationTitle } from './durationTitle.ts';
import { spanRanges } from './ranges.ts';
import { clauseTitle } from './clauseTitle.ts';
import { tidyTitle } from './title.ts';
import { parseCache, type ParseCache } from '../nlp/parseSentence.ts';
import { unrealPast } from '../nlp/readClause.ts';

const CONFIDENCE: Record<Resolution['derivation'], number> = {
	explicit: 0.95,
	anniversary: 0.85,
	holiday: 0.8,
	relative: 0.85,
	duration: 0.6,
	inferred: 0.5,
	reported: 0.6,
	narrative: 0.55,
};

/** Names a stated date after a gazetteer entry the document mentions, when the dates coincide. */
function coincidence(
	day: string,
	mentioned: GazetteerEntry[],
): { title: string; key: string } | null {
	for (const e of mentioned) {
		if (e.end === day) return { title: e.endName ?? `End of the ${e.name}`, key: `${e.id}:end` };
		if (e.start === day) return { title: e.startName ?? e.name, key: `${e.id}:start` };
	}
	return null;
}

const SINCE_BEFORE = /\bsince\s+(?:the\s+)?$/i;
const HOLIDAY_AS_DATE = /\b(?:on|over|during|by|before|after|until|till)\s+$/i;
const HOLIDAY_AFTER_WORD = /\p{L}+\s+$/u;

/**
 * "For Radio North, I'm Jane Hollis in Leeds.", "This is VOA Today.": a reporter or a programme
 * naming itself signs off; it reports nothing, even with a date in the name.
 */
export const SIGN_OFF =
	/^\s*(?:[Ff]or\s[^,.]{1,40}?,?\s+)?(?:I['’]m|I\s+am|[Tt]his\s+is)\s+(?:[A-Z][\p{L}.'’-]*\s*){1,4}(?:,?\s*(?:reporting|in|at|for|from)\b[^.!?]{0,40})?[.!]\s*$/u;

/**
 * "NYT-04-24-00 1856EDT &QL;": a line of wire codes, with no word in lower case and a token of
 * letters and figures run together, is the archive's, not the story's.
 */
export function codeLine(text: string): boolean {
	const plain = text.replace(/&[a-z]+;?/gi, ' ');
	return !/\p{Ll}{2}/u.test(plain) && /\b(?=[A-Z-]*\d)(?=[\d-]*[A-Z])[A-Z\d-]{4,}\b/.test(plain);
}

export function summarize(sentence: string): string {
	// Only the head is shown, so only the head is tidied: a run-on "sentence" may be megabytes long.
	const s = sentence.slice(0, 400).replace(/\s+/g, ' ').trim();
	return s.length > 300 ? s.slice(0, 299).replace(/\s+\S*$/, '') + '…' : s;
}

/**
 * One draft event per mention that places something on the calendar, in body sentences only. The
 * dateline opening the first of them ("SPRINGFIELD, Ill., March 6, 2024 —") is no part of it.
 */
export function buildEvents(
	resolved: Resolved[],
	documentId: string,
	mentioned: GazetteerEntry[],
	/** One document's parses: a sentence is tagged once across the event stages. */
	parses: ParseCache = parseCache(),
): Draft[] {
	const drafts: Draft[] = [];
	// Only body sentences tell the story: the dateline's date is when the article was written.
	spanRanges(resolved).forEach((item, i) => {
		const { candidate, sentence, resolution: r } = item;
		if (sentence.kind !== 'body' || !r.placement) return;
		const local = [candidate.start - sentence.start, candidate.end - sentence.start] as const;
		// "since X" opens a state that lasts to the present ("has not been seen since last
		// September"): X is when the state began, not when the sentence's event happened. A named
		// event stays one ("since the September 11 attacks").
		if (!r.title && SINCE_BEFORE.test(sentence.text.slice(Math.max(0, local[0] - 12), local[0])))
			return;
		// "Atlanta, nineteen ninety-six.": a date with at most a name beside it, in a line of a
		// transcript or a list, says nothing happened; a named event ("the Gulf War") titles itself.
		if (!r.title && sentence.text.length - (local[1] - local[0]) < 40) {
			const rest = `${sentence.text.slice(0, local[0])} ${sentence.text.slice(local[1])}`;
			if ((rest.match(/\p{L}[\p{L}'’-]*/gu) ?? []).length < 2) return;
		}
		if (codeLine(sentence.text) || SIGN_OFF.test(sentence.text)) return;
		// "Had the owners repaired the dam in 2019, …": a condition contrary to fact did not happen.
		if (unrealPast(sentence.text, { start: local[0], end: local[1] }, parses)) return;
		const named =
			!r.anchor && r.derivation === 'explicit' && r.placement.precision === 'day'
				? coincidence(r.placement.start, mentioned)
				: null;
		const isSpan = candidate.type === 'DURATION';
		// "The attack was launched on New Year's Eve": a holiday after a preposition only dates its
		// clause, which is the event; the holiday itself is no news.
		// One after a word of the clause ("was found Thanksgiving Day", "celebrated Thanksgiving",
		// "the Thanksgiving Day parade") is part of the clause's news and stays in its title; only
		// one that opens the sentence is named for itself.
		const lead = sentence.text.slice(Math.max(0, local[0] - 16), local[0]);
		const occasion =
			r.derivation !== 'holiday'
				? ''
				: HOLIDAY_AS_DATE.test(lead)
					? clauseTitle(sentence.text, local[0], local[1], false, parses)
					: HOLIDAY_AFTER_WORD.test(lead)
						? clauseTitle(sentence.text, local[0], local[1], true, parses)
						: '';
		let title = occasion || (r.title ? tidyTitle(r.title) : named?.title);
		if (title === undefined) {
			const clause = clauseTitle(sentence.text, local[0], local[1], isSpan, parses);
			title = (isSpan && durationTitle(clause, candidate.text, r.placement, mentioned)) || clause;
		}
		const certainty = r.certain ? 1 : 0.8;
		drafts.push({
			title: title || tidyTitle(sentence.text),
			summary: summarize(sentence.text),
			placement: r.placement,
			derivation: r.derivation,
			explanation: named ? `${r.explanation}; coincides with: ${named.title}` : r.explanation,
			confidence: Math.round(CONFIDENCE[r.derivation] * certainty * 100) / 100,
			approximate: r.approximate,
			key: (!occasion && r.anchor) || named?.key || `sentence:${sentence.start}:${i}`,
			source: {
				document: documentId,
				sentenceStart: sentence.start,
				sentenceEnd: sentence.end,
				phraseStart: candidate.start,
				phraseEnd: candidate.end,
			},
			...(item.dependsOnCreationDate ? { dependsOnCreationDate: true } : {}),
		});
	});
	return drafts;
}
