/**
 * A sentence's clauses from its tagged tokens: where subordinate, relative and reported clauses
 * open and close, which clause is the main one, and which words are quoted.
 */
import {
	CONTENT_NOUNS,
	COORDINATORS,
	OPINION_NOUNS,
	OPINION_VERBS,
	REPORTING,
	RELATIVE_PRONOUNS,
	SUBORDINATORS,
} from './lexicon.ts';
import type { Token } from './tagSentence.ts';
import { verbGroups, type VerbGroup } from './verbGroups.ts';

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
}

// Every sentence of a document is segmented, so the helpers below live at module level (a
// closure per call costs more than the work it does) and test parts of speech against sets.
const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);
const isNominal = (t: Token | undefined) => !!t && NOMINAL.has(t.pos);
// A subject may hold an "of" phrase: "that the Church of Scientology has begun".
const SUBJECT_WORD = new Set([...NOMINAL, 'DET', 'ADJ', 'PART', 'ADV', 'PUNCT', 'ADP']);
const DATE_WORD = new Set(['PROPN', 'NUM', 'DET']);
/** A dash between words opens or closes an aside; a hyphen inside a word ("24-year-old") does not. */
const isDash = (tokens: Token[], i: number) => {
	const t = tokens[i]!;
	if (t.text === '—' || t.text === '–' || t.text === '--') return true;
	return (
		t.text === '-' &&
		(tokens[i - 1]?.end ?? 0) < t.start &&
		(tokens[i + 1]?.start ?? Infinity) > t.end
	);
};

/** The comma inside a date, "October 18, 2008", separates nothing. */
const dateComma = (tokens: Token[], i: number) =>
	tokens[i]?.text === ',' &&
	tokens[i - 1]?.pos === 'NUM' &&
	/^\d{4}$/.test(tokens[i + 1]?.text ?? '');

/** The first comma after `i` that separates something, or -1. */
function commaAfter(tokens: Token[], i: number): number {
	for (let k = i + 1; k < tokens.length; k++)
		if (tokens[k]!.text === ',' && !dateComma(tokens, k)) return k;
	return -1;
}

function lastComma(tokens: Token[], c: Clause): number {
	for (let k = c.tokens.length - 1; k >= 0; k--)
		if (tokens[c.tokens[k]!]!.text === ',') return c.tokens[k]!;
	return -1;
}

/** A clause opened before the main clause has its verb ends at the next comma. */
const closesAtComma = (c: Clause) =>
	c.kind === 'adverbial' || c.kind === 'aside' || (c.kind === 'relative' && c.comma);

/** Opens a clause inside `parent` and gives its index. */
function open(
	clauses: Clause[],
	kind: ClauseKind,
	opener: number,
	parent: number,
	comma?: boolean,
): number {
	clauses.push({ kind, tokens: [], opener, group: null, parent, ...(comma ? { comma } : {}) });
	return clauses.length - 1;
}

/** Which tokens sit inside quotation marks; straight quotes pair up in order. */
function quotedTokens(tokens: Token[]): boolean[] {
	const out = tokens.map(() => false);
	let open = false;
	tokens.forEach((t, i) => {
		if (t.text === '“' || (t.text === '"' && !open)) open = true;
		else if (t.text === '”' || (t.text === '"' && open)) open = false;
		else out[i] = open;
	});
	return out;
}

/**
 * Whether a subject and a finite verb follow `i` before the next comma ("after [the storm passed]"),
 * or, with `verbFirst`, a finite verb right away ("which [opened]").
 */
function clauseFollows(
	tokens: Token[],
	groupAt: Map<number, VerbGroup>,
	i: number,
	verbFirst = false,
): boolean {
	for (let j = i + 1; j < Math.min(tokens.length, i + 9); j++) {
		const t = tokens[j]!;
		if (/^[,;:]$/.test(t.text) || isDash(tokens, j)) return false;
		const g = groupAt.get(j);
		if (g) {
			const subject = tokens.slice(i + 1, j);
			return (
				g.finite &&
				((verbFirst && !subject.length) ||
					((subject.some(isNominal) || /^(?:either|neither|both)$/.test(subject[0]?.lower ?? '')) &&
						// "Kenya and Tanzania signed", but not "an analyst and rose".
						subject.every(
							(x, k) =>
								SUBJECT_WORD.has(x.pos) ||
								(x.pos === 'CCONJ' &&
									(k === 0 || (k < subject.length - 1 && isNominal(subject[k + 1])))),
						)))
			);
		}
		if (t.pos === 'ADP' && j === i + 1) return false;
	}
	return false;
}

