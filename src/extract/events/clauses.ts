/** Where a sentence's clauses begin and end, found from its punctuation and function words. */
import { RELATIVE, relativeAt, wordsOf } from './relativeBoundary.ts';
import { DETERMINERS, PRONOUNS, isVerbish, lower, subjectThenVerb } from './words.ts';

/** A point between two clauses of a sentence. */
export interface Boundary {
	/** Offset where the boundary's own text (comma, pronoun, conjunction) begins. */
	at: number;
	/** Offset where the clause after it begins. */
	end: number;
	/** A date after the boundary belongs to the clause that starts here. */
	opens: boolean;
	/** A date before the boundary belongs to a clause that ends here. */
	closes: boolean;
	/** Where a parenthetical opened here ends (its closing comma or dash), with that mark's end. */
	close?: { at: number; end: number };
	/** Opened by a word alone, with no punctuation, so where the clause ends is a guess. */
	soft?: boolean;
	/** For a relative clause: the noun phrase it is about. */
	relative?: { antecedent: string };
}

const DASH = /\s+(?:[—–_]|--?)\s+/g;
const HARD =
	/[;:]|,\s+(?=(?:and|but|while|as|when|although|because|after|before|according)\b)|\s+(?:while|whereas|although|because|when|where)\s+/gi;
// These open a clause only when a subject and its verb follow ("before it eased"); otherwise they
// are prepositions or join phrases ("before the war", "floods and storms").
const SUBORDINATORS = /\s+(after|before|until|since|once|as|and|but|so|if|unless)\s+/gi;
// "and" also joins names ("Kenya and Tanzania claimed"): it opens a clause only before a
// determiner or pronoun ("and the bridge collapsed"), after a verb.
const COORDINATORS = /^(?:and|but|so)$/i;
/** A coordinator joins clauses, not names ("he and his wife"), when a verb came shortly before. */
function joinsClauses(sentence: string, at: number): boolean {
	const words = sentence.slice(0, at).trim().split(/\s+/).slice(-6);
	return !PRONOUNS.has(lower(words.at(-1) ?? '')) && words.some(isVerbish);
}

/**
 * The clause boundaries of a sentence in text order. `phrase` is the date being titled, which is
 * looked past when reading the word before a pronoun ("reported Friday that").
 */
export function boundaries(sentence: string, phrase?: readonly [number, number]): Boundary[] {
	const out: Boundary[] = [];
	for (const m of sentence.matchAll(HARD))
		out.push({ at: m.index, end: m.index + m[0].length, opens: true, closes: true });
	// Dashes come in pairs around an aside ("The suspect -- Khalfan Khamis Mohamed -- was").
	const dashes = [...sentence.matchAll(DASH)];
	for (let i = 0; i < dashes.length; i++) {
		const [m, next] = [dashes[i]!, dashes[i + 1]];
		const b: Boundary = { at: m.index, end: m.index + m[0].length, opens: true, closes: true };
		if (next) {
			b.close = { at: next.index, end: next.index + next[0].length };
			i++;
		}
		out.push(b);
	}
	for (const m of sentence.matchAll(SUBORDINATORS)) {
		const words = wordsOf(sentence.slice(m.index + m[0].length));
		const first = lower(words[0] ?? '');
		if (
			COORDINATORS.test(m[1]!) &&
			((!DETERMINERS.has(first) && !PRONOUNS.has(first)) || !joinsClauses(sentence, m.index))
		)
			continue;
		if (subjectThenVerb(words) >= 0)
			out.push({ at: m.index, end: m.index + m[0].length, opens: true, closes: true, soft: true });
	}
	for (const m of sentence.matchAll(RELATIVE)) {
		const b = relativeAt(sentence, m, phrase);
		if (b) out.push(b);
	}
	return out.sort((a, b) => a.at - b.at || b.end - a.end);
}
