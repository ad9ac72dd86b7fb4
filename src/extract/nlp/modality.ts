/** Tense and factuality of a clause, read from its verb group and the words around it. */
import { discourseMarker, invertedCondition, type Clause } from './segmentClauses.ts';
import {
	CONDITIONAL,
	CONNECTIVES,
	FUTURE_AUXILIARIES,
	FUTURE_PREDICATES,
	HABITUAL,
	MODALS,
	NEGATIONS,
	OPINION_ADJECTIVES,
	OPINION_NOUNS,
	OPINION_VERBS,
} from './lexicon.ts';
import type { Token } from './tagSentence.ts';

export type Tense = 'past' | 'perfect' | 'present' | 'future';
export type Irrealis =
	| null
	| 'modal'
	| 'conditional'
	| 'negated'
	| 'question'
	| 'opinion'
	| 'generic'
	| 'future'
	| 'imperative';

// Verbs whose past is their base form: "hit", "set" after a plural subject are read as past.
const SAME_PAST = new Set(
	'set put cut hit let shut quit spread cost hurt bet split burst cast thrust broadcast upset bid rid shed read beat'.split(
		' ',
	),
);
const PAST_AUXILIARIES = new Set(['was', 'were', 'did', 'had']);
const PRESENT_AUXILIARIES = new Set(['is', 'are', 'am', 'do', 'does', "'s", "'re", "'m"]);
const PERFECT_AUXILIARIES = new Set(['has', 'have', "'ve"]);

/** The clause's words up to its verb: where its subject is. */
const subjectOf = (tokens: Token[], clause: Clause) =>
	clause.tokens.filter((k) => clause.group && k < clause.group.from).map((k) => tokens[k]!);

/** The tense of a clause's verb group. */
export function tenseOf(tokens: Token[], clause: Clause): Tense {
	const g = clause.group;
	if (!g) return 'present';
	const words = tokens.slice(g.from, g.to + 1);
	const after = tokens[g.to + 1];
	if (words.some((w) => FUTURE_AUXILIARIES.has(w.lower) || w.lower === "'ll")) return 'future';
	if (words.some((w) => FUTURE_PREDICATES.has(w.lower)) && g.head > g.from + 1) return 'future';
	if (words.some((w) => w.lower === 'would') && clause.kind === 'complement') return 'future';
	if (words.some((w) => PERFECT_AUXILIARIES.has(w.lower)) && words.length > 1) return 'perfect';
	const first = words[0]!;
	if (PAST_AUXILIARIES.has(first.lower)) return 'past';
	if (PRESENT_AUXILIARIES.has(first.lower) || PERFECT_AUXILIARIES.has(first.lower)) {
		// "is to visit", "are to be provided": be + to-infinitive arranges a future.
		const head = tokens[g.head]!;
		return after?.lower === 'to' && (FUTURE_PREDICATES.has(head.lower) || head.lemma === 'be')
			? 'future'
			: 'present';
	}
	if (MODALS.has(first.lower)) return 'present';
	const head = tokens[g.head]!;
	if (head.lower !== head.lemma)
		return /(?:s)$/.test(head.lower) && !/ss$/.test(head.lower) ? 'present' : 'past';
	return SAME_PAST.has(head.lemma) ? 'past' : 'present';
}

const CONDITION_OPENING = /^(?:\W+ )?(?:even )?(?:if|unless|in case)\b/;

/**
 * Why the clause does not state a fact that happened, or null. `question` and `conditional` come
 * from the sentence and the clause's opener; the rest from its verb group and subject.
 */
export function irrealisOf(
	tokens: Token[],
	clause: Clause,
	tense: Tense,
	isQuestion: boolean,
): Irrealis {
	const g = clause.group;
	if (isQuestion) return 'question';
	const inverted = invertedCondition(tokens);
	if (
		clause.opener >= 0 &&
		(CONDITIONAL.has(tokens[clause.opener]!.lower) || (inverted && clause.opener === 0))
	)
		return 'conditional';
	// An opening condition makes the main clause its consequent ("If the talks fail, the union
	// strikes", "Unless the court rules, the boy stays"); what its verb group says comes first.
	const opening = tokens.slice(0, 3).map((t) => t.lower);
	const consequent =
		clause.kind === 'main' && (CONDITION_OPENING.test(opening.join(' ')) || inverted);
	if (!g) return consequent ? 'conditional' : null;
	const words = tokens.slice(g.from, g.to + 1);
	// A negation may stand before the verb group as an adverb: "The US never established ties".
	const before = clause.tokens.includes(g.from - 1) ? tokens[g.from - 1] : undefined;
	if ([before, ...words].some((w) => w && NEGATIONS.has(w.lower))) return 'negated';
	if (tense !== 'future' && words.some((w) => MODALS.has(w.lower))) return 'modal';
	if (tense === 'future') return 'future';
	if (consequent) return 'conditional';
	const head = tokens[g.head]!;
	const subject = subjectOf(tokens, clause);
	const object = tokens.slice(g.to + 1, g.to + 4);
	if (
		OPINION_VERBS.has(head.lemma) ||
		(/^(?:have|be)$/.test(head.lemma) &&
			object.some((w) => OPINION_NOUNS.has(w.lower) || OPINION_ADJECTIVES.has(w.lower)))
	)
		return 'opinion';
	// "That is what they want", "This is an assault on …", "It is bad enough that …": a present
	// copula after a demonstrative or "it" judges what the text has told, as an editorial does.
	if (
		tense === 'present' &&
		head.lemma === 'be' &&
		subject.length === 1 &&
		/^(?:this|that|these|those|it)$/.test(subject[0]!.lower)
	)
		return 'opinion';
	// Only a marker of talk ("I mean, look at …"), a connective, "now" or "please" may come before it.
	const opensSentence =
		clause.kind === 'main' &&
		tokens
			.slice(discourseMarker(tokens), g.from)
			.every(
				(w) =>
					CONNECTIVES.has(w.lower) ||
					/^[,;:]$/.test(w.text) ||
					/^(?:well|now|please)$/.test(w.lower),
			);
	if (opensSentence && head.pos === 'VERB' && head.lower === head.lemma) return 'imperative';
	if (tense === 'present' && words.every((w) => w.pos === 'VERB')) {
		const bare = subject.length > 0 && !subject.some((w) => w.pos === 'DET' || w.pos === 'PRON');
		const plural = /[^s]s$/.test(subject.at(-1)?.lower ?? '');
		const habitual = clause.tokens.some((k) => HABITUAL.has(tokens[k]!.lower));
		if ((bare && plural) || habitual) return 'generic';
	}
	return null;
}
