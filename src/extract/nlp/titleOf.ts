/** A clause read out as a news title: its own words, in order, without the date and connectives. */
import { CONNECTIVES, DANGLING, DATE_MODIFIERS } from './lexicon.ts';
import type { Clause } from './segmentClauses.ts';
import type { Token } from './tagSentence.ts';

export const MAX_TITLE = 70;
const PART_OF_DAY = new Set(['night', 'morning', 'afternoon', 'evening']);
const NOMINAL = /^(?:NOUN|PROPN|NUM|ADJ|DET|PART)$/;

/** What to leave out of a title: the date phrase (kept for a span's title) and its modifiers. */
export interface TitleRequest {
	phrase?: { start: number; end: number };
	keep?: boolean;
}

/**
 * The noun phrase a relative clause is about, as token indices: the words before the pronoun
 * (and its comma) back to a determiner or to a word that cannot sit in a noun phrase.
 */
export function antecedentOf(tokens: Token[], opener: number): number[] {
	let i = opener - 1;
	if (tokens[i]?.text === ',') i--;
	const out: number[] = [];
	for (; i >= 0 && out.length < 6; i--) {
		const t = tokens[i]!;
		const joinsNames = t.lower === 'of' && tokens[i - 1]?.pos === 'PROPN' && out.length > 0;
		if (
			!NOMINAL.test(t.pos) &&
			!joinsNames &&
			!(t.pos === 'PRON' && /^(?:its|their|his|her|our)$/.test(t.lower))
		)
			break;
		out.unshift(i);
		if (t.pos === 'DET') break;
	}
	return out.some((k) => /^(?:NOUN|PROPN|NUM)$/.test(tokens[k]!.pos)) ? out : [];
}

/** Token indices the date phrase covers, with the words that go with it. */
function dateTokens(tokens: Token[], phrase: { start: number; end: number }): Set<number> {
	const out = new Set<number>();
	tokens.forEach((t, i) => {
		if (t.end > phrase.start && t.start < phrase.end) out.add(i);
	});
	if (!out.size) return out;
	const first = Math.min(...out);
	const last = Math.max(...out);
	for (let i = first - 1; i >= 0 && DATE_MODIFIERS.has(tokens[i]!.lower); i--) out.add(i);
	if (PART_OF_DAY.has(tokens[last + 1]?.lower ?? '')) out.add(last + 1);
	return out;
}

/**
 * The title's words as text pieces, each with the space before it: the text's own spacing where
 * two words were neighbours, else one space.
 */
