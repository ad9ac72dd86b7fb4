/** Verb groups: the auxiliaries, negation and verb that make one predicate ("had not yet sold"). */
import {
	DATING_WORDS,
	FUTURE_AUXILIARIES,
	FUTURE_PREDICATES,
	MODALS,
	SUBORDINATORS,
} from './lexicon.ts';
import { parseMonth } from '../data/lexicon.ts';
import type { Token } from './tagSentence.ts';

/** One predicate's verbs, by token index. */
export interface VerbGroup {
	from: number;
	to: number;
	/** The head: the main verb, or the copula when there is none ("is ready"). */
	head: number;
	/** Carries tense on its own: not an infinitive, a gerund or a bare participle. */
	finite: boolean;
}

const isVerb = (t: Token | undefined) => t?.pos === 'VERB' || t?.pos === 'AUX';

/** A past form the lemma shows ("found", "sold", "taken"): inflected, but not in -s or -ing. */
export const inflectedPast = (t: Token) => t.lower !== t.lemma && !/(?:s|ing)$/.test(t.lower);

/** "state-owned", "98%-owned": a word joined to the one before by a hyphen. */
export const hyphenated = (tokens: Token[], i: number) =>
	tokens[i - 1]?.text === '-' && tokens[i - 1]!.end === tokens[i]!.start;
const FINITE_AUXILIARY =
	/^(?:is|are|was|were|am|has|have|had|will|would|can|could|shall|should|may|might|must|does|do|did)$/;
const NEGATORS = new Set(['not', "n't", 'never']);
// Participles spelt as their verb's base form: ", read Wednesday at a rally" is a participle too.
export const SAME_FORM_PARTICIPLES = new Set(
	'read put set cut hit spread shut cast cost hurt let quit upset broadcast forecast'.split(' '),
);

/**
 * A participle with no auxiliary opens a phrase, not a clause, after a comma or at the start
 * ("Founded in 1998,", ", published on Monday,"), and so does a gerund: "speaking after the match".
 */
function bare(tokens: Token[], i: number): boolean {
	const t = tokens[i]!;
	if (/ing$/.test(t.lower)) return true;
	if (causativeObject(tokens, i)) return true;
	// "of the bonds sold in May", "for a galaxy found in 2016": a past participle after the object
	// of a preposition, with no object of its own, is a reduced relative ("a series of earthquakes
	// opened large cracks" has one, and a verb).
	const past = /ed$/.test(t.lower) || inflectedPast(t);
	if (
		past &&
		objectOfPreposition(tokens, i - 1) &&
		!/^(?:DET|ADJ|NOUN|PRON|NUM)$/.test(tokens[i + 1]?.pos ?? '')
	)
		return true;
	const before = tokens[i - 1];
	// "state-owned", "98%-owned": a participle joined by a hyphen is an adjective.
	if (hyphenated(tokens, i)) return true;
	if (!before || before.text === ',')
		return /(?:ed|en)$/.test(t.lower) || t.lower !== t.lemma || SAME_FORM_PARTICIPLES.has(t.lower);
	return /(?:ed|en)$/.test(t.lower) && tokens[i + 1]?.lower === 'by' && before.pos === 'NOUN';
}

const CAUSATIVE = new Set(['help', 'let', 'make', 'have', 'see', 'watch', 'hear']);
// Verbs whose object may take a participle: "ordered the sails reefed", "wanted it done".
const OBJECT_COMPLEMENT = new Set([
	'order',
	'have',
	'get',
	'want',
	'need',
	'see',
	'leave',
	'keep',
	'find',
]);

/**
 * Whether a verb in its base form follows the object of a causative or perception verb ("helped
 * the company keep", "let the banks raise"): it is that verb's complement, not a clause's verb.
 */
function causativeObject(tokens: Token[], i: number): boolean {
	const t = tokens[i]!;
	if (t.lower !== t.lemma) return false;
	return verbBeforeObject(tokens, i - 1, CAUSATIVE);
}

