/**
 * A sentence's clauses from its tagged tokens: where subordinate, relative and reported clauses
 * open and close, which clause is the main one, and which words are quoted.
 */
import {
	CONNECTIVES,
	CONTENT_NOUNS,
	COORDINATORS,
	DATING_WORDS,
	DAY_NAMES,
	FOCUS_ADVERBS,
	LISTENER_VERBS,
	OPINION_NOUNS,
	OPINION_VERBS,
	PARTICLES,
	REPORTING,
	RELATIVE_PRONOUNS,
	SUBORDINATORS,
	INDIRECT_QUESTION,
	QUANTIFIER_PRONOUNS,
} from './lexicon.ts';
import type { Token } from './tagSentence.ts';
import {
	hyphenated,
	inflectedPast,
	SAME_FORM_PARTICIPLES,
	verbGroups,
	type VerbGroup,
} from './verbGroups.ts';

export type ClauseKind =
	| 'main'
	| 'subordinate'
	| 'relative'
	| 'complement'
	| 'coordinate'
	| 'adverbial'
	| 'aside'
	| 'quote';

/** One clause: its own tokens (nested clauses excluded) and its predicate. */
export interface Clause {
	kind: ClauseKind;
	/** Token indices in text order. */
	tokens: number[];
	/** The word that opened the clause ("because", "which", "and"), or -1. */
	opener: number;
	group: VerbGroup | null;
	/** The clause this one sits in, or -1 for a top-level clause. */
	parent: number;
	/** A relative clause opened after a comma is an aside; one without a comma restricts its noun. */
	comma?: boolean;
	/** An aside between dashes: "The suspect -- a local man -- was arrested". */
	dash?: boolean;
	/** An aside that ends before this token rather than at a comma: ", on Monday accused". */
	until?: number;
	/** A coordinated predicate takes its subject from this clause: "[Smith] joined … and rose". */
	shares?: number;
	/** A participle phrase after its noun, read as a relative clause: "the warrant [issued Monday]". */
	reduced?: boolean;
	/** An aside that runs to the end of the sentence, commas and all: ", compared with $3, or …". */
	trailing?: boolean;
}

const isNominal = (t: Token | undefined) => !!t && /^(?:NOUN|PROPN|PRON|NUM)$/.test(t.pos);
// A subject may hold an "of" phrase: "that the Church of Scientology has begun".
const SUBJECT_WORD = /^(?:NOUN|PROPN|PRON|NUM|DET|ADJ|PART|ADV|PUNCT|ADP)$/;
/** A dash between words opens or closes an aside; a hyphen inside a word ("24-year-old") does not. */
const isDash = (tokens: Token[], i: number) => {
	const t = tokens[i]!;
	if (/^(?:—|–|--)$/.test(t.text)) return true;
	// Wire copy sets a dash as a spaced underscore: "one of the two men _ he did not know which _".
	return (
		(t.text === '-' || t.text === '_') &&
		(tokens[i - 1]?.end ?? 0) < t.start &&
		(tokens[i + 1]?.start ?? Infinity) > t.end
	);
};

/** Typewriter quotation marks: ``so'' (a pair of backticks, a pair of apostrophes). */
const doubled = (tokens: Token[], i: number, mark: string) =>
	tokens[i]?.text === mark &&
	((tokens[i + 1]?.text === mark && tokens[i + 1]!.start === tokens[i]!.end) ||
		(tokens[i - 1]?.text === mark && tokens[i - 1]!.end === tokens[i]!.start));

