/** A sentence tagged and split into clauses, once per document run. */
import { retag } from './retag.ts';
import { segmentClauses, type Clause } from './segmentClauses.ts';
import { tagSentence, type Token } from './tagSentence.ts';

/** One sentence's parse. */
export interface Parse {
	sentence: string;
	tokens: Token[];
	clauses: Clause[];
	/** The sentence asks: it ends with a question mark. */
	question: boolean;
}

/** Parses of one document run, by sentence text; the caller makes one per run. */
export type ParseCache = Map<string, Parse>;
export const parseCache = (): ParseCache => new Map();

/** Parses `sentence`; with a cache, each distinct sentence is parsed once. */
export function parseSentence(sentence: string, cache?: ParseCache): Parse {
	const hit = cache?.get(sentence);
	if (hit) return hit;
	const tokens = retag(tagSentence(sentence));
	const { clauses } = segmentClauses(tokens);
	const parse = { sentence, tokens, clauses, question: /\?["”']?\s*$/.test(sentence) };
	cache?.set(sentence, parse);
	return parse;
}
