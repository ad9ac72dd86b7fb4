import type { Ymd } from './dates.ts';
import { insideQuote, nextReference, presentParagraphs } from './referenceTime.ts';
import { anteriorAround, tenseAround } from './tense.ts';
import type {
	Candidate,
	DatedSentence,
	ReferenceTime,
	Resolution,
	Sentence,
	Tense,
} from './types.ts';

/** A candidate with its meaning and the sentence it sits in. */
export interface Resolved {
	candidate: Candidate;
	sentence: Sentence;
	resolution: Resolution;
	/** The tense of the clause around the phrase, as it was resolved with. */
	tense: Tense;
	/** True when the resolution would change with the document date, which is unknown (anchorUnknownDate.ts). */
	dependsOnCreationDate?: boolean;
}

/** The sentence holding an offset (binary search: sentences are in text order). */
export function sentenceOf(sentences: Sentence[], offset: number): Sentence | undefined {
	let lo = 0;
	let hi = sentences.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		const s = sentences[mid]!;
		if (offset < s.start) hi = mid - 1;
		else if (offset >= s.end) lo = mid + 1;
		else return s;
	}
	return undefined;
}

/**
 * Resolves candidates in text order against the document date and the reference time, so order
 * matters here. A paragraph that speaks of its own present starts again from the document date;
 * one that tells a past carries the reference time on. A recognizer that fails on odd input costs
 * its own mention and a warning, never the document.
 */
export function anchorMentions(
	candidates: Candidate[],
	sentences: Sentence[],
	dct: Ymd,
	documentText: string,
	statedDays: string[],
	warnings: string[],
): Resolved[] {
	const out: Resolved[] = [];
	const present = presentParagraphs(sentences);
	const datedBefore: DatedSentence[] = [];
	let reference: ReferenceTime | undefined;
	// The reference before the last mention, and where that mention ended: "completed in 1710,
	// thirty-five years later" restates 1710 and counts from the date before it.
	let before: { reference: ReferenceTime | undefined; end: number } | undefined;
	let paragraph = 0;
	for (let candidate of candidates) {
		const sentence = sentenceOf(sentences, candidate.start);
		if (!sentence) continue;
		// Any paragraph that speaks of its present since the last mention ends the story, even one
		// without dates of its own; the last date stated stays for anaphora ("the same day").
		for (; paragraph < sentence.paragraph; paragraph++)
			if (reference && present.get(paragraph + 1)) reference = { ...reference, narrative: false };
		const tense = tenseAround(
			sentence.text,
			candidate.start - sentence.start,
			candidate.end - sentence.start,
		);
		const appositive =
			candidate.tags.includes('backReference') &&
			before !== undefined &&
			before.end >= sentence.start &&
			/^\s*,\s*$/.test(documentText.slice(before.end, candidate.start));
		const counted = appositive ? before!.reference : reference;
		let resolution: Resolution | null = null;
		try {
			resolution = candidate.resolve({
				dct,
				tense,
				...(anteriorAround(sentence.text, candidate.start - sentence.start)
					? { anterior: true }
					: {}),
				// Quoted speech has its own now: a yearless date in it is the speaker's, not the story's.
				...(counted
					? {
							reference: insideQuote(sentence.text, candidate.start - sentence.start)
								? { ...counted, narrative: false }
								: counted,
						}
					: {}),
				datedBefore,
				documentText,
				sentence,
				statedDays,
			});
		} catch (e) {
			warnings.push(
				`could not resolve "${candidate.text}" (${candidate.recognizer}): ${(e as Error).message}`,
			);
		}
		if (!resolution) continue;
		if (resolution.type && resolution.type !== candidate.type)
			candidate = { ...candidate, type: resolution.type };
		out.push({ candidate, sentence, resolution, tense });
		before = { reference, end: candidate.end };
		reference = nextReference(reference, candidate, resolution, { dct, tense, sentence });
		if (resolution.placement?.precision === 'day' && candidate.type === 'DATE')
			datedBefore.push({
				value: resolution.placement.start,
				sentence,
				start: candidate.start,
				end: candidate.end,
			});
	}
	return out;
}
