import { parseYmd, type Ymd } from './dates.ts';
import { tenseAround } from './tense.ts';
import type { Candidate, Resolution, Sentence } from './types.ts';

const BACK_REFERENCES = new Set(['unitsAgo', 'quarterReference', 'adjacentDay']);

/** A candidate with its meaning and the sentence it sits in. */
export interface Resolved {
	candidate: Candidate;
	sentence: Sentence;
	resolution: Resolution;
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
 * Resolves candidates in text order against the document date. "The following day" looks at the
 * latest day resolved before it, so order matters here. A recognizer that fails on odd input costs
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
	let previousDay: Ymd | undefined;
	let previous: string | undefined;
	for (const candidate of candidates) {
		const sentence = sentenceOf(sentences, candidate.start);
		if (!sentence) continue;
		const tense = tenseAround(
			sentence.text,
			candidate.start - sentence.start,
			candidate.end - sentence.start,
		);
		let resolution: Resolution | null = null;
		try {
			resolution = candidate.resolve({
				dct,
				tense,
				previousDay,
				previous,
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
		out.push({ candidate, sentence, resolution });
		const day =
			resolution.placement?.precision === 'day' ? parseYmd(resolution.placement.start) : null;
		if (day && (resolution.derivation === 'explicit' || resolution.derivation === 'relative'))
			previousDay = day;
		// Back-references ("a year earlier") do not move the reference time; stated dates do.
		if (
			candidate.type === 'DATE' &&
			!BACK_REFERENCES.has(candidate.recognizer) &&
			/^\d{4}(-(Q\d|\d{2}(-\d{2})?))?$/.test(resolution.value)
		)
			previous = resolution.value;
	}
	return out;
}
