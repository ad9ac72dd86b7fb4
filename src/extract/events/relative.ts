/** Relative clauses read as sentences of their own: "the bridge that floods destroyed" → "floods destroyed the bridge". */
import {
	DETERMINERS,
	PREPOSITIONS,
	PRONOUNS,
	QUANTIFIERS,
	isVerbish,
	lower,
	subjectThenVerb,
} from './words.ts';

const ADVERBIAL =
	/^(?:last|next|this|that|each|every)\s+(?:day|week|month|year|spring|summer|fall|autumn|winter|quarter)\b/i;
const OBJECT_PRONOUNS = new Set(['me', 'him', 'us', 'them']);
const BE = new Set(['am', 'is', 'are', 'was', 'were', 'be', 'been', 'being']);

/**
 * The noun phrase a relative pronoun refers to: the words just before it, back to a determiner
 * ("the old bridge") or to a word that cannot be inside a noun phrase (a preposition, a verb, a
 * conjunction, punctuation); at most six words. Empty when no noun precedes. For a `person`
 * ("who") the phrase is the head before any "of" phrase.
 */
export function antecedentOf(before: string, person = false): string {
	const words = before.trimEnd().replace(/,$/, '').split(/\s+/).filter(Boolean);
	const out: string[] = [];
	for (let i = words.length - 1; i >= 0 && out.length < 6; i--) {
		const word = words[i]!;
		const l = lower(word);
		if (out.length && /[,;:()"“”]$/.test(word)) break;
		// "who" is about a person, the head of "Campbell of the National Council of Churches".
		if (person && l === 'of' && out.length && !QUANTIFIERS.has(lower(words[i - 1] ?? ''))) {
			out.length = 0;
			continue;
		}
		// "and" and "of" join names inside one noun phrase: "the British and Irish governments",
		// "the National Council of Churches".
		const joinsNames =
			(l === 'and' || l === 'of') &&
			/^[A-Z]/.test(out[0] ?? '') &&
			/^[A-Z]/.test(words[i - 1] ?? '');
		if (joinsNames) {
			out.unshift(word);
			continue;
		}
		if (PREPOSITIONS.has(l) || PRONOUNS.has(l) || OBJECT_PRONOUNS.has(l) || isVerbish(word)) break;
		if (/^(?:and|or|but|nor|that|which|who|whom|whose|so|then)$/.test(l)) break;
		out.unshift(word.replace(/[()"“”]/g, ''));
		if (DETERMINERS.has(l) && !(person && lower(words[i - 1] ?? '') === 'of')) break;
	}
	// "to investigate who …": a verb, and "who" asks rather than relates.
	if (lower(words[words.length - out.length - 1] ?? '') === 'to') return '';
	const phrase = out.join(' ');
	return /[A-Za-z]/.test(phrase) && !DETERMINERS.has(lower(phrase)) ? phrase : '';
}

/**
 * The relative clause `body` (the words after the pronoun) restated with its antecedent in the
 * gap. A clause that opens with its verb lacks a subject ("that collapsed" → "the bridge
 * collapsed"); one that opens with a subject and a verb lacks the object, which goes after the
 * verb ("that floods destroyed" → "floods destroyed the bridge").
 */
export function fromRelative(body: string, antecedent: string): string {
	const words = body.trim().split(/\s+/).filter(Boolean);
	if (/['’]s$/.test(antecedent)) return `${antecedent} ${words.join(' ')}`;
	// "which last year accounted for …": a time adverbial before the verb is not a subject.
	const skip = ADVERBIAL.exec(words.slice(0, 2).join(' ')) ? 2 : 0;
	const first = words[skip] ?? '';
	if (!first) return antecedent;
	if (isVerbish(first) || /^[a-z]+ly$/.test(first)) return `${antecedent} ${words.join(' ')}`;
	// Three lower-case words before a verb ("who monitor Cambodian affairs said") are more likely
	// a verb and its object than a subject with no determiner ("that floods destroyed").
	const verb = skip ? -1 : subjectThenVerb(words, 2);
	if (verb < 0) return `${antecedent} ${words.join(' ')}`;
	let last = verb;
	while (last + 1 < words.length && (isVerbish(words[last + 1]!) || /ly$/.test(words[last + 1]!)))
		last++;
	// A passive has no object to fill ("that either was involved"): the clause is whole already.
	const group = words.slice(verb, last + 1).map(lower);
	if (group.some((w) => BE.has(w)) && /(?:ed|en)$/.test(group.at(-1)!)) return words.join(' ');
	return [...words.slice(0, last + 1), antecedent, ...words.slice(last + 1)].join(' ');
}
