/** Where a sentence's clauses begin and end, found from its punctuation and function words. */
import {
	DETERMINERS,
	PREPOSITIONS,
	PRONOUNS,
	isContentNoun,
	isReporting,
	isVerbish,
	lower,
	subjectThenVerb,
} from './words.ts';
import { antecedentOf } from './relative.ts';

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
const RELATIVE = /(,\s+)?\b(that|which|who|whom|whose)\s+/gi;
const PASSIVE_FOLD = /^(?:was|were|is|are|has been|have been|had been)\b/i;
const TIME_NOUN =
	/^(?:day|week|month|year|morning|afternoon|evening|night|time|season|decade|century|moment|summer|winter|spring|autumn|fall)\b/i;

const wordsOf = (s: string) => s.trim().split(/\s+/).filter(Boolean).slice(0, 8);
// Words that go with a date rather than with the clause: "said last Friday night that", and
// other dates in the sentence ("said Sunday that …").
const DATE_COMPANIONS =
	/(?:\s+(?:on|in|at|during|last|next|this|earlier|later|early|late|night|morning|afternoon|evening|today|yesterday|tomorrow|tonight|week|month|year|(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan\w*|feb\w*|march|april|may|june|july|aug\w*|sept\w*|oct\w*|nov\w*|dec\w*|\d{1,4},?|[a-z]+ly))+\s*$/i;

/** The text before `at`, without the date phrase and adverbs that sit right before it. */
function textBefore(sentence: string, at: number, phrase?: readonly [number, number]): string {
	let before = sentence.slice(0, at);
	if (
		phrase &&
		phrase[1] <= at &&
		!/\S/.test(sentence.slice(phrase[1], at).replace(DATE_COMPANIONS, ''))
	)
		before = sentence.slice(0, phrase[0]);
	return before.replace(DATE_COMPANIONS, '');
}

/** "that" starts a clause only before a verb or a subject and its verb, not as in "that unit". */
function startsClause(rest: string): boolean {
	const words = wordsOf(rest);
	const first = lower(words[0] ?? '');
	if (TIME_NOUN.test(first)) return false;
	return (
		isVerbish(first) ||
		PRONOUNS.has(first) ||
		DETERMINERS.has(lower(words[1] ?? '')) ||
		subjectThenVerb(words) >= 0
	);
}

function relativeAt(
	sentence: string,
	m: RegExpMatchArray,
	phrase?: readonly [number, number],
): Boundary | null {
	const at = m.index!;
	const end = at + m[0].length;
	const comma = m[1] !== undefined;
	const pronoun = m[2]!.toLowerCase();
	// "said that last week a customer discovered": the date is no part of the clause's subject.
	const rest =
		phrase && phrase[0] >= end && !/\S/.test(sentence.slice(end, phrase[0]))
			? sentence.slice(phrase[1])
			: sentence.slice(end);
	const before = textBefore(sentence, at, phrase);
	const previous = lower(before.trim().split(/\s+/).at(-1) ?? '');
	if (pronoun !== 'that' && PASSIVE_FOLD.test(rest)) return null;
	if (pronoun === 'that') {
		if (!previous || PREPOSITIONS.has(previous) || !startsClause(rest)) return null;
		// "said that …", "the claim that …": what follows is the content, which is its own event
		// when the date sits in it; the reporting clause keeps it when the date sits there.
		if (isReporting(previous) || isContentNoun(previous) || isVerbish(previous))
			return { at, end, opens: true, closes: false };
	}
	if (pronoun === 'whose' && !comma) return null;
	const noun = antecedentOf(before, pronoun === 'who' || pronoun === 'whom');
	// "the council, whose members were elected" is about the council's members.
	const antecedent = noun && pronoun === 'whose' ? `${noun}'s` : noun;
	// "which" or "who" with no noun before it and no comma asks a question ("investigate who
	// shot"): no clause to title.
	if (!antecedent)
		return pronoun === 'that' || comma ? { at, end, opens: true, closes: true } : null;
	const close = comma ? sentence.slice(end).search(/,\s/) : -1;
	return {
		at,
		end,
		opens: true,
		closes: true,
		relative: { antecedent },
		...(comma ? {} : { soft: true }),
		...(close >= 0 ? { close: { at: end + close, end: end + close + 1 } } : {}),
	};
}

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