/**
 * Whether a participle that ends its phrase follows the object of a verb like "order" or "have"
 * ("ordered the sails reefed", "had the car repaired"): it says what was to be done to the
 * object, an adjective of it, and no verb of a clause.
 */
function objectComplement(tokens: Token[], i: number): boolean {
	const t = tokens[i]!;
	if (!/(?:ed|en)$/.test(t.lower) || t.lower === t.lemma) return false;
	if (tokens[i + 1] && !/^(?:CCONJ|PUNCT|ADP)$/.test(tokens[i + 1]!.pos)) return false;
	return verbBeforeObject(tokens, i - 1, OBJECT_COMPLEMENT);
}

/** Whether the noun phrase ending at `k` is the object of a verb whose lemma is in `verbs`. */
function verbBeforeObject(tokens: Token[], k: number, verbs: Set<string>): boolean {
	if (!/^(?:NOUN|PROPN|PRON)$/.test(tokens[k]?.pos ?? '')) return false;
	while (k >= 0 && /^(?:NOUN|PROPN|PRON|ADJ|DET|NUM)$/.test(tokens[k]!.pos)) k--;
	return tokens[k]?.pos === 'VERB' && verbs.has(tokens[k]!.lemma);
}

/**
 * Whether the words ending at `k` are the noun phrase of a prepositional phrase ("in an
 * “initiative”", "of the bonds"): such a noun is no subject, so a participle after it is a
 * reduced relative ("in an initiative designed to rally opinion", "of the bonds sold in May").
 */