/** Splits a tagged sentence into clauses; the first top-level clause with a verb is the main one. */
export function segmentClauses(tokens: Token[]): { clauses: Clause[]; quoted: boolean[] } {
	const quoted = quotedTokens(tokens);
	const groups = verbGroups(tokens);
	const groupAt = new Map(groups.map((g) => [g.from, g]));
	const clauses: Clause[] = [{ kind: 'main', tokens: [], opener: -1, group: null, parent: -1 }];
	const quote: Clause = { kind: 'quote', tokens: [], opener: -1, group: null, parent: -1 };
	let cur = 0;
	// Whether a dash follows token i: one more dash closes an aside that a dash opens.
	let lastDash = -1;
	for (let k = 0; k < tokens.length; k++) if (isDash(tokens, k)) lastDash = k;
	// The first comma of the sentence that is a token of its own, for an opening phrase.
	const firstComma = tokens.findIndex((x) => x.text === ',');

	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i]!;
		if (quoted[i]) {
			quote.tokens.push(i);
			if (!quote.group && groupAt.get(i)?.finite) quote.group = groupAt.get(i)!;
			continue;
		}
		if (clauses[cur]!.until === i) cur = Math.max(0, clauses[cur]!.parent);
		// Quotation marks belong to no clause: a title quotes whole quotations or none.
		if (/^["“”]$/.test(t.text)) continue;
		const c = clauses[cur]!;
		if (isDash(tokens, i) && c.dash) {
			cur = Math.max(0, c.parent);
			continue;
		}
		if (isDash(tokens, i) && lastDash > i) {
			cur = open(clauses, 'aside', -1, cur);
			clauses[cur]!.dash = true;
			continue;
		}
		if (t.text === ';' || t.text === ':' || isDash(tokens, i)) {
			cur = open(clauses, 'coordinate', -1, -1);
			continue;
		}
		if (t.text === ',') {
			const next = tokens[i + 1];
			if (dateComma(tokens, i)) {
				c.tokens.push(i);
				continue;
			}
			// "The Church, on October 18, 2008 accused": a date set off by one comma ends at its verb.
			if (next?.pos === 'ADP' && c.tokens.some((k) => isNominal(tokens[k])) && !c.group) {
				let k = i + 2;
				while (tokens[k] && (DATE_WORD.has(tokens[k]!.pos) || dateComma(tokens, k))) k++;
				if (k > i + 2 && groupAt.get(k)?.finite) {
					cur = open(clauses, 'aside', -1, cur);
					clauses[cur]!.until = k;
					continue;
				}
			}
			const leading = clauses[c.parent];
			if (closesAtComma(c) || (c.kind === 'subordinate' && leading && !leading.group)) {
				cur = Math.max(0, c.parent);
				// "Under the agreement, signed in 2019, the carrier": the comma may open an aside too,
				// unless a subject waits for its verb ("Smith, 54, joined").
				const waiting =
					!clauses[cur]!.group && clauses[cur]!.tokens.some((k) => isNominal(tokens[k]));
				// "On the first day of 2008, at midnight, the Republic …": openers may come in a row.
				const nextComma = commaAfter(tokens, i);
				if (
					c.kind === 'adverbial' &&
					next?.pos === 'ADP' &&
					nextComma > i &&
					!groups.some((x) => x.from > i && x.from < nextComma)
				) {
					cur = open(clauses, 'adverbial', i + 1, cur);
					continue;
				}
				if (!groupAt.get(i + 1) || groupAt.get(i + 1)!.finite || waiting) continue;
			}
			const g = groupAt.get(i + 1);
			if (next && /^(?:who|whom|whose|which)$/.test(next.lower) && isNominal(tokens[i - 1])) {
				cur = open(clauses, 'relative', i + 1, cur, true);
				i++;
				continue;
			}
			if (g && !g.finite) {
				cur = open(clauses, 'aside', -1, cur);
				continue;
			}
			// An appositive between the subject and its verb: "Her husband, a retired teacher, survives".
			const nextComma = commaAfter(tokens, i);
			if (
				c.tokens.some((k) => isNominal(tokens[k])) &&
				!c.group &&
				nextComma > i &&
				!groups.some((x) => x.from > i && x.from < nextComma)
			) {
				cur = open(clauses, 'aside', -1, cur);
				continue;
			}
			// An afterthought noun phrase: "Prices rose 3 percent, the biggest increase since 2008".
			const end = nextComma > i ? nextComma : tokens.length;
			if (
				c.group &&
				/^(?:DET|ADJ)$/.test(next?.pos ?? '') &&
				!groups.some((x) => x.from > i && x.from < end)
			) {
				cur = open(clauses, 'aside', -1, cur);
				continue;
			}
			c.tokens.push(i);
			continue;
		}
		const lower = t.lower;
		// An opening phrase up to its comma: "Under the deal,", "Founded in 1998,", "According to".
		if (i === c.tokens.length && c.kind === 'main' && !c.tokens.length) {
			const comma = firstComma;
			const startsPhrase =
				t.pos === 'ADP' ||
				(t.pos === 'VERB' && groupAt.get(i) && !groupAt.get(i)!.finite) ||
				(t.pos === 'ADV' && tokens[i + 1]?.text === ',');
			if (comma > 0 && startsPhrase && !SUBORDINATORS.has(lower)) {
				cur = open(clauses, 'adverbial', i, 0);
				clauses[cur]!.tokens.push(i);
				continue;
			}
		}
		if (SUBORDINATORS.has(lower) && clauseFollows(tokens, groupAt, i)) {
			cur = open(clauses, 'subordinate', i, cur);
			continue;
		}
		if (RELATIVE_PRONOUNS.has(lower) && clauseFollows(tokens, groupAt, i, true)) {
			const before = tokens[i - 1];
			const g = groupAt.get(i + 1);
			// "said that", "confidence that": what follows is what was said or believed.
			const content =
				lower === 'that' &&
				(!isNominal(before) ||
					OPINION_NOUNS.has(before!.lower) ||
					CONTENT_NOUNS.has(before!.lower) ||
					(c.group && REPORTING.has(tokens[c.group.head]!.lemma) && !g));
			if (lower === 'that' && !content && !isNominal(before)) {
				c.tokens.push(i);
				continue;
			}
			cur = open(clauses, content ? 'complement' : 'relative', i, cur);
			continue;
		}
		if (COORDINATORS.has(lower) && c.group) {
			const g = groupAt.get(i + 1);
			if ((g && g.finite) || clauseFollows(tokens, groupAt, i)) {
				const shares = g && g.finite ? cur : undefined;
				cur = open(clauses, 'coordinate', i, c.parent);
				if (shares !== undefined) clauses[cur]!.shares = shares;
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
				lastComma(tokens, c) >= 3 &&
				i - lastComma(tokens, c) <= 5 &&
				c.parent < 0;
			if ((c.group && g.finite) || attribution) {
				// A second verb ends a restrictive relative clause: "The tanker that ran aground spilled".
				if (c.kind === 'relative' && !c.comma && c.parent >= 0 && !clauses[c.parent]!.group) {
					cur = c.parent;
					clauses[cur]!.group = g;
				} else {
					// "…, an official said Friday": a comma splice starts a clause of its own.
					let comma = c.tokens.length - 1;
					for (; comma >= 0; comma--) {
						const k = c.tokens[comma]!;
						if (tokens[k]!.text === ',' && (!c.group || k > c.group.to)) break;
					}
					cur = open(clauses, 'coordinate', -1, c.parent);
					if (comma >= 0) clauses[cur]!.tokens.push(...c.tokens.splice(comma + 1));
					clauses[cur]!.group = g;
				}
			} else if (!c.group && (g.finite || c.kind !== 'main')) c.group = g;
			else if (!c.group && c.kind === 'main' && c.tokens.some((k) => isNominal(tokens[k])))
				c.group = g;
			for (let k = g.from; k <= g.to; k++) clauses[cur]!.tokens.push(k);
			i = g.to;
			// "GM said it lost", "GM said on Monday it lost": a reporting or belief verb takes a
			// clause without "that", after at most a date of its own.
			if (REPORTING.has(head.lemma) || OPINION_VERBS.has(head.lemma)) {
				let k = i;
				if (tokens[k + 1]?.pos === 'ADP')
					for (k++; k < i + 4 && /^(?:PROPN|NUM)$/.test(tokens[k + 1]?.pos ?? ''); k++);
				if (k > i + 1 || k === i) {
					const next = tokens[k + 1];
					if ((isNominal(next) || next?.pos === 'DET') && clauseFollows(tokens, groupAt, k)) {
						for (let x = i + 1; x <= k; x++) clauses[cur]!.tokens.push(x);
						i = k;
						cur = open(clauses, 'complement', -1, cur);
					}
				}
			}
			continue;
		}
		c.tokens.push(i);
	}
	if (quote.tokens.length) clauses.push(quote);
	return { clauses, quoted };
}
