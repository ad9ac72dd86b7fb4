/**
 * The one place that talks to wink-nlp: a sentence in, its tokens with offsets, parts of speech and
 * lemmas out. The model is the only state kept between documents.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { PARTICLES } from './lexicon.ts';

/** A word or punctuation mark of a sentence. */
export interface Token {
	text: string;
	/** Offset of the first character within the sentence string. */
	start: number;
	end: number;
	/** Universal Dependencies part of speech (VERB, AUX, NOUN, PROPN, PRON, DET, ADP, SCONJ, …). */
	pos: string;
	/** Lower-case dictionary form ("said" → "say"). */
	lemma: string;
	/** Lower-case text. */
	lower: string;
}

type Wink = ReturnType<typeof winkNLP>;
let nlp: Wink | undefined;
// Loaded on first use, so a document without events never pays for the model; only the stages a
// title reads run (sentence splitting, entities and sentiment are not needed on one sentence).
const loaded = (): Wink => (nlp ??= winkNLP(model, ['pos']));

// Particles and pronouns that end a sentence ("calls in.", "gave up.", "saw it.") read to the
// tokenizer as abbreviations ("in." for inches) and would keep the full stop.
const FINAL_WORD = new RegExp(
	`\\b(?:${[...PARTICLES, 'it', 'him', 'us', 'them', 'now', 'too'].join('|')})\\.$`,
);

/** Tags `sentence`. */
export function tagSentence(sentence: string): Token[] {
	const end = sentence.trimEnd().length;
	if (FINAL_WORD.test(sentence.slice(0, end))) {
		// Tagged with a space before the stop, then the stop's offsets put back.
		const out = tagSentence(`${sentence.slice(0, end - 1)} .`);
		const stop = out.at(-1)!;
		if (stop.text === '.') out[out.length - 1] = { ...stop, start: end - 1, end };
		return out;
	}
	const { its, readDoc } = loaded();
	const tokens = readDoc(sentence).tokens();
	const texts: string[] = tokens.out();
	const spaces: string[] = tokens.out(its.precedingSpaces);
	const tags: string[] = tokens.out(its.pos);
	const lemmas = tokens.out(its.lemma as Parameters<typeof tokens.out>[0]) as string[];
	const out: Token[] = [];
	let at = 0;
	texts.forEach((text, i) => {
		// wink keeps the text whole; finding each token guards against any normalised character.
		const found = sentence.indexOf(text, at + (spaces[i]?.length ?? 0));
		const start = found < 0 ? at + (spaces[i]?.length ?? 0) : found;
		at = start + text.length;
		out.push({
			text,
			start,
			end: at,
			pos: tags[i] ?? 'X',
			lemma: (lemmas[i] ?? text).toLowerCase(),
			lower: text.toLowerCase(),
		});
	});
	return out;
}