function objectOfPreposition(tokens: Token[], k: number): boolean {
	while (k >= 0 && /^["“”'`]+$/.test(tokens[k]!.text)) k--;
	if (!/^(?:NOUN|PROPN)$/.test(tokens[k]?.pos ?? '')) return false;
	// "FBI officials on Saturday played down": a day or month dates the clause; nothing it names
	// takes a participle.
	if (DATING_WORDS.has(tokens[k]!.lower)) return false;
	while (k >= 0 && /^(?:NOUN|PROPN|ADJ)$/.test(tokens[k]!.pos)) k--;
	while (k >= 0 && /^["“”'`]+$/.test(tokens[k]!.text)) k--;
	if (tokens[k]?.pos === 'DET') k--;
	// "before the levee failed": a subordinator opens a clause whose noun is its subject.
	if (tokens[k]?.pos !== 'ADP' || SUBORDINATORS.has(tokens[k]!.lower)) return false;
	// "when tons of earth slid down": so it does when the phrase is inside that subject.
	let j = k - 1;
	while (j >= 0 && /^(?:NOUN|PROPN|ADJ|DET|NUM)$/.test(tokens[j]!.pos)) j--;
	return !(j < k - 1 && SUBORDINATORS.has(tokens[j]?.lower ?? ''));
}

/** Whether token `k` is the day or year that closes a date: "May 7", "Sept. 30", "1998". */
function endsDate(tokens: Token[], k: number): boolean {
	const t = tokens[k];
	if (t?.pos !== 'NUM') return false;
	return /^\d{4}$/.test(t.text) || parseMonth(tokens[k - 1]?.text ?? '') !== null;
}

/** The verb groups of a tagged sentence, in order. */
export function verbGroups(tokens: Token[]): VerbGroup[] {
	const out: VerbGroup[] = [];
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i]!;
		if (!isVerb(t)) continue;
		// "to freeze", "to falsely accuse": an infinitive belongs to the predicate before it.
		let k = i - 1;
		while (tokens[k]?.pos === 'ADV') k--;
		// "to be published", "to have been sold": with all the verbs of its chain.
		if (tokens[k]?.lower === 'to' && tokens[k]?.pos === 'PART') {
			while (isVerb(tokens[i + 1])) i++;
			continue;
		}
		// "to help boost the price", "let slip": a bare infinitive right after its verb is that verb's.
		const before = tokens[i - 1];
		if (t.lower === t.lemma && before?.pos === 'VERB' && CAUSATIVE.has(before.lemma)) continue;
		// Between a determiner, number or preposition and its noun, a participle is an adjective:
		// "three suspected weapons sites", "the armed forces", "with attempted murder".
		// A number that ends a date ("on May 7 destroyed goods", "in 1998 signed deals") counts
		// nothing: the participle after it is the clause's verb.
		if (
			/(?:ed|en)$/.test(t.lower) &&
			/^(?:DET|NUM|ADP)$/.test(before?.pos ?? '') &&
			!endsDate(tokens, i - 1) &&
			/^(?:NOUN|PROPN)$/.test(tokens[i + 1]?.pos ?? '')
		)
			continue;
		// "state-owned", "U.S.-led": a participle joined by a hyphen is an adjective; "as expected,"
		// and "as planned" are adverbials with no subject of their own.
		// So is an irregular one: "British-built", "state-run".
		if (
			(/(?:ed|en)$/.test(t.lower) || inflectedPast(t) || SAME_FORM_PARTICIPLES.has(t.lower)) &&
			hyphenated(tokens, i)
		)
			continue;
		if (objectComplement(tokens, i)) continue;
		if (
			/(?:ed|en)$/.test(t.lower) &&
			before?.lower === 'as' &&
			(!tokens[i + 1] || /^[,.;:]$/.test(tokens[i + 1]!.text))
		)
			continue;
		// "while operating costs fell": a gerund between a clause's opener and its noun is an
		// adjective of that noun.
		if (
			/ing$/.test(t.lower) &&
			tokens[i + 1]?.pos === 'NOUN' &&
			(!before || /^(?:SCONJ|DET)$/.test(before.pos) || SUBORDINATORS.has(before.lower))
		)
			continue;
		let to = i;
		for (let j = i + 1; j < tokens.length; j++) {
			const n = tokens[j]!;
			// "that are left | are the hard-core": after a main verb, a finite auxiliary starts the
			// next predicate.
			if (tokens[to]!.pos === 'VERB' && n.pos === 'AUX' && FINITE_AUXILIARY.test(n.lower)) break;
			if (isVerb(n)) to = j;
			// "had not yet sold", "had itself filed", "had each held": negation, adverbs, a reflexive
			// and a floating quantifier stand inside.
			else if (
				NEGATORS.has(n.lower) ||
				// "said when asked" is two groups: a subordinator opens a clause of its own.
				(((n.pos === 'ADV' && !SUBORDINATORS.has(n.lower) && !/^wh/.test(n.lower)) ||
					/^(?:(?:it|them|him|her)sel(?:f|ves)|each|all|both)$/.test(n.lower)) &&
					isVerb(tokens[j + 1]))
			)
				continue;
			// The tagger reads "will close" as an adjective: after a modal comes a verb.
			else if (
				to === j - 1 &&
				(MODALS.has(tokens[to]!.lower) || FUTURE_AUXILIARIES.has(tokens[to]!.lower)) &&
				/^(?:ADJ|NOUN|PROPN)$/.test(n.pos)
			) {
				to = j;
				break;
			} else break;
		}
		const hasAux = tokens.slice(i, to + 1).some((x) => x.pos === 'AUX');
		// "is set to report", "are going to sell": the verb after "to" is the predicate's head.
		let head = to;
		const after = tokens[to + 1];
		if (
			hasAux &&
			FUTURE_PREDICATES.has(tokens[to]!.lower) &&
			after?.lower === 'to' &&
			isVerb(tokens[to + 2])
		) {
			// "were going to be centralized": with the rest of the chain after "to".
			to += 2;
			while (isVerb(tokens[to + 1])) to++;
			head = to;
		}
		// "after being found", "having lost": a chain that opens on a gerund carries no tense.
		const gerund = /ing$/.test(tokens[i]!.lower);
		out.push({ from: i, to, head, finite: !gerund && (hasAux || !bare(tokens, i)) });
		i = to;
	}
	return out;
}