function pieces(sentence: string, tokens: Token[], words: Array<number | string>): string[] {
	const out: string[] = [];
	let prev: number | undefined;
	for (const w of words) {
		const space = out.length ? ' ' : '';
		if (typeof w === 'string') {
			out.push((/^['’]s$/.test(w) ? '' : space) + w);
			prev = undefined;
			continue;
		}
		const t = tokens[w]!;
		// A sentence's capitalised first word moved inside a title: "Floods destroyed the bridge".
		const text =
			out.length && t.start === 0 && /^(?:DET|ADJ|NOUN)$/.test(t.pos)
				? t.text.toLowerCase()
				: t.text;
		const glued = /^(?:[,.;:!?%)]|'s|’s|n't)$/i.test(t.text);
		const before = !out.length
			? ''
			: prev === w - 1
				? sentence.slice(tokens[prev]!.end, t.start)
				: glued
					? ''
					: ' ';
		out.push(before + text);
		prev = w;
	}
	return out;
}

/** Where to end a long title: after a whole phrase, never on a word that needs what follows. */
function cut(
	tokens: Token[],
	words: Array<number | string>,
	lengths: number[],
	head: number,
): number {
	for (let k = words.length - 1; k >= 0; k--) {
		if (lengths[k]! > MAX_TITLE) continue;
		const w = words[k]!;
		const next = words[k + 1];
		if (typeof w === 'string') continue;
		const t = tokens[w]!;
		if (DANGLING.has(t.lower) || /^[,;:(“"'-]$/.test(t.text)) continue;
		// Inside a noun phrase ("new long-haul airliners a top…"), the next word still belongs to it.
		const after = typeof next === 'number' ? tokens[next]! : undefined;
		if (
			after &&
			/^(?:NOUN|PROPN|NUM|PART|ADJ)$/.test(after.pos) &&
			/^(?:NOUN|PROPN|NUM|ADJ|DET|ADV)$/.test(t.pos)
		)
			continue;
		if (k <= head) return -1;
		return k;
	}
	return -1;
}

/** The clause's words (nested clauses left out, reported ones kept), as a title. */
export function titleOf(
	sentence: string,
	tokens: Token[],
	clauses: Clause[],
	index: number,
	request: TitleRequest = {},
): string {
	const clause = clauses[index]!;
	const keep = new Set(clause.tokens);
	// What a reporting verb says is part of its clause: "Officials said that the bridge would reopen".
	const nested = (parent: number) =>
		clauses.forEach((c, k) => {
			if (c.parent === parent && c.kind === 'complement') {
				c.tokens.forEach((t) => keep.add(t));
				nested(k);
			}
		});
	nested(index);
	const dropped =
		request.phrase && !request.keep ? dateTokens(tokens, request.phrase) : new Set<number>();
	let words: Array<number | string> = [...keep]
		.sort((a, b) => a - b)
		.filter((k) => !dropped.has(k) && k !== clause.opener);
	// "Thursday's announcement" without its date is "the announcement".
	words = words.map((k) =>
		typeof k === 'number' && /^['’]s$/.test(tokens[k]!.text) && dropped.has(k - 1) ? 'the' : k,
	);
	if (clause.kind === 'relative' && clause.group) {
		const antecedent = antecedentOf(tokens, clause.opener);
		const whose = tokens[clause.opener]!.lower === 'whose';
		const group = tokens.slice(clause.group.from, clause.group.to + 1);
		// A passive has no object to fill: "that either was involved" is whole already.
		const passive = group.some((t) => t.lemma === 'be') && group.length > 1;
		const gap = clause.group.from <= clause.opener + 1 || whose;
		if (antecedent.length) {
			const noun: Array<number | string> = whose ? [...antecedent, "'s"] : antecedent;
			if (gap) words = [...noun, ...words];
			else if (!passive) {
				const at = words.findIndex((w) => typeof w === 'number' && w > clause.group!.to);
				words.splice(at < 0 ? words.length : at, 0, ...noun);
			}
		}
	}
	const subjectOf = (c: Clause): number[] => {
		if (c.shares !== undefined) return subjectOf(clauses[c.shares]!);
		return c.tokens.filter((k) => c.group && k < c.group.from && !dropped.has(k));
	};
	const first = words.find((w) => typeof w === 'number') as number | undefined;
	// "Smith joined the bank and rose to chief executive": the second predicate's subject is Smith.
	if (clause.shares !== undefined && clause.group && first === clause.group.from)
		words = [...subjectOf(clauses[clause.shares]!), ...words];
	// "GM said it lost $6 billion": the reported "it" is most likely the one who reported it.
	const parent = clauses[clause.parent];
	if (clause.kind === 'complement' && parent?.group && clause.group) {
		const own = words.filter((w) => typeof w === 'number' && w < clause.group!.from) as number[];
		const reporter = subjectOf(parent);
		if (
			own.length === 1 &&
			/^(?:it|they|he|she)$/.test(tokens[own[0]!]!.lower) &&
			reporter.some((k) => /^(?:NOUN|PROPN)$/.test(tokens[k]!.pos))
		)
			words = [...reporter, ...words.filter((w) => w !== own[0])];
	}
	// "The museum, closed since 2019 for repairs,": a participle phrase is about the noun before it.
	if (clause.kind === 'aside' && clause.group && first === clause.group.from) {
		const noun = antecedentOf(tokens, clause.group.from);
		words = [...noun, ...words];
	}
	while (words.length) {
		const w = words[0]!;
		if (typeof w !== 'number') break;
		const t = tokens[w]!;
		if (!CONNECTIVES.has(t.lower) && !/^[,;:.!?—–-]$/.test(t.text)) break;
		words.shift();
	}
	while (
		words.length &&
		typeof words.at(-1) === 'number' &&
		/^[,;:.!?—–-]$/.test(tokens[words.at(-1) as number]!.text)
	)
		words.pop();
	const parts = pieces(sentence, tokens, words);
	let total = 0;
	const prefix = parts.map((x) => (total += x.length));
	let text = parts.join('');
	if (text.length > MAX_TITLE) {
		const head = clause.group ? words.indexOf(clause.group.head) : 0;
		const at = cut(tokens, words, prefix, head);
		if (at >= 0) text = parts.slice(0, at + 1).join('');
		else {
			const space = text.lastIndexOf(' ', MAX_TITLE - 1);
			text = `${text.slice(0, space > 20 ? space : MAX_TITLE - 1).replace(/[\s,;:]+$/, '')}…`;
		}
	}
	return text.charAt(0).toUpperCase() + text.slice(1);
}
