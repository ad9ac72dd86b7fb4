import { parseYmd, type Ymd } from './dates.ts';
import { speaksOfPresent } from './referenceTime.ts';
import { tenseAround } from './tense.ts';
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

/** For each paragraph that holds body text, whether it speaks of the writer's present. */
function presentParagraphs(sentences: Sentence[]): Map<number, boolean> {
	const texts = new Map<number, string>();
	for (const s of sentences)
		if (s.kind === 'body') texts.set(s.paragraph, `${texts.get(s.paragraph) ?? ''} ${s.text}`);
	return new Map([...texts].map(([p, text]) => [p, speaksOfPresent(text)]));
}

// A date after these bounds a span or names a term ("since 1990", "bonds due 1993"); one after a
// determiner modifies a noun ("the August 1988 cease-fire"), naming an event rather than placing
// the clause's. Neither makes the text a narrative of that time.
const NOT_PLACING_BEFORE =
	/\b(?:since|until|till|through|due|by|from|than|before|after|to|between|and|or|expires?|expiring|the|a|an|its|his|her|their|this|that|these|those)\s+(?:(?:early|late|mid)[- ]?\s*)?$|['’]s\s+$/i;

// The past perfect ("had fled in June 1998") places its event before the story's reference time
// (Reichenbach's E < R), so its date does not become the reference time of a story. "Had"
// before a determiner is the verb of possession instead ("had 10,000 men in 1920").
const PAST_PERFECT =
	/\bhad\s+(?:\w+ly\s+)?(?!(?:a|an|the|no|some|many|its|his|her|their|\d+)\b)[a-z]+\b/i;

/** Whether an offset of a sentence sits inside a quotation, which speaks from the speaker's now. */
function insideQuote(text: string, offset: number): boolean {
	const before = text.slice(0, offset);
	const count = (re: RegExp) => before.match(re)?.length ?? 0;
	return count(/“|``/g) > count(/”|''/g) || count(/"/g) % 2 === 1;
}

/**
 * The reference time after a resolved mention. Stated dates move it (back-references such as "a
 * year earlier" do not, so comparisons keep counting from the same date); any day placed moves its
 * day. It turns narrative when a past-tense clause places its events in an earlier year than the
 * document date ("In 1920 the company was founded"), and stays so while the story counts on from
 * there; counting from the writer's now ends it.
 */
function nextReference(
	reference: ReferenceTime | undefined,
	candidate: Candidate,
	resolution: Resolution,
	context: { dct: Ymd; tense: Tense; sentence: Sentence },
): ReferenceTime | undefined {
	const day =
		resolution.placement?.precision === 'day' &&
		(resolution.derivation === 'explicit' || resolution.derivation === 'relative')
			? parseYmd(resolution.placement.start)
			: null;
	const stated =
		candidate.type === 'DATE' &&
		!candidate.tags.includes('backReference') &&
		/^\d{4}(-(Q\d|\d{2}(-\d{2})?))?$/.test(resolution.value);
	if (!day && !stated) return reference;
	const value = stated ? resolution.value : (reference?.value ?? resolution.value);
	const { dct, tense, sentence } = context;
	const earlierYear = Number(value.slice(0, 4)) < dct.y;
	const before = sentence.text.slice(0, candidate.start - sentence.start);
	const placesEvents =
		resolution.derivation === 'explicit' &&
		resolution.certain &&
		tense === 'past' &&
		!NOT_PLACING_BEFORE.test(before) &&
		!PAST_PERFECT.test(before.split(/[,;:]/).at(-1) ?? '');
	const storied = placesEvents || reference?.narrative === true;
	return {
		value,
		...(day ? { day } : reference?.day ? { day: reference.day } : {}),
		narrative: stated ? earlierYear && storied : (reference?.narrative ?? false),
	};
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
		let resolution: Resolution | null = null;
		try {
			resolution = candidate.resolve({
				dct,
				tense,
				// Quoted speech has its own now: a yearless date in it is the speaker's, not the story's.
				...(reference
					? {
							reference: insideQuote(sentence.text, candidate.start - sentence.start)
								? { ...reference, narrative: false }
								: reference,
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
		out.push({ candidate, sentence, resolution });
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
