import type { Resolved } from '../anchor.ts';
import { isoDay, type Ymd } from '../dates.ts';
import type { ParseCache } from '../nlp/parseSentence.ts';
import { readClause } from '../nlp/readClause.ts';
import type { Sentence } from '../types.ts';
import type { Draft } from './draft.ts';
import { contentWords, sharedWords } from './mergeDocuments.ts';
import { SPAN_BOUND } from './referenceTime.ts';

/** Body sentences searched for the lead that restates the headline. */
const LEAD_SENTENCES = 2;

/** The lead restates the headline when it shares at least two of its content words and 40 % of them. */
function restates(headline: string, sentence: string): boolean {
	const h = contentWords(headline);
	const shared = sharedWords(h, contentWords(sentence));
	return shared >= 2 && shared >= 0.4 * h.size;
}

/**
 * Whether a headline states news rather than naming a topic. A label ("Mill history", "The Siege
 * of Leningrad", "History of the Hudson Bridge") is a noun phrase: it opens on an article, heads
 * an "of" phrase, or joins nouns ("Early life and career"). Headline style drops articles, and the
 * tagger may read its verb as a noun ("Rains flood capital"), so four words or more without any
 * of these still state something. An explainer ("How the bridge was built") tells no single event.
 */
function statesNews(title: string, hasVerb: boolean): boolean {
	if (/^(?:how|why|what|when|where|who)\b/i.test(title)) return false;
	if (hasVerb) return true;
	const words = title.split(/\s+/);
	return (
		words.length >= 4 &&
		!/^(?:the|a|an)$/i.test(words[0]!) &&
		!words.slice(1, 3).some((w) => w.toLowerCase() === 'of') &&
		!words.some((w) => /^(?:and|&)$/i.test(w))
	);
}

/**
 * The article's own news: its headline states the principal event. It is dated where the lead
 * that restates it dates it, else at the article's date, and takes the lead's draft into one event
 * (same date and key) so the headline's words title it. Questions are not news of an event.
 */
export function headlineEvent(
	sentences: Sentence[],
	resolved: Resolved[],
	drafts: Draft[],
	dct: Ymd,
	documentId: string,
	parses?: ParseCache,
): Draft | null {
	const headline = sentences[0];
	if (headline?.kind !== 'headline' || /\?\s*["”’']?\s*$/.test(headline.text)) return null;
	const reading = readClause(headline.text, undefined, { parses });
	const title = reading.title;
	if (!title || !statesNews(title, !!reading.verb) || reading.irrealis === 'question') return null;
	// "… for sixth time since December": a span's bound does not date the news.
	const stated = resolved.find(
		(r) =>
			r.sentence === headline &&
			r.resolution.placement &&
			!SPAN_BOUND.test(headline.text.slice(0, r.candidate.start - headline.start)),
	);
	const restating = new Set(
		sentences
			.filter((s) => s.kind === 'body')
			.slice(0, LEAD_SENTENCES)
			.filter((s) => restates(headline.text, s.text))
			.map((s) => s.end),
	);
	// Of the lead's events, the one that restates the headline: most words in common with it.
	const words = contentWords(headline.text);
	let lead: Draft | undefined;
	let best = -1;
	for (const d of stated ? [] : drafts) {
		if (!d.key.startsWith('sentence:') || !restating.has(d.source.sentenceEnd)) continue;
		const shared = sharedWords(words, contentWords(d.title));
		if (shared > best) [lead, best] = [d, shared];
	}
	const verb = reading.verb ?? { start: 0, end: headline.text.length };
	const source = {
		document: documentId,
		sentenceStart: headline.start,
		sentenceEnd: headline.end,
		phraseStart: headline.start + verb.start,
		phraseEnd: headline.start + verb.end,
	};
	if (lead)
		return {
			...lead,
			title,
			explanation: `the headline's news, restated by the lead: ${lead.explanation}`,
			source,
		};
	const placement = stated?.resolution.placement ?? {
		start: isoDay(dct),
		precision: 'day' as const,
	};
	return {
		title,
		summary: headline.text,
		placement,
		derivation: stated ? stated.resolution.derivation : 'reported',
		explanation: stated
			? `the headline's news, dated in the headline: ${stated.resolution.explanation}`
			: `the headline's news, dated at the article's date ${isoDay(dct)}`,
		confidence: stated ? 0.85 : 0.7,
		approximate: !stated,
		key: `headline:${documentId}`,
		source,
		dependsOnCreationDate: !stated,
	};
}