/** A quotation mark, curly, straight or typewriter. */
export const isQuoteMark = (tokens: Token[], i: number) =>
	/^["“”]$/.test(tokens[i]!.text) || doubled(tokens, i, '`') || doubled(tokens, i, "'");

/** Which tokens sit inside quotation marks; straight quotes pair up in order. */
function quotedTokens(tokens: Token[]): boolean[] {
	const out = tokens.map(() => false);
	let open = false;
	// "''The ferry has been saved,'' the mayor said": two apostrophes before a word, after a space
	// or nothing, open a quotation whichever way they were typed.
	const opensWord = (i: number) =>
		doubled(tokens, i, "'") &&
		tokens[i + 1]?.text === "'" &&
		(i === 0 || tokens[i - 1]!.end < tokens[i]!.start) &&
		tokens[i + 2]?.start === tokens[i + 1]!.end &&
		/^\p{L}/u.test(tokens[i + 2]?.text ?? '');
	let typed = -1;
	// 'We have solved them all," the mayor said.': a sentence whose first mark closes a quotation
	// began inside it, in the sentence before.
	const first = tokens.findIndex((_, k) => isQuoteMark(tokens, k));
	const closing = (k: number) =>
		tokens[k]!.text === '”' ||
		(doubled(tokens, k, "'") && tokens[k - 1]?.text !== "'") ||
		(tokens[k]!.text === '"' &&
			k > 0 &&
			tokens[k - 1]!.end === tokens[k]!.start &&
			tokens.filter((x) => x.text === '"').length % 2 === 1);
	if (first > 1 && closing(first)) open = true;
	tokens.forEach((t, i) => {
		if (!open && opensWord(i)) {
			open = true;
			typed = i + 1;
		} else if (i === typed) return;
		else if (t.text === '“' || (t.text === '"' && !open) || doubled(tokens, i, '`')) open = true;
		else if (t.text === '”' || (t.text === '"' && open) || (open && doubled(tokens, i, "'")))
			open = false;
		else out[i] = open;
	});
	// 'the "new markets," the minister said': a comma before the closing mark of a quotation inside
	// a clause is the sentence's, set inside it by the printer's convention.
	const words = tokens.findIndex((_, k) => !isQuoteMark(tokens, k));
	let opening = -1;
	tokens.forEach((t, i) => {
		if (out[i] && !out[i - 1]) opening = i;
		const inside = opening > words;
		const closes = i + 1 < tokens.length && !out[i + 1] && isQuoteMark(tokens, i + 1);
		if (out[i] && t.text === ',' && closes && inside) out[i] = false;
	});
	return out;
}

/**
 * "Had the owners repaired the dam in 2019, the town would have …", "Should the talks fail, the
 * union will …": a statement that opens on an auxiliary before its subject, with a modal after the
 * comma, states a condition, as "if" does.
 */
export function invertedCondition(tokens: Token[]): boolean {
	const first = tokens[0];
	if (!first || first.pos !== 'AUX' || !/^(?:had|were|should)$/.test(first.lower)) return false;
	if (!/^(?:DET|PRON|PROPN|NOUN|ADJ|NUM)$/.test(tokens[1]?.pos ?? '')) return false;
	if (/\?/.test(tokens.at(-1)?.text ?? '')) return false;
	const comma = tokens.findIndex((t) => t.text === ',');
	return (
		comma > 2 &&
		tokens
			.slice(comma + 1, comma + 12)
			.some((t) => /^(?:would|could|might|will|may|should|can)$/.test(t.lower))
	);
}

/**
 * Whether a subject and a finite verb follow `i` before the next comma ("after [the storm passed]"),
 * or, with `verbFirst`, a finite verb right away ("which [opened]"); with `fronted`, the subject may
 * come after a prepositional phrase ("and [by May the rivers had risen]").
 */
function clauseFollows(
	tokens: Token[],
	groupAt: Map<number, VerbGroup>,
	i: number,
	verbFirst = false,
	fronted = false,
): boolean {
	const skipped = new Set<number>();
	// Quotation marks take no room: 'cuts in Riverton and Oak Hill ``hurt the poorest''.
	for (let j = i + 1, room = 16; j < tokens.length && room > 0; j++) {
		const t = tokens[j]!;
		if (isQuoteMark(tokens, j)) continue;
		room--;
		// "that Tom Hale, a farmer from the valley, set the fire", "because the owners, refusing
		// to repair the dam, had made …": an aside set off by commas after the subject's noun.
		if (t.text === ',' && isNominal(tokens[j - 1]) && j > i + 1) {
			const close = asideEnd(tokens, groupAt, j);
			if (close > 0) {
				for (let x = j; x <= close; x++) skipped.add(x);
				j = close;
				continue;
			}
		}
		// "said Soviet women, children and invalids would be allowed": a list's commas go on.
		if (t.text === ',' && j > i + 1) {
			const end = listEnd(tokens, groupAt, j);
			if (end > 0) {
				j = end - 1;
				continue;
			}
		}
		if (/^[,;:]$/.test(t.text) || isDash(tokens, j)) return false;
		// "and Swedish objections to a case that has blocked": a verb after a relative pronoun is
		// the relative clause's, not the one asked about.
		// But "that a soldier [who was wounded in the attack] had died": a second finite verb right
		// after the relative clause's words is the verb of the subject it describes.
		if (j > i + 1 && RELATIVE_PRONOUNS.has(t.lower) && isNominal(tokens[j - 1]))
			return secondVerbAfterRelative(tokens, groupAt, j);
		// "reports of alcohol-related violations should": a word joined by a hyphen is no verb.
		const g = hyphenated(tokens, j) ? undefined : groupAt.get(j);
		// "while operating profit … rose", "as rising prices …": a gerund before its noun is part
		// of the subject; so is a participle after its noun ("the discovery of a rifle [buried
		// near the house] represented …").
		if (g && !g.finite && /ing$/.test(t.lower) && tokens[j + 1]?.pos === 'NOUN') continue;
		// So is a gerund-participle: "payments to executives [not staying with the company] will".
		if (
			g &&
			!g.finite &&
			g.from === g.to &&
			/(?:ed|en|ing)$/.test(t.lower) &&
			(tokens[j - 1]?.pos === 'NOUN' ||
				(tokens[j - 1]?.lower === 'not' && tokens[j - 2]?.pos === 'NOUN')) &&
			tokens[j + 1]?.pos === 'ADP'
		) {
			skipped.add(j);
			continue;
		}
		// "final rules [to be published in November] will determine": so is an infinitive.
		if (t.lower === 'to' && t.pos === 'PART' && /^(?:NOUN|PROPN)$/.test(tokens[j - 1]?.pos ?? '')) {
			skipped.add(j);
			while (/^(?:VERB|AUX)$/.test(tokens[j + 1]?.pos ?? '') && !groupAt.has(j + 1))
				skipped.add(++j);
			continue;
		}
		if (g && disagrees(tokens.slice(i + 1, j), tokens[g.from]!)) return false;
		if (g) {
			// Words joined by a hyphen ("alcohol-related") are one word of the subject.
			const joined = (k: number) =>
				hyphenated(tokens, k) || (tokens[k]!.text === '-' && hyphenated(tokens, k + 1));
			const subject = tokens
				.slice(i + 1, j)
				.filter(
					(x, k) =>
						(x.pos !== 'VERB' || !/ing$/.test(x.lower)) &&
						!skipped.has(i + 1 + k) &&
						!joined(i + 1 + k),
				);
			return (
				(g.finite || skipped.has(j - 1)) &&
				((verbFirst && !subject.length) ||
					((subject.some(isNominal) || /^(?:either|neither|both)$/.test(subject[0]?.lower ?? '')) &&
						// "Kenya and Tanzania signed", but not "an analyst and rose".
						subject.every(
							(x, k) =>
								SUBJECT_WORD.test(x.pos) ||
								(x.pos === 'CCONJ' &&
									(k === 0 || (k < subject.length - 1 && isNominal(subject[k + 1])))),
						)))
			);
		}
		if (t.pos === 'ADP' && j === i + 1 && !fronted) return false;
	}
	return false;
}

// Nouns that take a plural verb without a plural ending.
const PLURAL_NOUNS = new Set(['people', 'police', 'staff', 'personnel', 'data', 'media', 'cattle']);
// Nouns of a group take either number, British usage the plural: "the council are meeting".
const COLLECTIVE = new Set(
	'government council team committee board family party club company group jury public crowd union army navy panel parliament cabinet audience crew firm management opposition majority minority'.split(
		' ',
	),
);

/**
 * "since the closure of the mill have been …": a verb of number that its would-be subject's head
 * noun does not agree with shows the words are no clause (here "since" is a preposition).
 */
function disagrees(subject: Token[], verb: Token): boolean {
	const ofAt = subject.findIndex((t) => t.pos === 'ADP' || t.pos === 'SCONJ');
	const head = (ofAt < 0 ? subject : subject.slice(0, ofAt)).filter((t) => t.pos === 'NOUN').at(-1);
	if (!head || COLLECTIVE.has(head.lower) || subject.some((t) => /^(?:CCONJ|NUM)$/.test(t.pos)))
		return false;
	const plural =
		(head.lower !== head.lemma && /s$/.test(head.lower)) || PLURAL_NOUNS.has(head.lower);
	const singular =
		head.lower === head.lemma && !PLURAL_NOUNS.has(head.lower) && !/s$/.test(head.lower);
	if (/^(?:have|are|were)$/.test(verb.lower)) return singular;
	if (/^(?:has|is|was)$/.test(verb.lower)) return plural;
	return false;
}

/**
 * The comma that closes an aside opened by the comma at `open`, when a finite verb follows it: an
 * appositive ("a quiet farmer from the valley") or a participle phrase ("refusing to repair the
 * dam") with no finite verb of its own. -1 when there is no such aside.
 */
function asideEnd(tokens: Token[], groupAt: Map<number, VerbGroup>, open: number): number {
	const first = tokens[open + 1];
	const participle = first?.pos === 'VERB' && /(?:ing|ed|en)$/.test(first.lower);
	// "its lawyer, Ann Price, said": an appositive may be a name.
	if (!first || (!participle && !/^(?:DET|ADJ|NUM|PROPN)$/.test(first.pos))) return -1;
	for (let k = open + 1; k < Math.min(tokens.length, open + 16); k++) {
		const t = tokens[k]!;
		// "set the fire": a verb of one form for past and participle counts as finite here.
		if (t.text === ',') {
			const g = groupAt.get(k + 1);
			return g && (g.finite || !/(?:ing|ed|en)$/.test(tokens[g.from]!.lower)) ? k : -1;
		}
		if (/^[;:]$/.test(t.text) || isDash(tokens, k) || groupAt.get(k)?.finite) return -1;
		if (!participle && !/^(?:DET|ADJ|NUM|NOUN|PROPN|ADP|CCONJ|PART|ADV)$/.test(t.pos)) return -1;
	}
	return -1;
}

/** Whether token `k` is a bare word of a list item, of a part of speech `pos` accepts. */
function listNoun(tokens: Token[], groupAt: Map<number, VerbGroup>, k: number, pos: RegExp) {
	return pos.test(tokens[k]?.pos ?? '') && !groupAt.has(k);
}

/**
 * Where the list that the comma at `i` continues ends ("women, children and invalids |"): items of
 * one or two bare nouns, each after a comma, until "and" or "or" and the last item; -1 when the
 * comma continues no list.
 */
function listEnd(tokens: Token[], groupAt: Map<number, VerbGroup>, i: number): number {
	if (!/^(?:NOUN|PROPN)$/.test(tokens[i - 1]?.pos ?? '')) return -1;
	for (let k = i + 1, items = 0; items < 8; items++) {
		if (!listNoun(tokens, groupAt, k, /^(?:NOUN|PROPN)$/)) return -1;
		k += listNoun(tokens, groupAt, k + 1, /^(?:NOUN|PROPN|ADJ)$/) ? 2 : 1;
		if (tokens[k]?.pos === 'CCONJ') {
			k++;
			if (!listNoun(tokens, groupAt, k, /^(?:NOUN|PROPN)$/)) return k;
			return k + (listNoun(tokens, groupAt, k + 1, /^(?:NOUN|PROPN|ADJ)$/) ? 2 : 1);
		}
		if (tokens[k]?.text !== ',') return -1;
		k++;
	}
	return -1;
}

/**
 * The comma before the nouns, names and their modifiers (joined by "and") right before token `i`:
 * ", White House and Republican sources | said". -1 when no such run follows a comma.
 */
function nounsSinceComma(tokens: Token[], i: number): number {
	let k = i - 1;
	while (k >= 0 && /^(?:PROPN|NOUN|ADJ|DET|CCONJ)$/.test(tokens[k]!.pos)) k--;
	return k < i - 1 && tokens[k]?.text === ',' ? k : -1;
}

/** Whether a finite verb follows `k` within a few words, before any comma. */
function finiteSoon(tokens: Token[], groupAt: Map<number, VerbGroup>, k: number): boolean {
	for (let j = k + 1; j < Math.min(tokens.length, k + 7); j++) {
		if (/^[,;:]$/.test(tokens[j]!.text)) return false;
		const g = groupAt.get(j);
		if (g) return g.finite;
	}
	return false;
}

const QUESTION_VERBS = new Set(
	'say know ask wonder decide see tell determine check doubt learn find consider'.split(' '),
);
const STANCE_ADJECTIVES = new Set(
	'skeptical sceptical doubtful confident sure certain convinced hopeful optimistic aware worried concerned afraid'.split(
		' ',
	),
);

/** Verbs that often take what was said or thought without "that": "said it lost", "hopes they win". */
const BARE_COMPLEMENT = new Set(
	'say tell think believe hope expect feel guess suppose know claim insist warn argue add predict estimate reckon report indicate show find admit concede note state acknowledge fear'.split(
		' ',
	),
);

/** Words that make a phrase a date: "last week", "Monday", "this morning". */
const TIME_WORDS = new Set([
	...DAY_NAMES,
	'tonight',
	'week',
	'weekend',
	'month',
	'year',
	'day',
	'morning',
	'afternoon',
	'evening',
	'night',
]);

/**
 * Whether a verb may take what it says as a bare clause whose first word is `tokens[at]`: "said
 * it lost", "said last month's discovery …". Verbs that seldom drop "that" ("announced new rules
 * designed to …") take one only after a pronoun, a determiner or a possessive.
 */
const takesBareClause = (tokens: Token[], lemma: string, at: number) =>
	BARE_COMPLEMENT.has(lemma) ||
	/^(?:PRON|DET)$/.test(tokens[at]?.pos ?? '') ||
	/^['’]s$/.test(tokens[at + 1]?.text ?? '');

/** Whether the words between token `from` and token `to` are a short date ("last month"). */
const dateBetween = (tokens: Token[], from: number, to: number) =>
	to - from <= 4 && tokens.slice(from + 1, to).some((x) => TIME_WORDS.has(x.lower));

const SUBJECT_PRONOUNS = /^(?:he|she|it|they|we|i)$/;

/**
 * Where a clause's subject begins after a noun phrase that is not it, scanning tokens (from, to):
 * the first word `opens` accepts right after the words `ends` accepts, with the clause's finite
 * verb after it. -1 at a comma or a verb before, or when no clause follows.
 */
function subjectAfter(
	tokens: Token[],
	groupAt: Map<number, VerbGroup>,
	from: number,
	to: number,
	opens: (t: Token, before: Token) => boolean,
): number {
	for (let j = from; j < Math.min(tokens.length, to); j++) {
		const t = tokens[j]!;
		if (/^[,;:]$/.test(t.text) || groupAt.has(j)) return -1;
		if (opens(t, tokens[j - 1]!)) return clauseFollows(tokens, groupAt, j - 1) ? j : -1;
	}
	return -1;
}

/**
 * Where what was told begins after the one told ("told [U.S. officials] it is worried"): a
 * personal pronoun, a determiner or a name right after the listener's noun (or pronoun, or name of
 * another kind). -1 when the words after the verb are no listener and clause.
 */
const listenerEnd = (tokens: Token[], groupAt: Map<number, VerbGroup>, k: number) =>
	subjectAfter(
		tokens,
		groupAt,
		k + 2,
		k + 8,
		// "told a news conference that …": "that" opens what was told by itself.
		(t, before) =>
			t.lower !== 'that' &&
			(t.pos === 'DET' || SUBJECT_PRONOUNS.test(t.lower) || t.pos === 'PROPN') &&
			/^(?:NOUN|PROPN|PRON)$/.test(before.pos) &&
			before.pos !== t.pos,
	);

/**
 * Where the subject starts after a fronted prepositional phrase that no comma closes ("After the
 * coup of 1966 [the couple] returned", "Before the war [he] had worked"): the first determiner or
 * personal pronoun right after a noun or number. -1 when there is none.
 */
const subjectAfterPhrase = (tokens: Token[], groupAt: Map<number, VerbGroup>, i: number) =>
	subjectAfter(
		tokens,
		groupAt,
		i + 2,
		i + 12,
		(t, before) =>
			(t.pos === 'DET' || (t.pos === 'PRON' && SUBJECT_PRONOUNS.test(t.lower))) &&
			/^(?:NOUN|PROPN|NUM)$/.test(before.pos),
	);

/**
 * Whether the clause's first verb is a participle after its noun, dated and nothing more (or a
 * gerund-participle with its object), so that the finite verb `g` after it is the clause's own:
 * "The warrant issued Monday charged Kopp".
 */
function reducedRelative(tokens: Token[], c: Clause, g: VerbGroup): boolean {
	const first = c.group;
	// A reported clause is read as a main one: "said [costs linked to the plan] will weigh".
	if (!first || first.from !== first.to || (c.kind !== 'main' && c.kind !== 'complement'))
		return false;
	const verb = tokens[first.from]!;
	// "executives not staying with the company": a participle may be negated.
	const noun = tokens[first.from - 1]?.lower === 'not' ? first.from - 2 : first.from - 1;
	if (verb.pos !== 'VERB' || !/^(?:NOUN|PROPN)$/.test(tokens[noun]?.pos ?? '')) return false;
	// "The union representing the pilots criticized …": a gerund-participle never carries tense,
	// so with its object it modifies the noun before it, and the finite verb after is the clause's.
	if (/ing$/.test(verb.lower)) {
		// "the Cubans living in Florida _ and elsewhere _ send": an aside between dashes is no part.
		let dashed = false;
		return (
			g.finite &&
			!/ing$/.test(tokens[g.from]!.lower) &&
			tokens.slice(first.to + 1, g.from).every((x, k) => {
				if (isDash(tokens, first.to + 1 + k)) {
					dashed = !dashed;
					return true;
				}
				return (
					dashed ||
					/^(?:NOUN|PROPN|PRON|DET|ADJ|NUM|PART|ADP|ADV)$/.test(x.pos) ||
					// 'chanting ``Freedom! Freedom!'' blocked': a quotation may be its object.
					isQuoteMark(tokens, first.to + 1 + k) ||
					(x.pos === 'PUNCT' && /^[!?]$/.test(x.text))
				);
			}) &&
			!dashed
		);
	}
	// An irregular past ("found", "sold") may be a participle too, unless it takes a clause of its
	// own ("found the rifle was gone"; "found in the lake" has none).
	// "a site found to be a threat says": one read as no finite verb takes none either.
	const irregular =
		inflectedPast(verb) &&
		(!BARE_COMPLEMENT.has(verb.lemma) || tokens[first.to + 1]?.pos === 'ADP' || !first.finite);
	if (!/(?:ed|en)$/.test(verb.lower) && !SAME_FORM_PARTICIPLES.has(verb.lower) && !irregular)
		return false;
	// "A phony address listed on the forms will cost the party …": before an auxiliary or a modal,
	// which only a clause's own verb takes, the participle and its phrase modify the noun.
	if (
		/^(?:AUX)$/.test(tokens[g.from]!.pos) &&
		!REPORTING.has(verb.lemma) &&
		!OPINION_VERBS.has(verb.lemma) &&
		tokens
			.slice(first.to + 1, g.from)
			.every((x) => /^(?:NOUN|PROPN|DET|ADJ|NUM|PART|ADP|ADV)$/.test(x.pos))
	)
		return true;
	// "An intense manhunt conducted by the FBI and the bureau of alcohol, tobacco and firearms
	// continues": a participle with its agent, then only the agent's noun phrase, before a finite
	// verb modifies the noun before it.
	if (agentPhrase(tokens, first.from, g.from) && g.finite) return true;
	if (g.from === first.to + 1) return false;
	// "The creator of a site found to be a threat to doctors says": a verb the tagger read as a
	// participle, its phrase unbroken by a comma or "and", leaves the finite verb to the noun.
	if (
		!first.finite &&
		g.finite &&
		tokens
			.slice(first.to + 1, g.from)
			.every((x) => !/^[,;:]$/.test(x.text) && x.pos !== 'CCONJ' && x.pos !== 'SCONJ')
	)
		return true;
	// "announcements put out on Aug. 13 suggest": a particle goes with the participle.
	let from = first.to + 1;
	if (PARTICLES.has(tokens[from]!.lower)) from++;
	for (let k = from; k < g.from; k++)
		if (!DATING_WORDS.has(tokens[k]!.lower) && tokens[k]!.pos !== 'NUM') return false;
	return from < g.from;
}

/** Whether the participle at `verb` takes a "by" agent made of noun phrases only, up to `end`. */
function agentPhrase(tokens: Token[], verb: number, end: number): boolean {
	if (!/(?:ed|en)$/.test(tokens[verb]!.lower) || tokens[verb + 1]?.lower !== 'by') return false;
	for (let k = verb + 2; k < end; k++)
		if (
			!/^(?:NOUN|PROPN|DET|ADJ|NUM|PART|ADP|CCONJ)$/.test(tokens[k]!.pos) &&
			tokens[k]!.text !== ','
		)
			return false;
	return end > verb + 2;
}

/**
 * Whether a second finite verb `g` with nothing between shows that the clause's first verb was in a
 * relative clause without "that": a noun, then a personal pronoun and its verb ("the jobs he has
 * held over the years have been …").
 */
function contactRelative(tokens: Token[], c: Clause, g: VerbGroup): boolean {
	const first = c.group;
	if (!first || first.from < 2) return false;
	const pronoun = tokens[first.from - 1]!;
	if (!/^(?:he|she|they|we|i|you)$/.test(pronoun.lower)) return false;
	if (tokens[first.from - 2]!.pos !== 'NOUN') return false;
	// The clause's own verb carries tense by itself: "have been related", "derives", not a
	// participle that goes with the object ("they found a rifle buried near his home").
	const verbs = tokens.slice(g.from, g.to + 1);
	if (!verbs.some((v) => v.pos === 'AUX') && /(?:ed|en)$/.test(tokens[g.head]!.lower)) return false;
	if (!c.tokens.includes(first.from - 1)) return false;
	for (let k = first.to + 1; k < g.from; k++)
		if (/^[,;:]$/.test(tokens[k]!.text) || tokens[k]!.pos === 'CCONJ') return false;
	return true;
}

/**
 * Where a relative clause without "that" begins after the clause's own verb: a noun, then the
 * subject of the verb `g` ("the largest reward [the government has ever offered]", "the 22% [it
 * doesn't own]"). The subject is a personal pronoun or a determiner and its noun; -1 when the
 * words before `g` are no such pair.
 */
function contactSubject(tokens: Token[], c: Clause, g: VerbGroup): number {
	if (!c.group) return -1;
	let k = g.from - 1;
	let start = -1;
	if (/^(?:he|she|it|they|we|i|you)$/.test(tokens[k]?.lower ?? '')) start = k;
	else {
		while (k > c.group.to && /^(?:NOUN|PROPN|ADJ)$/.test(tokens[k]!.pos)) k--;
		if (k < g.from - 1 && /^(?:the|a|an)$/.test(tokens[k]?.lower ?? '')) start = k;
	}
	if (start <= c.group.to + 1 || !c.tokens.includes(start)) return -1;
	const antecedent = tokens[start - 1]!;
	// A noun the tagger read as an adjective still ends its noun phrase: "the largest fine".
	const noun =
		/^(?:NOUN|PROPN|NUM)$/.test(antecedent.pos) ||
		antecedent.text === '%' ||
		(antecedent.pos === 'ADJ' && /^(?:DET|ADJ)$/.test(tokens[start - 2]?.pos ?? '')) ||
		// "will do all we can", "lost everything they owned": a quantifier is a noun phrase too.
		QUANTIFIER_PRONOUNS.has(antecedent.lower);
	if (!noun) return -1;
	return c.tokens.some((x) => x > c.group!.to && x < start && /^[,;:]$/.test(tokens[x]!.text))
		? -1
		: start;
}

/** Where a relative clause that the finite verb `g` ends began in clause `c`, if one did. */
function relativeBefore(
	tokens: Token[],
	c: Clause,
	g: VerbGroup,
): { from: number; reduced: boolean } | null {
	if (reducedRelative(tokens, c, g)) return { from: c.group!.from, reduced: true };
	if (contactRelative(tokens, c, g)) return { from: c.group!.from - 1, reduced: false };
	return null;
}

/** Splits a tagged sentence into clauses; the first top-level clause with a verb is the main one. */
export function segmentClauses(tokens: Token[]): { clauses: Clause[]; quoted: boolean[] } {
	const quoted = quotedTokens(tokens);
	const groups = verbGroups(tokens);
	const groupAt = new Map(groups.map((g) => [g.from, g]));
	const clauses: Clause[] = [{ kind: 'main', tokens: [], opener: -1, group: null, parent: -1 }];
	const quote: Clause = { kind: 'quote', tokens: [], opener: -1, group: null, parent: -1 };
	let cur = 0;
	const open = (kind: ClauseKind, opener: number, parent: number, comma?: boolean) => {
		clauses.push({ kind, tokens: [], opener, group: null, parent, ...(comma ? { comma } : {}) });
		return clauses.length - 1;
	};
	const here = () => clauses[cur]!;
	const marker = discourseMarker(tokens);
	if (marker) {
		cur = open('adverbial', 0, 0);
		for (let k = 0; k < marker; k++) here().tokens.push(k);
		cur = 0;
	}
	// The comma inside a date, "October 18, 2008", separates nothing.
	const dateComma = (i: number) =>
		tokens[i]?.text === ',' &&
		tokens[i - 1]?.pos === 'NUM' &&
		/^\d{4}$/.test(tokens[i + 1]?.text ?? '');
	const commaAfter = (i: number) =>
		tokens.findIndex((x, k) => k > i && x.text === ',' && !dateComma(k));
	const lastComma = (c: Clause) => c.tokens.filter((k) => tokens[k]!.text === ',').at(-1) ?? -1;
	// A clause opened before the main clause has its verb ends at the next comma.
	// "a Palo Alto, Calif., software company": the commas around a state or country that
	// modifies a noun go with the noun phrase.
	const isName = (k: number) => tokens[k]?.pos === 'PROPN';
	const nounNext = (k: number) => /^(?:NOUN|ADJ)$/.test(tokens[k]?.pos ?? '');
	const placeInPhrase = (i: number) =>
		(isName(i - 1) && isName(i + 1) && tokens[i + 2]?.text === ',' && nounNext(i + 3)) ||
		(isName(i - 1) && tokens[i - 2]?.text === ',' && isName(i - 3) && nounNext(i + 1));
	// "cooperation in the transport, water, energy and park sectors": a comma between bare nouns
	// of a list, with more of the list after it, separates no clauses.
	// "On Sunday, Tanzanian police and FBI agents said": in an opening phrase, a list whose last
	// item is followed by a finite verb is the subject of that verb, and the comma ends the phrase.
	const listComma = (i: number, opening: boolean) => {
		const end = listEnd(tokens, groupAt, i);
		return end > 0 && (!opening || !groupAt.get(end)?.finite);
	};
	// Whether the past form `g` after the comma at `i` is the verb of main clause `c`, whose own
	// verb was a bare participle right after its noun, set off from here by an appositive.
	const laterVerb = (c: Clause, g: VerbGroup, i: number) => {
		const first = c.group;
		if (c.kind !== 'main' || !first || first.from !== first.to) return false;
		const verb = tokens[first.from]!;
		return (
			verb.pos === 'VERB' &&
			(/(?:ed|en)$/.test(verb.lower) || inflectedPast(verb)) &&
			/^(?:NOUN|PROPN)$/.test(tokens[first.from - 1]?.pos ?? '') &&
			c.tokens.some((k) => k < first.from && isNominal(tokens[k])) &&
			c.tokens.some((k) => k > first.to && k < i && tokens[k]!.text === ',') &&
			g.from === g.to &&
			/ed$/.test(tokens[g.head]!.lower) &&
			/^(?:DET|NUM|PRON|ADJ)$/.test(tokens[g.to + 1]?.pos ?? '')
		);
	};
	const closesAtComma = (c: Clause) =>
		c.kind === 'adverbial' ||
		(c.kind === 'aside' && !c.trailing) ||
		(c.kind === 'relative' && c.comma) ||
		// Inside an appositive, the appositive's comma ends it, and so does an opening phrase's:
		// "In the years that followed, the rebels …".
		(c.kind === 'relative' && clauses[c.parent]?.kind === 'aside' && !clauses[c.parent]!.dash) ||
		(c.kind === 'relative' &&
			clauses[c.parent]?.kind === 'adverbial' &&
			clauses[c.parent]!.parent === 0);

	for (let i = marker; i < tokens.length; i++) {
		const t = tokens[i]!;
		if (quoted[i]) {
			quote.tokens.push(i);
			if (!quote.group && groupAt.get(i)?.finite) quote.group = groupAt.get(i)!;
			continue;
		}
		if (here().until === i) cur = Math.max(0, here().parent);
		// Quotation marks belong to no clause: a title quotes whole quotations or none.
		if (isQuoteMark(tokens, i)) continue;
		const c = here();
		// The closing dash ends the aside and any clause opened inside it.
		let aside = isDash(tokens, i) ? cur : -1;
		while (aside >= 0 && !clauses[aside]!.dash) aside = clauses[aside]!.parent;
		if (aside >= 0) {
			cur = Math.max(0, clauses[aside]!.parent);
			continue;
		}
		if (isDash(tokens, i) && tokens.some((_, k) => k > i && isDash(tokens, k))) {
			cur = open('aside', -1, cur);
			here().dash = true;
			continue;
		}
		if (t.text === ';' || t.text === ':' || isDash(tokens, i)) {
			cur = open('coordinate', -1, -1);
			continue;
		}
		if (t.text === ',') {
			// 'made ``extraordinary discoveries,'' having determined': a comma set inside the closing
			// quotation marks separates what follows them.
			let after = i + 1;
			while (quoted[i - 1] && isQuoteMark(tokens, after)) after++;
			const next = tokens[after];
			// "the suit, in which the jury ruled": a preposition may come before the pronoun.
			const pronounAt =
				next?.pos === 'ADP' && /^(?:whom|whose|which)$/.test(tokens[after + 1]?.lower ?? '')
					? after + 1
					: after;
			const relativeNext = /^(?:who|whom|whose|which)$/.test(tokens[pronounAt]?.lower ?? '');
			if (dateComma(i) || placeInPhrase(i) || listComma(i, c.kind === 'adverbial')) {
				c.tokens.push(i);
				continue;
			}
			// "In cities, such as the capital Kabul, women …": examples set off by commas are an
			// aside of the noun before them.
			if (
				((next?.lower === 'such' && tokens[after + 1]?.lower === 'as') ||
					next?.lower === 'including') &&
				isNominal(tokens[i - 1])
			) {
				const close = commaAfter(i);
				if (close > i && !groups.some((x) => x.from > i && x.from < close && x.finite)) {
					cur = open('aside', -1, cur);
					here().until = close;
					continue;
				}
			}
			// ", if necessary,", ", if possible,", ", when needed,": an elliptical clause set off by
			// commas is an aside.
			if (
				/^(?:if|when|where|unless|though|although|while)$/.test(next?.lower ?? '') &&
				tokens[i + 2]?.text !== ',' &&
				[3, 4].some((n) => tokens[i + n]?.text === ',') &&
				!groups.some((x) => x.from > i && x.from < commaAfter(i + 1) && x.finite)
			) {
				if (closesAtComma(c)) cur = Math.max(0, c.parent);
				cur = open('aside', -1, cur);
				here().until = commaAfter(i + 1) + 1;
				continue;
			}
			// ", as expected,", ", as planned,": a set-off adverbial with no clause of its own.
			if (
				next?.lower === 'as' &&
				/(?:ed|en)$/.test(tokens[i + 2]?.lower ?? '') &&
				tokens[i + 3]?.text === ','
			) {
				if (closesAtComma(c)) cur = Math.max(0, c.parent);
				cur = open('aside', -1, cur);
				continue;
			}
			// "The Church, on October 18, 2008 accused": a date set off by one comma ends at its verb.
			if (next?.pos === 'ADP' && c.tokens.some((k) => isNominal(tokens[k])) && !c.group) {
				let k = i + 2;
				while (tokens[k] && (/^(?:PROPN|NUM|DET)$/.test(tokens[k]!.pos) || dateComma(k))) k++;
				if (k > i + 2 && groupAt.get(k)?.finite) {
					// "bombings in Nairobi, Kenya, on Aug. 7 killed": the comma closes an appositive first.
					if (closesAtComma(c)) cur = Math.max(0, c.parent);
					cur = open('aside', -1, cur);
					here().until = k;
					continue;
				}
			}
			const leading = clauses[c.parent];
			// "Considering that no treaty was signed, the Koreas …": the opening phrase and what it
			// holds end together at the comma.
			if (c.kind === 'complement' && leading?.kind === 'adverbial' && !clauses[0]!.group) {
				cur = Math.max(0, leading.parent);
				continue;
			}
			// "that while the rules require that he attend, it is unlikely": so do a clause set
			// before its verb's clause and the clauses of what it says.
			if (c.kind === 'complement' && c.group) {
				let up = c.parent;
				while (clauses[up]?.kind === 'complement') up = clauses[up]!.parent;
				const fronted = clauses[up];
				const owner = clauses[fronted?.parent ?? -1];
				if (fronted?.kind === 'subordinate' && owner && !owner.group && owner.kind !== 'main') {
					cur = fronted.parent;
					continue;
				}
			}
			if (closesAtComma(c) || (c.kind === 'subordinate' && leading && !leading.group)) {
				cur = Math.max(0, c.parent);
				// A relative clause inside an appositive ends the appositive with it: "The museum, a
				// building that is one of the oldest, has faced".
				if (
					(c.kind === 'relative' && here().kind === 'aside' && !here().group && !here().dash) ||
					(/^(?:relative|subordinate)$/.test(c.kind) &&
						here().kind === 'adverbial' &&
						here().parent === 0)
				)
					cur = Math.max(0, here().parent);
				// "Under the agreement, signed in 2019, the carrier": the comma may open an aside too,
				// unless a subject waits for its verb ("Smith, 54, joined").
				const waiting = !here().group && here().tokens.some((k) => isNominal(tokens[k]));
				// "On the first day of 2008, at midnight, the Republic …": openers may come in a row.
				const nextComma = commaAfter(i);
				if (
					c.kind === 'adverbial' &&
					next?.pos === 'ADP' &&
					nextComma > i &&
					!groups.some((x) => x.from > i && x.from < nextComma)
				) {
					cur = open('adverbial', i + 1, cur);
					continue;
				}
				// "would fail today, the 30th anniversary of the strike, a bitter dispute over pay.": so
				// may appositives of a date that ends the clause, up to the sentence's end.
				const rest = nextComma > i ? nextComma : tokens.length;
				if (
					c.kind === 'aside' &&
					!c.group &&
					/^(?:DET|ADJ)$/.test(next?.pos ?? '') &&
					!groups.some((x) => x.from > i && x.from < rest) &&
					(nextComma < 0 || tokens.slice(nextComma).every((x) => x.pos === 'PUNCT'))
				) {
					cur = open('aside', -1, cur);
					continue;
				}
				// "Prakash Shah, 58, a former ambassador, is …": asides may come in a row.
				// So may the halves of one: "Ratners, a fast-growing, acquisition-minded jeweler, raised".
				// "The 14 foreigners, six Iraqis, six Sudanese and a Turk, were": so may a list's items.
				const appositive =
					waiting &&
					/^(?:DET|ADJ|NOUN|NUM)$/.test(next?.pos ?? '') &&
					nextComma > i &&
					!groups.some((x) => x.from > i && x.from < nextComma && x.finite);
				if (appositive) {
					cur = open('aside', -1, cur);
					continue;
				}
				// "In the capital, which hosts the parade, he …": a relative clause after the phrase
				// is set off by commas too.
				if ((!groupAt.get(after) || groupAt.get(after)!.finite || waiting) && !relativeNext)
					continue;
			}
			const g = groupAt.get(after);
			if (relativeNext && isNominal(tokens[i - 1])) {
				cur = open('relative', pronounAt, cur, true);
				if (pronounAt > after) here().tokens.push(after);
				i = pronounAt;
				continue;
			}
			if (g && !g.finite && laterVerb(c, g, i)) {
				// "A law named for Sen. Jesse Helms, R-N.C., strengthened the embargo": the first verb
				// was a participle after its noun, and this one, with its object, is the clause's.
				const inner = open('relative', -1, cur);
				clauses[inner]!.tokens = c.tokens.splice(c.tokens.indexOf(c.group!.from));
				clauses[inner]!.group = { ...c.group!, finite: false };
				clauses[inner]!.reduced = true;
				c.group = { ...g, finite: true };
				continue;
			}
			if (g && !g.finite) {
				cur = open('aside', -1, cur);
				// "net was $10.5 million, compared with $10.3 million, or $1.02 a share, a year
				// earlier": a comparison takes the rest of the sentence.
				if (/^compared$/.test(tokens[g.head]!.lower) && c.parent < 0) here().trailing = true;
				continue;
			}
			// An appositive between the subject and its verb: "Her husband, a retired teacher, survives";
			// it may hold a participle ("The company, 98%-owned by Smith, said").
			// Its noun may take a relative clause: "The museum, a building that is one of the oldest,".
			const nextComma = commaAfter(i);
			// The relative clause holds the first finite verb after its pronoun; a second one is the
			// verb of the subject it restricts: "Three times, doctors whose names appeared … were killed".
			const inRelative = (x: VerbGroup) => {
				const pronoun = tokens.findIndex(
					(t, k) => k >= i + 2 && k < x.from && RELATIVE_PRONOUNS.has(t.lower),
				);
				return pronoun >= 0 && !groups.some((y) => y.finite && y.from > pronoun && y.from < x.from);
			};
			if (
				c.tokens.some((k) => isNominal(tokens[k])) &&
				!c.group &&
				nextComma > i &&
				!groups.some((x) => x.from > i && x.from < nextComma && x.finite && !inRelative(x))
			) {
				cur = open('aside', -1, cur);
				continue;
			}
			// An afterthought noun phrase: "Prices rose 3 percent, the biggest increase since 2008".
			const end = nextComma > i ? nextComma : tokens.length;
			if (
				c.group &&
				/^(?:DET|ADJ)$/.test(next?.pos ?? '') &&
				!groups.some((x) => x.from > i && x.from < end)
			) {
				cur = open('aside', -1, cur);
				continue;
			}
			c.tokens.push(i);
			continue;
		}
		const lower = t.lower;
		// An opening phrase up to its comma: "Under the deal,", "Founded in 1998,", "According to".
		// "But on April 8, investigators …": a connective first changes nothing.
		if (
			i - marker === c.tokens.length &&
			c.kind === 'main' &&
			// "Moreover, by setting …": a connective set off by its comma changes nothing either.
			c.tokens.every((k) => CONNECTIVES.has(tokens[k]!.lower) || tokens[k]!.text === ',') &&
			!CONNECTIVES.has(lower)
		) {
			const comma = tokens.findIndex((x, k) => k > i && x.text === ',');
			// "No matter how long it takes, we …", "Whatever the cost, we …": a concessive clause of
			// free choice opens the sentence up to its comma, verb and all, and tells no event.
			const concessive =
				(lower === 'no' && tokens[i + 1]?.lower === 'matter') ||
				/^(?:whatever|whoever|whichever|wherever|whenever)$/.test(lower);
			if (concessive && comma > i + 1 && comma < i + 12) {
				cur = open('adverbial', i, 0);
				for (let k = i; k <= comma; k++) here().tokens.push(k);
				i = comma;
				cur = 0;
				continue;
			}
			// A gerund read as the subject's first word ("Shipping line Maersk diverted …,") opens
			// no phrase: a finite verb before the comma makes the words up to it a clause.
			// "In the years that followed, the rebels …": a relative clause inside the phrase is the
			// noun's, not a clause before the comma.
			const finiteBefore = groups.some(
				(x) => x.from > i && x.from < comma && x.finite && !nounsRelative(tokens, x),
			);
			// "At least one of the sites was …": a quantifier, not an opening phrase.
			const quantifier =
				/^(?:at|up)$/.test(lower) && /^(?:least|most|to)$/.test(tokens[i + 1]?.lower ?? '');
			const startsPhrase =
				((t.pos === 'ADP' || t.pos === 'SCONJ') && !quantifier) ||
				(t.pos === 'VERB' &&
					groupAt.get(i) &&
					!groupAt.get(i)!.finite &&
					// "Considering that no treaty was signed, …": the verb before the comma is its object's.
					(!finiteBefore || /^(?:that|how|whether|what)$/.test(tokens[i + 1]?.lower ?? ''))) ||
				(t.pos === 'ADV' && tokens[i + 1]?.text === ',') ||
				// "Contrary to earlier reports,", "Unlike last year,": an adjective or adverb with its
				// preposition opens a phrase too.
				(/^(?:ADJ|ADV)$/.test(t.pos) &&
					/^(?:to|with|from|of)$/.test(tokens[i + 1]?.lower ?? '') &&
					!finiteBefore) ||
				// "Late in the day,", "Early on Monday,": a time adverb with its phrase.
				(/^(?:late|early|later|earlier)$/.test(lower) &&
					/^(?:in|on|at)$/.test(tokens[i + 1]?.lower ?? '') &&
					!finiteBefore) ||
				// "The day before the hearing,", "A week after the vote,": a time noun with its
				// "before" or "after" phrase dates the clause after the comma.
				(t.pos === 'DET' &&
					TIME_WORDS.has(tokens[i + 1]?.lower ?? '') &&
					/^(?:before|after|following)$/.test(tokens[i + 2]?.lower ?? '') &&
					!finiteBefore) ||
				// "Also Friday,", "Late Tuesday,": a day name, perhaps after an adverb, up to the comma.
				(TIME_WORDS.has(lower) && comma === i + 1) ||
				(/^(?:ADV|ADJ)$/.test(t.pos) &&
					TIME_WORDS.has(tokens[i + 1]?.lower ?? '') &&
					comma === i + 2);
			// "Since then,", "After the war,": a subordinator with no clause before the comma is a
			// preposition that opens a phrase.
			const phraseOnly = !SUBORDINATORS.has(lower) || !clauseFollows(tokens, groupAt, i);
			// "In 1983 she led the survey, and …": a clause of its own before the comma.
			const subject =
				SUBORDINATORS.has(lower) || (t.pos === 'ADP' && !quantifier)
					? subjectAfterPhrase(tokens, groupAt, i)
					: -1;
			if (comma > 0 && startsPhrase && phraseOnly && !(finiteBefore && subject > 0)) {
				cur = open('adverbial', i, 0);
				here().tokens.push(i);
				continue;
			}
			// "After the coup of 1966 the couple returned": without the comma, the phrase ends where a
			// second noun phrase, the subject, begins.
			if (subject > 0) {
				cur = open('adverbial', i, 0);
				here().tokens.push(i);
				here().until = subject;
				continue;
			}
		}
		// "Had the owners repaired the dam, …": an opening auxiliary before its subject is a
		// condition, as "if" would open.
		if (i === 0 && invertedCondition(tokens)) {
			cur = open('subordinate', i, cur);
			continue;
		}
		// "couldn't yet say if the prices would match": after a verb of saying or knowing, "if"
		// and "whether" ask an indirect question, which is what the verb says or knows.
		if (
			/^(?:if|whether)$/.test(lower) &&
			tokens[i - 1]?.pos === 'VERB' &&
			QUESTION_VERBS.has(tokens[i - 1]!.lemma) &&
			clauseFollows(tokens, groupAt, i)
		) {
			cur = open('complement', i, cur);
			continue;
		}
		// "Analysts are skeptical Provigo will …": an adjective of belief or doubt after "be"
		// takes what is believed, with or without "that".
		if (
			STANCE_ADJECTIVES.has(lower) &&
			c.group &&
			tokens[c.group.head]!.lemma === 'be' &&
			(isNominal(tokens[i + 1]) || tokens[i + 1]?.pos === 'DET') &&
			clauseFollows(tokens, groupAt, i)
		) {
			c.tokens.push(i);
			cur = open('complement', -1, cur);
			continue;
		}
		// "speaker after speaker", "day after day": a noun repeated around "after" is one phrase.
		if (
			/^(?:after|by|upon)$/.test(lower) &&
			/^(?:NOUN|PROPN)$/.test(tokens[i - 1]?.pos ?? '') &&
			tokens[i + 1]?.lower === tokens[i - 1]!.lower
		) {
			c.tokens.push(i);
			continue;
		}
		// "said when asked Thursday", "will open once completed": after the clause's verb, a
		// subordinator before a past participle opens a clause whose subject is the clause's.
		// So does "after being found", "before having signed": a gerund of "be" or "have".
		const elliptical =
			!!c.group &&
			/^(?:when|while|after|before|once|if|unless|though|although|since|upon)$/.test(lower) &&
			groupAt.has(i + 1) &&
			(/(?:ed|en)$/.test(tokens[i + 1]!.lower) ||
				(/^(?:being|having)$/.test(tokens[i + 1]!.lower) && groupAt.get(i + 1)!.to > i + 1));
		if (elliptical || (SUBORDINATORS.has(lower) && clauseFollows(tokens, groupAt, i))) {
			// "Even as", "shortly after", "only if": the adverb before the subordinator is its own.
			const focus = c.tokens.at(-1) === i - 1 && FOCUS_ADVERBS.has(tokens[i - 1]!.lower);
			if (focus) c.tokens.pop();
			cur = open('subordinate', i, cur);
			if (focus) here().tokens.push(i - 1);
			continue;
		}
		// "no explanation for why the bridge collapsed", "asked how the fire started": an indirect
		// question is what the clause before it asks or knows.
		if (
			INDIRECT_QUESTION.has(lower) &&
			c.group &&
			!/^(?:ADJ|ADV)$/.test(tokens[i + 1]?.pos ?? '') &&
			clauseFollows(tokens, groupAt, i) &&
			!(lower === 'what' && whatIsSubject(tokens, groupAt, i))
		) {
			cur = open('complement', i, cur);
			continue;
		}
		// "That was the biggest fall", "analysts said that is likely": "that" right before a
		// finite verb, with no noun before it, is a demonstrative and the verb's subject; a
		// complementizer would need a subject after it.
		if (lower === 'that' && groupAt.get(i + 1)?.finite && !isNominal(tokens[i - 1])) {
			if (c.group && REPORTING.has(tokens[c.group.head]!.lemma)) cur = open('complement', -1, cur);
			here().tokens.push(i);
			continue;
		}
		// "In Leeds that lesson was brought home": at the start of a clause, before its noun,
		// "that" is a determiner.
		if (
			lower === 'that' &&
			t.pos === 'DET' &&
			tokens[i + 1]?.pos === 'NOUN' &&
			// "But that option is …": after a connective too.
			c.tokens.every((k) => CONNECTIVES.has(tokens[k]!.lower)) &&
			c.kind === 'main'
		) {
			c.tokens.push(i);
			continue;
		}
		// "noted that over the past 20 years, Fournier has built": a complement may open on a
		// phrase of its own, set off by a comma.
		if (lower === 'that' && c.group && tokens[i + 1]?.pos === 'ADP') {
			const comma = commaAfter(i);
			if (comma > i && comma < i + 12 && clauseFollows(tokens, groupAt, comma)) {
				cur = open('complement', i, cur);
				cur = open('adverbial', i + 1, cur);
				here().until = comma + 1;
				continue;
			}
		}
		// "said that while the subpoena requires it, an appearance is unlikely": so may a clause of
		// its own, which then opens inside what was said.
		if (
			lower === 'that' &&
			c.group &&
			REPORTING.has(tokens[c.group.head]!.lemma) &&
			/^(?:while|although|though|if|when|because|unless|as|once|since|before|after)$/.test(
				tokens[i + 1]?.lower ?? '',
			)
		) {
			const comma = commaAfter(i);
			if (comma > i && comma < i + 25 && clauseFollows(tokens, groupAt, comma)) {
				cur = open('complement', i, cur);
				continue;
			}
		}
		if (RELATIVE_PRONOUNS.has(lower) && clauseFollows(tokens, groupAt, i, true)) {
			const before = tokens[i - 1];
			const g = groupAt.get(i + 1);
			// "said that", "confidence that": what follows is what was said or believed.
			// After a noun, "that" with its verb right after it is the subject of a relative clause:
			// "a statement [that was sent to members]", not what the statement says.
			// "said earlier this week that …": after a reporting verb and its date, "that" opens
			// what was said.
			// So after any verb and its date: "ruled last month that …", "decided on Monday that".
			// A participle after its noun ("a letter published Wednesday that …") reports nothing.
			const datedReport =
				!!c.group &&
				c.group.finite &&
				!c.reduced &&
				tokens[c.group.head]!.pos === 'VERB' &&
				tokens[c.group.to + 1]?.lower !== 'the' &&
				dateBetween(tokens, c.group.to, i) &&
				tokens
					.slice(c.group.to + 1, i)
					.every((x) => /^(?:ADV|ADJ|DET|NOUN|PROPN|NUM|ADP)$/.test(x.pos));
			// "assured the council that …": after the one told, "that" opens what was told.
			const told =
				!!c.group &&
				LISTENER_VERBS.has(tokens[c.group.head]!.lemma) &&
				i - c.group.to <= 8 &&
				// "informed White House Chief of Staff John Sununu that …": an office and a name.
				tokens
					.slice(c.group.to + 1, i)
					.every((x) => /^(?:DET|ADJ|NOUN|PROPN|PRON|PART)$/.test(x.pos) || x.lower === 'of');
			const content =
				lower === 'that' &&
				(!isNominal(before) ||
					datedReport ||
					told ||
					((OPINION_NOUNS.has(before!.lower) || CONTENT_NOUNS.has(before!.lower)) && !g) ||
					// "said in a statement that …"; but "noted the role [that volunteers played]" has
					// the verb's object, which "that" restricts.
					(c.group &&
						REPORTING.has(tokens[c.group.head]!.lemma) &&
						!g &&
						tokens.slice(c.group.to + 1, i).some((x) => x.pos === 'ADP')));
			if (lower === 'that' && !content && !isNominal(before)) {
				c.tokens.push(i);
				continue;
			}
			// "said in a letter published Wednesday that he wants …": after a participle's date,
			// "that" opens what the reporting clause said.
			const holder = clauses[c.parent];
			const reportedAfter =
				lower === 'that' &&
				c.reduced &&
				!!c.group &&
				!!holder?.group &&
				REPORTING.has(tokens[holder.group.head]!.lemma) &&
				dateBetween(tokens, c.group.to, i);
			if (reportedAfter) {
				cur = open('complement', i, c.parent);
				continue;
			}
			cur = open(content ? 'complement' : 'relative', i, cur);
			continue;
		}
		// "in the late 1980s and early 1990s": "and" between dates joins the dates.
		if (
			COORDINATORS.has(lower) &&
			/^\d{4}s?$/.test(tokens[i - 1]?.text ?? '') &&
			(/^\d{4}s?$/.test(tokens[i + 1]?.text ?? '') ||
				/^(?:early|late|mid)$/.test(tokens[i + 1]?.lower ?? ''))
		) {
			c.tokens.push(i);
			continue;
		}
		// "…, Red Cross and ambulance officials said": after the comma that ends a clause, "and"
		// between names before a reporting verb joins the speakers of the attribution.
		if (COORDINATORS.has(lower) && c.group) {
			const comma = lastComma(c);
			const g = groupAt.get(i + 1) ?? groups.find((x) => x.from > i && x.from <= i + 4);
			if (
				comma > c.group.to &&
				i - comma >= 2 &&
				i - comma <= 4 &&
				tokens.slice(comma + 1, i).every((x) => /^(?:PROPN|NOUN|ADJ|DET)$/.test(x.pos)) &&
				g?.finite &&
				REPORTING.has(tokens[g.head]!.lemma) &&
				tokens.slice(i + 1, g.from).every((x) => /^(?:PROPN|NOUN|ADJ|DET)$/.test(x.pos)) &&
				tokens[g.to + 1]?.pos !== 'DET'
			) {
				c.tokens.push(i);
				continue;
			}
		}
		// "A statement, drafted by the mayor and approved by the council,": in a participle phrase
		// without a subject, "and" before another participle joins the two in one phrase.
		if (
			lower === 'and' &&
			c.group &&
			!c.group.finite &&
			c.tokens[0] === c.group.from &&
			pastParticiple(tokens[c.group.head]!) &&
			groupAt.get(i + 1)?.from === groupAt.get(i + 1)?.to &&
			pastParticiple(tokens[i + 1]!) &&
			tokens[i + 2]?.pos === 'ADP'
		) {
			c.tokens.push(i, i + 1);
			i++;
			continue;
		}
		// Inside the agent of a participle ("conducted by the FBI and the bureau …"), "and" joins
		// noun phrases while a finite verb is still to come.
		if (
			COORDINATORS.has(lower) &&
			c.group &&
			!(
				c.group.from === c.group.to &&
				groups.some((x) => x.from > i && x.finite && agentPhrase(tokens, c.group!.from, x.from))
			)
		) {
			const g = groupAt.get(i + 1);
			// "…, and by February a thousand soldiers had died": a coordinated clause may open on
			// an adverbial of its own.
			// "…, but confirming its distance took a year": a gerund may be the subject.
			const gerund =
				!!g && !g.finite && /ing$/.test(tokens[g.head]!.lower) && finiteSoon(tokens, groupAt, g.to);
			// "…, White House and Republican sources said": names after a comma that "and" joins
			// are the subject of the report that closes the sentence.
			const joinsNames = nounsSinceComma(tokens, i) > (c.group?.to ?? -1);
			if (
				!joinsNames &&
				((g && g.finite) || gerund || clauseFollows(tokens, groupAt, i, false, true))
			) {
				const shares = g && g.finite ? cur : undefined;
				cur = open('coordinate', i, c.parent);
				if (shares !== undefined) here().shares = shares;
				continue;
			}
		}
		const g = groupAt.get(i);
		if (g) {
			const head = tokens[g.head]!;
			// "…, an official said Friday": a reporting verb after a comma, with its subject only,
			// attributes what came before (even when the tagger missed that part's verb).
			const attribution =
				!c.group &&
				g.finite &&
				REPORTING.has(head.lemma) &&
				lastComma(c) >= 3 &&
				i - lastComma(c) <= 5 &&
				c.parent < 0;
			if ((c.group && g.finite) || attribution) {
				// "Moskal said one of the men _ he did not know which _ had been located": what a
				// reporting verb's subject-like words and a later verb form is what was said, even
				// with an aside between them.
				const reported =
					c.group && REPORTING.has(tokens[c.group.head]!.lemma)
						? c.tokens.filter((k) => k > c.group!.to)
						: [];
				const said =
					reported.length && takesBareClause(tokens, tokens[c.group!.head]!.lemma, reported[0]!)
						? reported
						: [];
				// "the largest reward [the government has ever offered]"
				const contact = contactSubject(tokens, c, g);
				/** Opens a clause of `kind` with `g` as its verb, from token `from` of this one. */
				const splitAt = (kind: ClauseKind, from: number) => {
					cur = open(kind, -1, cur);
					here().tokens = c.tokens.splice(c.tokens.indexOf(from));
					here().group = g;
				};
				// A second verb ends a restrictive relative clause: "The tanker that ran aground spilled".
				const relative = clauses[c.parent];
				if (c.kind === 'relative' && !c.comma && c.parent >= 0 && !clauses[c.parent]!.group) {
					cur = c.parent;
					here().group = g;
				} else if (
					// "residents who said they opposed the plan attacked …": so does one after what the
					// relative clause reported.
					c.kind === 'complement' &&
					c.opener < 0 &&
					relative?.kind === 'relative' &&
					!relative.comma &&
					relative.parent >= 0 &&
					!clauses[relative.parent]!.group &&
					tokens[g.from - 1]?.pos === 'NOUN'
				) {
					cur = relative.parent;
					here().group = g;
				} else if (
					said.some((k) => isNominal(tokens[k])) &&
					said.every(
						(k) =>
							(SUBJECT_WORD.test(tokens[k]!.pos) && !/^[,;:]$/.test(tokens[k]!.text)) ||
							// "a scope-equipped rifle": a word joined by a hyphen is part of the noun phrase.
							hyphenated(tokens, k),
					)
				)
					splitAt('complement', said[0]!);
				else if (contact >= 0 && c.kind === 'subordinate' && !clauses[c.parent]?.group) {
					// "that once the storm passes the coast it will begin …": a subject and a finite
					// verb after a condition's clause, before the clause it conditions has a verb, are
					// that clause's.
					cur = c.parent;
					here().tokens.push(...c.tokens.splice(c.tokens.indexOf(contact)));
					here().group = g;
				} else if (contact >= 0) splitAt('relative', contact);
				else {
					const relative = relativeBefore(tokens, c, g);
					if (datedParticiple(tokens, c, g)) {
						// "to lift the temporary ban issued Thursday and also order …": a past form right
						// after the object, with only its date before the clause goes on, is a participle
						// that says which ban.
						cur = open('relative', -1, cur);
						here().group = { ...g, finite: false };
						here().reduced = true;
					} else if (relative) {
						// "The warrant issued Monday charged Kopp", "the jobs he has held since 1980 have
						// been …": the first verb was in a relative clause that ends at the second verb,
						// which is the clause's own.
						const inner = open('relative', -1, cur);
						clauses[inner]!.tokens = c.tokens.splice(c.tokens.indexOf(relative.from));
						clauses[inner]!.group = c.group;
						if (relative.reduced) clauses[inner]!.reduced = true;
						c.group = g;
					} else {
						// "…, an official said Friday": a comma splice starts a clause of its own. One that
						// closes the sentence with a report attributes the whole sentence, however deep
						// the clause before it ("Ortiz said he would go if …, the minister said Sunday").
						const after = (k: number) => tokens[k]!.text === ',' && (!c.group || k > c.group.to);
						let comma = c.tokens.length - 1;
						while (comma >= 0 && !after(c.tokens[comma]!)) comma--;
						// "…, prompting an effort to keep his job, sources said": the comma closed an
						// aside, and the names after it are the report's subject.
						const since = nounsSinceComma(tokens, g.from);
						const from =
							comma >= 0
								? comma + 1
								: since > (c.group?.to ?? -1)
									? c.tokens.findIndex((k) => k > since)
									: -1;
						cur = open('coordinate', -1, closingReport(tokens, g) ? -1 : c.parent);
						if (from >= 0) here().tokens.push(...c.tokens.splice(from));
						here().group = g;
					}
				}
			} else if (
				// "Sources who spoke on condition of anonymity said that …": a verb of saying with its
				// "that" is no participle; after a restrictive relative clause, it is its noun's verb.
				c.kind === 'relative' &&
				!c.comma &&
				c.group &&
				clauses[c.parent] &&
				!clauses[c.parent]!.group &&
				REPORTING.has(head.lemma) &&
				tokens[g.to + 1]?.lower === 'that'
			) {
				cur = c.parent;
				here().group = { ...g, finite: true };
			} else if (
				c.group &&
				!g.finite &&
				g.from === g.to &&
				/^(?:NOUN|PROPN)$/.test(tokens[i - 1]?.pos ?? '') &&
				(/(?:ed|en)$/.test(head.lower) || inflectedPast(head))
			) {
				// "held the record for a galaxy [found in 2016]": a participle after a noun, once the
				// clause has its verb, modifies that noun.
				cur = open('relative', -1, cur);
				here().group = g;
				here().reduced = true;
			} else if (
				!c.group &&
				c.kind !== 'main' &&
				!g.finite &&
				g.from === g.to &&
				/^(?:NOUN|PROPN)$/.test(tokens[i - 1]?.pos ?? '') &&
				/(?:ed|en)$/.test(head.lower) &&
				groups.some((x) => x.from > g.to && x.from <= g.to + 10 && x.finite)
			) {
				// "said the discovery of a rifle [buried near the house] represented …": in a clause
				// still waiting for its verb, a participle after a noun describes the noun.
				cur = open('relative', -1, cur);
				here().group = g;
				here().reduced = true;
			} else if (!c.group && (g.finite || c.kind !== 'main')) c.group = g;
			else if (!c.group && c.kind === 'main' && c.tokens.some((k) => isNominal(tokens[k])))
				c.group = g;
			for (let k = g.from; k <= g.to; k++) here().tokens.push(k);
			i = g.to;
			// "GM said it lost", "GM said on Monday it lost": a reporting or belief verb takes a
			// clause without "that", after at most a date of its own.
			if (REPORTING.has(head.lemma) || OPINION_VERBS.has(head.lemma)) {
				let k = i;
				if (tokens[k + 1]?.pos === 'ADP')
					for (k++; k < i + 4 && /^(?:PROPN|NUM)$/.test(tokens[k + 1]?.pos ?? ''); k++);
				// "said Tuesday his government …": a bare day is the report's own date.
				else if (DAY_NAMES.has(tokens[k + 1]?.lower ?? '')) k++;
				// "told U.S. officials it is worried": the one told comes before what was said.
				// Without a clause after the one told ("told a news conference that …"), the words
				// after the verb are the one told, not what was said.
				let unheard = false;
				if (LISTENER_VERBS.has(head.lemma) && k === i) {
					const subject = listenerEnd(tokens, groupAt, k);
					if (subject > k + 1) k = subject - 1;
					else unheard = true;
				}
				// A preposition without its date ("said on") opens nothing.
				const bareAdp = k === i + 1 && tokens[k]!.pos === 'ADP';
				if (!bareAdp && !unheard) {
					const next = tokens[k + 1];
					// "said last month's discovery … represented": an adjective may open the subject.
					// "said on Friday that …" has its complementizer, which opens the clause itself.
					if (
						takesBareClause(tokens, head.lemma, k + 1) &&
						next?.lower !== 'that' &&
						(isNominal(next) || next?.pos === 'DET' || next?.pos === 'ADJ') &&
						clauseFollows(tokens, groupAt, k)
					) {
						for (let x = i + 1; x <= k; x++) here().tokens.push(x);
						i = k;
						cur = open('complement', -1, cur);
					}
				}
			}
			continue;
		}
		c.tokens.push(i);
	}
	quotedPredicate(tokens, clauses, quote, groupAt);
	if (quote.tokens.length) clauses.push(quote);
	reattachPredicate(tokens, clauses);
	cleft(tokens, clauses);
	return { clauses, quoted };
}

/**
 * 'Rival banks "are chasing the same clients," she said', 'Ms. Rowe says the merger "changes
 * nothing"': a quotation that opens on a finite verb right after a noun with no verb of its own is
 * that noun's predicate, quoted; it joins the noun's clause (after a reporting verb, as what was
 * reported) and leaves the quotation.
 */
function quotedPredicate(
	tokens: Token[],
	clauses: Clause[],
	quote: Clause,
	groupAt: Map<number, VerbGroup>,
): void {
	const first = quote.tokens[0];
	const g = first === undefined ? undefined : groupAt.get(first);
	if (first === undefined || !g?.finite) return;
	let before = first - 1;
	while (before >= 0 && isQuoteMark(tokens, before)) before--;
	if (before === first - 1) return;
	const run: number[] = [];
	for (let k = first; quote.tokens.includes(k); k++) run.push(k);
	// 'A statement, drafted by the mayor, "regrets …"': after an aside set off between the
	// subject and its verb, the quotation is the verb the subject waits for.
	const main = clauses[0]!;
	const holder = clauses.findIndex((c) => c.tokens.includes(before));
	const c = clauses[holder];
	if (
		tokens[before]?.text === ',' &&
		!main.group &&
		main.tokens.some((k) => isNominal(tokens[k])) &&
		clauses.some((x) => x.kind === 'aside' && x.parent === 0 && x.tokens.includes(before - 1))
	) {
		main.tokens.push(...run);
		main.group = g;
	} else if (!c || !/^(?:NOUN|PROPN)$/.test(tokens[before]?.pos ?? '')) return;
	else if (!c.group && c.tokens.at(-1) === before) {
		c.tokens.push(...run);
		c.group = g;
	} else if (
		c.group &&
		c.group.from > run.at(-1)! &&
		c.kind === 'complement' &&
		c.parent >= 0 &&
		c.tokens.some((k) => k > run.at(-1)! && k < c.group!.from && tokens[k]!.pos === 'CCONJ')
	) {
		// 'Hale said that floods in Kent "show that …," and called for …': the verb after the
		// conjunction is the reporter's second predicate, and the quotation the reported one's.
		const after = c.tokens.filter((k) => k > run.at(-1)!);
		const and = after.find((k) => tokens[k]!.pos === 'CCONJ')!;
		clauses.push({
			kind: 'coordinate',
			tokens: after.filter((k) => k > and),
			opener: and,
			group: c.group,
			parent: clauses[c.parent]!.parent,
			shares: c.parent,
		});
		c.tokens = [...c.tokens.filter((k) => k < first), ...run];
		c.group = g;
	} else if (c.group && c.group.from > run.at(-1)! && c.parent < 0) {
		// '…," she said': the words after the quotation attribute it.
		const attribution = c.tokens.filter((k) => k > run.at(-1)!);
		c.tokens = [...c.tokens.filter((k) => k < first), ...run];
		clauses.push({
			kind: 'coordinate',
			tokens: attribution,
			opener: -1,
			group: c.group,
			parent: -1,
		});
		c.group = g;
	} else if (c.group && REPORTING.has(tokens[c.group.head]!.lemma)) {
		// The subject may be a gerund's phrase ("said that placing Bin Laden on the list
		// “underscores …” of the country"); words after the quotation go on with its predicate.
		let said = c.tokens.filter((k) => k > c.group!.to && k < first);
		const opener = tokens[said[0] ?? -1]?.lower === 'that' ? said.shift()! : -1;
		const after = c.tokens.filter((k) => k > run.at(-1)!);
		const subjectWord = (k: number) =>
			/^(?:DET|ADJ|NOUN|PROPN|NUM|PART|ADP)$/.test(tokens[k]!.pos) ||
			(tokens[k]!.pos === 'VERB' && /ing$/.test(tokens[k]!.lower) && k === said[0]);
		if (!said.length || !said.every(subjectWord) || tokens[said[0]!]!.pos === 'ADP') return;
		c.tokens = c.tokens.filter((k) => k <= c.group!.to);
		said = [...said, ...run, ...after];
		clauses.push({ kind: 'complement', tokens: said, opener, group: g, parent: holder });
	} else return;
	quote.tokens = quote.tokens.filter((k) => k > run.at(-1)!);
	quote.group = quote.tokens.map((k) => groupAt.get(k)).find((x) => x?.finite) ?? null;
}

/**
 * Whether `c` is a relative clause without "that" that restricts a quantifier ("all [we can]",
 * "everything [they owned]"): the quantifier says nothing without it.
 */
export const restrictsQuantifier = (tokens: Token[], c: Clause) =>
	c.kind === 'relative' &&
	c.opener < 0 &&
	QUANTIFIER_PRONOUNS.has(tokens[c.tokens[0]! - 1]?.lower ?? '');

/** Whether verb group `g` opens a relative clause of the noun before it ("the years that followed"). */
const nounsRelative = (tokens: Token[], g: VerbGroup) =>
	/^(?:that|which|who|whom|when|where)$/.test(tokens[g.from - 1]?.lower ?? '') &&
	/^(?:NOUN|PROPN)$/.test(tokens[g.from - 2]?.pos ?? '');

/** A past participle's form: "drafted", "taken", or an irregular past such as "sent". */
const pastParticiple = (t: Token) => /(?:ed|en)$/.test(t.lower) || inflectedPast(t);

/**
 * Whether the finite-looking verb `g` of clause `c` is a participle after the clause's object:
 * a single past form right after a noun that follows the clause's own verb, then only words of
 * a date up to a coordinator, a comma or the sentence's end ("lift the ban issued Thursday and").
 */
function datedParticiple(tokens: Token[], c: Clause, g: VerbGroup): boolean {
	if (!c.group || g.from !== g.to || g.from <= c.group.to + 1) return false;
	const verb = tokens[g.from]!;
	if (!pastParticiple(verb) || !/^(?:NOUN|PROPN)$/.test(tokens[g.from - 1]?.pos ?? ''))
		return false;
	// "…, a spokesman said on Friday": a verb of saying, or one after a comma, opens a clause.
	if (REPORTING.has(verb.lemma)) return false;
	if (tokens.slice(c.group.to + 1, g.from).some((t) => t.pos === 'PUNCT')) return false;
	// "said the plan collapsed Monday": after a verb of saying or thinking it is what was said.
	if (
		REPORTING.has(tokens[c.group.head]!.lemma) ||
		BARE_COMPLEMENT.has(tokens[c.group.head]!.lemma)
	)
		return false;
	let k = g.to + 1;
	while (k < tokens.length && (DATING_WORDS.has(tokens[k]!.lower) || tokens[k]!.pos === 'NUM')) k++;
	const next = tokens[k];
	return k > g.to + 1 && (!next || /^(?:CCONJ|PUNCT)$/.test(next.pos));
}

/**
 * Whether a reporting verb group ends the sentence, with at most its date or an adverb after it:
 * "…, the minister said Sunday."
 */
function closingReport(tokens: Token[], g: VerbGroup): boolean {
	if (!REPORTING.has(tokens[g.head]!.lemma)) return false;
	const rest = tokens.slice(g.to + 1);
	return (
		rest.length <= 4 &&
		rest.every((t) => /^(?:PROPN|NOUN|ADV|NUM|PUNCT)$/.test(t.pos) && !/^[,;:]$/.test(t.text))
	);
}

/**
 * Whether the relative clause opened at `at` ("who was wounded in the attack") is followed, before
 * any comma, by a second finite verb after a noun: the verb of the noun phrase it belongs to.
 */
function secondVerbAfterRelative(
	tokens: Token[],
	groupAt: Map<number, VerbGroup>,
	at: number,
): boolean {
	let own: VerbGroup | undefined;
	for (let k = at + 1; k < Math.min(tokens.length, at + 14); k++) {
		if (/^[,;:]$/.test(tokens[k]!.text) || isQuoteMark(tokens, k)) return false;
		const g = groupAt.get(k);
		if (!g?.finite) continue;
		if (!own) {
			own = g;
			k = g.to;
			continue;
		}
		return /^(?:NOUN|PROPN|NUM)$/.test(tokens[k - 1]!.pos);
	}
	return false;
}

/**
 * How many tokens open the sentence as a marker of talk ("You know, …", "I mean, …", "Mind you,
 * …"): they address the listener and belong to no clause of what is told.
 */
export function discourseMarker(tokens: Token[]): number {
	const [a, b, c] = [tokens[0]?.lower, tokens[1]?.lower, tokens[2]?.lower];
	const pair = `${a} ${b}`;
	if (/^(?:you know|you see|mind you)$/.test(pair) && c === ',') return 3;
	if (pair === 'i mean') return c === ',' ? 3 : 2;
	return 0;
}

/**
 * "stand up for what he thinks is right": "what" is the subject of a verb after the clause of
 * thinking or saying set inside it, so the words after it are no indirect question to open.
 */
function whatIsSubject(tokens: Token[], groupAt: Map<number, VerbGroup>, at: number): boolean {
	for (let k = at + 1; k < Math.min(tokens.length, at + 8); k++) {
		const g = groupAt.get(k);
		if (!g) continue;
		const next = groupAt.get(g.to + 1);
		return !!next?.finite && g.finite;
	}
	return false;
}

/**
 * "It was not until Tuesday that Castro revealed …", "It was in 1920 that the mill opened": a cleft
 * sentence states its news in the "that" clause; "it was … Tuesday" only focuses the date. The
 * "that" clause becomes the main one, and the focus an adverbial inside it.
 */
function cleft(tokens: Token[], clauses: Clause[]): void {
	const main = clauses[0]!;
	const words = main.tokens.filter((k) => !CONNECTIVES.has(tokens[k]!.lower));
	if (tokens[words[0]!]?.lower !== 'it' || !main.group) return;
	if (tokens[main.group.head]!.lemma !== 'be' || words[1] !== main.group.from) return;
	// "not until Tuesday": the focus may be read as a clause of "until" without a verb.
	const inFocus = (c: Clause | undefined) =>
		!!c && c.parent === 0 && !c.group && /^(?:subordinate|adverbial)$/.test(c.kind);
	const that = clauses.findIndex(
		(c) =>
			(c.parent === 0 || inFocus(clauses[c.parent])) &&
			c.kind === 'relative' &&
			tokens[c.opener]?.lower === 'that' &&
			c.group,
	);
	// The focus is a time or a phrase with a preposition, not a noun ("It was a plan that failed").
	const focus = [
		...main.tokens.filter((k) => k > main.group!.to),
		...clauses.filter(inFocus).flatMap((c) => [c.opener, ...c.tokens]),
	];
	const timed = focus.some((k) => /^(?:ADP|NUM|PROPN)$/.test(tokens[k]!.pos));
	if (that < 0 || !timed) return;
	clauses[that] = { ...clauses[that]!, kind: 'main', parent: -1 };
	clauses[0] = { ...main, kind: 'adverbial', parent: that };
	clauses.forEach((c, k) => {
		if (k !== that && k !== 0 && c.parent === 0 && c.kind !== 'relative' && !inFocus(c))
			c.parent = that;
	});
}

/**
 * "President Bush, asked whether he was glad, replied: …", "Baker, speaking on ABC's “This
 * Week,” said …": when an aside after the subject swallowed the rest and the main clause found
 * no verb, its predicate is the last one after a comma that starts its clause with the verb (no
 * subject or opener of its own, and not a gerund, which would be the aside's).
 */
function reattachPredicate(tokens: Token[], clauses: Clause[]): void {
	const main = clauses[0]!;
	if (main.group || !main.tokens.some((k) => isNominal(tokens[k]))) return;
	const afterComma = (i: number) => {
		let k = i - 1;
		while (k >= 0 && isQuoteMark(tokens, k)) k--;
		return tokens[k]?.text === ',';
	};
	let pick = -1;
	clauses.forEach((c, k) => {
		if (
			k > 0 &&
			c.group &&
			c.opener < 0 &&
			(c.kind === 'aside' || c.kind === 'coordinate') &&
			c.tokens[0] === c.group.from &&
			afterComma(c.group.from) &&
			!/ing$/.test(tokens[c.group.from]!.lower) &&
			/^(?:VERB|AUX)$/.test(tokens[c.group.head]!.pos)
		)
			pick = k;
	});
	if (pick < 0) return;
	const c = clauses[pick]!;
	main.group = { ...c.group!, finite: true };
	main.tokens = [...main.tokens, ...c.tokens].sort((a, b) => a - b);
	c.tokens = [];
	c.group = null;
	clauses.forEach((x) => {
		if (x.parent === pick) x.parent = 0;
	});
}
