/** A clause read out as a news title: its own words, in order, without the date and connectives. */
import {
	CONNECTIVES,
	SEQUENCE_ADVERBS,
	CONTENT_NOUNS,
	OPINION_NOUNS,
	PERIOD_NOUNS,
	DANGLING,
	DATE_MODIFIERS,
	DATE_PREPOSITIONS,
	FOCUS_ADVERBS,
	INDIRECT_QUESTION,
	PARTICLES,
	SUBORDINATORS,
	OFFICES,
	ORGANIZATION_HEADS,
	PERSON_NOUNS,
} from './lexicon.ts';
import { DAY_PARTS, TIME_UNITS } from '../data/lexicon.ts';
import { isQuoteMark, restrictsQuantifier, type Clause } from './segmentClauses.ts';
import { shortenTitle, tokenAt } from './shortenTitle.ts';
import type { Token } from './tagSentence.ts';
import { hyphenated } from './verbGroups.ts';

export const MAX_TITLE = 70;
const PART_OF_DAY = new Set(Object.keys(DAY_PARTS));
const TIME_UNIT_WORDS = new Set(Object.keys(TIME_UNITS));
const PERIOD_PARTS = new Set([
	'end',
	'beginning',
	'start',
	'middle',
	'rest',
	'remainder',
	'week',
	'weekend',
	'month',
]);
const NOMINAL = /^(?:NOUN|PROPN|NUM|ADJ|DET|PART)$/;

/** What to leave out of a title: the date phrase (kept for a span's title) and its modifiers. */
export interface TitleRequest {
	phrase?: { start: number; end: number };
	keep?: boolean;
	/** Room for the title, when something else shares the line (a speaker before a quotation). */
	max?: number;
}

/** Whether two tokens touch, with no space between them. */
const glued = (a: Token | undefined, b: Token | undefined) => !!a && !!b && a.end === b.start;

/**
 * The noun phrase a relative clause is about, as token indices: the words before the pronoun
 * (and its comma) back to a determiner or to a word that cannot sit in a noun phrase.
 */
export function antecedentOf(tokens: Token[], opener: number): number[] {
	let i = opener - 1;
	if (tokens[i]?.text === ',') i--;
	const out: number[] = [];
	for (; i >= 0 && out.length < 8; i--) {
		const t = tokens[i]!;
		// "the principle of open debate", "the Bank of England": an "of" phrase inside it.
		// A name after "of" is whole already: "the arrest of [Kopp], who is charged".
		const joinsNames =
			t.lower === 'of' &&
			out.length > 0 &&
			(tokens[i - 1]?.pos === 'PROPN' ||
				(tokens[i - 1]?.pos === 'NOUN' && tokens[out[0]!]!.pos !== 'PROPN'));
		// "the FBI's most wanted list": a participle or a degree adverb inside the noun phrase.
		const modifier =
			out.length > 0 &&
			((t.pos === 'VERB' &&
				/(?:ed|en)$/.test(t.lower) &&
				/^(?:DET|ADV|ADJ|NUM|PART)$/.test(tokens[i - 1]?.pos ?? '')) ||
				(t.pos === 'ADV' && /^(?:most|more|least|less|very|newly)$/.test(t.lower)));
		// "the fast-growing market": the parts of a hyphenated modifier, whatever their tags.
		const hyphen =
			out.length > 0 &&
			((t.text === '-' && glued(tokens[i - 1], t) && glued(t, tokens[i + 1])) ||
				(tokens[i + 1]?.text === '-' && glued(t, tokens[i + 1])) ||
				hyphenated(tokens, i));
		if (
			!NOMINAL.test(t.pos) &&
			!joinsNames &&
			!modifier &&
			!hyphen &&
			!(t.pos === 'PRON' && /^(?:its|their|his|her|our)$/.test(t.lower))
		)
			break;
		out.unshift(i);
		if (t.pos === 'DET') break;
	}
	// "Hale, 36, who joined": a number set off by commas after a name is an age or a count in
	// apposition; the relative clause is about the name.
	const lone = out.length === 1 && tokens[out[0]!]!.pos === 'NUM';
	if (
		lone &&
		tokens[out[0]! - 1]?.text === ',' &&
		/^(?:PROPN|NOUN)$/.test(tokens[out[0]! - 2]?.pos ?? '')
	)
		return antecedentOf(tokens, out[0]!);
	return out.some((k) => /^(?:NOUN|PROPN|NUM)$/.test(tokens[k]!.pos)) ? out : [];
}

/** Token indices inside round brackets, the brackets with them. */
function parenthesised(tokens: Token[]): Set<number> {
	const out = new Set<number>();
	let open = -1;
	tokens.forEach((t, k) => {
		if (t.text === '(') open = k;
		else if (t.text === ')' && open >= 0) {
			for (let x = open; x <= k; x++) out.add(x);
			open = -1;
		}
	});
	return out;
}

/** The integers from `from` up to, not including, `to`. */
const range = (from: number, to: number) =>
	Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);

/** Whether a token overlaps a phrase of its sentence. */
export const inPhrase = (t: Token, phrase: { start: number; end: number }) =>
	t.end > phrase.start && t.start < phrase.end;

/** The text with its first letter in capitals, as a title starts. */
export const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The lowest and highest of some token indices (Infinity and -Infinity for none). */
function extent(indices: Iterable<number>): [number, number] {
	let lo = Infinity;
	let hi = -Infinity;
	for (const k of indices) [lo, hi] = [Math.min(lo, k), Math.max(hi, k)];
	return [lo, hi];
}

/** Token indices the date phrase covers, with the words that go with it. */
function dateTokens(tokens: Token[], phrase: { start: number; end: number }): Set<number> {
	const out = new Set<number>();
	tokens.forEach((t, i) => {
		if (inPhrase(t, phrase)) out.add(i);
	});
	if (!out.size) return out;
	const [first, last] = extent(out);
	// "[on] [last] Friday": one modifier, then one preposition, right before the phrase; "the last
	// in 2031" keeps its "last".
	let i = first - 1;
	// "by the end of March", "on the night of July 4": a part of the period is the date phrase too.
	const part = tokens[i - 1]?.lower ?? '';
	if (tokens[i]?.lower === 'of' && (PERIOD_PARTS.has(part) || PART_OF_DAY.has(part))) {
		out.add(i).add(i - 1);
		i -= 2;
		if (tokens[i]?.pos === 'DET') out.add(i--);
	}
	// "in the three months ended December 31": the period the date closes is the date phrase too.
	if (
		/^(?:ended|ending)$/.test(tokens[i]?.lower ?? '') &&
		PERIOD_NOUNS.has(tokens[i - 1]?.lower ?? '')
	) {
		out.add(i).add(i - 1);
		i -= 2;
		while (/^(?:NUM|DET|ADJ)$/.test(tokens[i]?.pos ?? '')) out.add(i--);
	}
	// "this coming Sunday", "this past weekend": two modifiers.
	if (/^(?:coming|past)$/.test(tokens[i]?.lower ?? '') && tokens[i - 1]?.lower === 'this')
		out.add(i--);
	if (DATE_MODIFIERS.has(tokens[i]?.lower ?? '')) out.add(i--);
	// "after last week's 4-0 loss": a possessive date is the determiner of a noun, and the
	// preposition before it governs that noun.
	const possessive = /^['’]s$/.test(tokens[last + 1]?.text ?? '');
	if (!possessive && DATE_PREPOSITIONS.has(tokens[i]?.lower ?? '')) {
		// "at about 10:35 a.m.", "by around noon": a preposition before an approximator too.
		const approximate = /^(?:about|around|approximately|roughly|nearly|almost)$/.test(
			tokens[i]!.lower,
		);
		out.add(i--);
		if (approximate && DATE_PREPOSITIONS.has(tokens[i]?.lower ?? '')) out.add(i--);
	}
	// "as of Sept. 30": a preposition of two words.
	if (tokens[i + 1]?.lower === 'of' && tokens[i]?.lower === 'as') out.add(i--);
	// "as early as Tuesday", "as soon as Friday": the comparison only bounds the date.
	if (
		tokens[i]?.lower === 'as' &&
		/^(?:early|soon|late|recently)$/.test(tokens[i - 1]?.lower ?? '') &&
		tokens[i - 2]?.lower === 'as'
	) {
		out
			.add(i)
			.add(i - 1)
			.add(i - 2);
		i -= 3;
	}
	// "[A] day after he was hounded": an article that opens the sentence before a period that
	// counts from something is the date phrase's, which the recogniser may leave out.
	if (i === first - 1 && i === 0 && /^(?:a|an|the)$/.test(tokens[i]?.lower ?? ''))
		if (
			/^(?:after|before|later|earlier)$/.test(tokens[last + 1]?.lower ?? '') ||
			/^(?:after|before|later|earlier)$/.test(tokens[last]!.lower)
		)
			out.add(i);
	// "just last month", "only yesterday": the focus adverb goes with its date.
	if (/^(?:just|only|even)$/.test(tokens[i]?.lower ?? '')) out.add(i);
	if (PART_OF_DAY.has(tokens[last + 1]?.lower ?? '')) out.add(last + 1);
	// "The Aug. 7, 1998, bombings", "dedicated on July 4, 1976, during": the comma that closes a
	// full date's year (after a determiner, or after the comma before the year) goes with it.
	if (
		tokens[last + 1]?.text === ',' &&
		/^\d{4}$/.test(tokens[last]!.text) &&
		(tokens[first - 1]?.pos === 'DET' || tokens[last - 1]?.text === ',')
	)
		out.add(last + 1);
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
			out.push((/^['’]s?$/.test(w) ? '' : space) + w);
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

/**
 * Whether a title may end on `t` when `after` comes next: after a whole phrase, never on a word that
 * needs what follows. With `strict`, an "of" phrase stays with its noun ("at the rate | of 1.4
 * shares"); a title that cannot end elsewhere may still drop it.
 */
function endsPhrase(t: Token, after: Token | undefined, strict: boolean, then?: Token): boolean {
	if (DANGLING.has(t.lower) || CONNECTIVES.has(t.lower) || /^[,;:(“"'-]$/.test(t.text))
		return false;
	// "just minutes | apart", "10 days | before the murder": a length of time measures what follows.
	if (
		TIME_UNIT_WORDS.has(t.lower) &&
		/^(?:apart|ago|later|earlier|before|after|away|long|old|late|early|into)$/.test(
			after?.lower ?? '',
		)
	)
		return false;
	// A determiner or quantifier ("of all | the shares") needs its noun, and so does a possessive.
	if (t.pos === 'DET' || /^['’]s$/.test(t.text)) return false;
	if (!after) return true;
	// Never inside a hyphenated word ("a 10 | -hour tour") nor before a sign written against its
	// number ("about 72 | %") or a plural's possessive ("the relatives | ' lawsuit").
	if (after.start === t.end && /^(?:[-–%'’]|percent)$/.test(after.text)) return false;
	// A currency sign needs its amount: "for $ | 5".
	if (t.pos === 'SYM' && after.pos === 'NUM') return false;
	if (strict && after.lower === 'of') return false;
	// Inside a noun phrase ("new long-haul airliners a top…"), the next word still belongs to it.
	// An adjective after its noun with nothing nominal after it stands alone ("the shares |
	// outstanding"): the noun phrase ended before it.
	const postpositive =
		t.pos === 'NOUN' && after.pos === 'ADJ' && !/^(?:NOUN|PROPN|ADJ|NUM)$/.test(then?.pos ?? '');
	const inPhrase =
		(/^(?:NOUN|PROPN|NUM|ADJ)$/.test(after.pos) && !postpositive) || /^['’]s$/.test(after.text);
	if (inPhrase && /^(?:NOUN|PROPN|NUM|ADJ|ADV)$/.test(t.pos)) return false;
	// "the wilderness of western | north Carolina": an adjective waits for its noun.
	if (t.pos === 'ADJ' && /^(?:ADV|ADJ|NOUN|PROPN)$/.test(after.pos)) return false;
	// "replacing American | and other Western troops": an adjective before "and" is coordinated
	// inside its noun phrase.
	if (t.pos === 'ADJ' && after.pos === 'CCONJ') return false;
	// A preposition needs its object: "deplores these acts against | the embassies"; so does a
	// subordinator its clause or gerund: "acquired 6% of the stock before | throwing in the towel".
	if (
		/^(?:ADP|SCONJ)$/.test(t.pos) &&
		/^(?:DET|NOUN|PROPN|NUM|ADJ|PRON|SYM|VERB|AUX)$/.test(after.pos)
	)
		return false;
	// Nor the first word of a two-word preposition: "compared | with", "out | of".
	if (t.pos === 'ADP' && after.pos === 'ADP' && !PARTICLES.has(t.lower)) return false;
	// An adverb before an adjective or a participle grades it: "a previously | signed agreement".
	if (
		t.pos === 'ADV' &&
		/ly$/.test(t.lower) &&
		(after.pos === 'ADJ' || (after.pos === 'VERB' && /(?:ed|en)$/.test(after.lower)))
	)
		return false;
	// A verb before its object ("voted to accept | a 6.5 percent rise") says nothing on its own.
	if (t.pos === 'VERB' && /^(?:DET|NOUN|PROPN|NUM|ADJ|PRON|SYM)$/.test(after.pos)) return false;
	// Nor a word before a determiner that the tagger read as an adjective: "and complete | the".
	if (t.pos === 'ADJ' && after.pos === 'DET') return false;
	// Nor one before a bare infinitive: "a restructuring to help | boost the stock price".
	if (t.pos === 'VERB' && after.pos === 'VERB' && !/ing$/.test(after.lower)) return false;
	// Nor an object before the particle of its verb that ends the phrase: "bring the children |
	// back".
	if (
		after.pos === 'ADV' &&
		PARTICLES.has(after.lower) &&
		/^(?:NOUN|PROPN|PRON)$/.test(t.pos) &&
		(!then || then.pos === 'PUNCT')
	)
		return false;
	// Nor a verb before an auxiliary: "for what he thinks | is right" cuts a clause off its verb.
	if (t.pos === 'VERB' && after.pos === 'AUX') return false;
	// Nor one before its infinitive: "seeking | to nullify the agreement", "will be able | to
	// sell".
	if (/^(?:VERB|ADJ)$/.test(t.pos) && after.lower === 'to' && after.pos === 'PART') return false;
	// Before a verb, the word is the verb's subject ("announced they | have agreed"); a participle
	// in -ing after a noun only describes it ("mass protests | pressing for his return").
	const participle = after.pos === 'VERB' && /ing$/.test(after.lower) && t.pos !== 'PRON';
	return !(
		/^(?:VERB|AUX)$/.test(after.pos) &&
		/^(?:NOUN|PROPN|PRON|NUM)$/.test(t.pos) &&
		!participle
	);
}

// Verbs whose object is the subject of the infinitive after it ("asked the court to rule").
const OBJECT_CONTROL = new Set(
	'ask urge tell order allow force persuade invite encourage require permit compel instruct advise forbid'.split(
		' ',
	),
);
/**
 * "opened the school on Monday, two years | after a flood closed it": how many words at the end of
 * a title are a length of time whose "after" or "before" the title left out, which measures
 * nothing and goes with it; none when a preposition makes it the clause's own duration ("raged for
 * three days | before it …").
 */
function trailingMeasure(tokens: Token[], words: Array<number | string>): number {
	const w = words.at(-1);
	if (typeof w !== 'number' || !TIME_UNIT_WORDS.has(tokens[w]!.lower)) return 0;
	if (!/^(?:after|before)$/.test(tokens[w + 1]?.lower ?? '') || words.includes(w + 1)) return 0;
	let n = 1;
	while (
		n < words.length - 1 &&
		/^(?:NUM|DET|ADJ|ADV)$/.test(tokenAt(tokens, words.at(-1 - n))?.pos ?? '')
	)
		n++;
	return tokenAt(tokens, words.at(-1 - n))?.pos === 'ADP' ? 0 : n;
}

/**
 * Whether a clause cannot end on token `k`, so a quotation opened right after it carries on the
 * clause: an auxiliary, a determiner, a preposition, "to", or an adverb after an auxiliary
 * ("will now").
 */
function runsInto(tokens: Token[], k: number): boolean {
	const t = tokens[k]!;
	return (
		/^(?:AUX|DET|ADP)$/.test(t.pos) ||
		(t.lower === 'to' && t.pos === 'PART') ||
		(t.pos === 'ADV' && tokens[k - 1]?.pos === 'AUX')
	);
}

const VAGUE_HEADS = new Set(
	// Relational nouns ("the role [that volunteers played]") need the clause as much.
	'people person man woman men women those one ones someone anyone everyone role part importance extent'.split(
		' ',
	),
);

// Nouns of possibility, will and attempt say nothing without their complement: "the possibility
// | of moving", "the firm's ability | to cut", "an attempt | to".
const COMPLEMENT_NOUNS = new Set(
	(
		'plan plans bid attempt attempts effort efforts right decision threat risk chance need way ' +
		'failure refusal intention prospect prospects option idea likelihood capacity willingness ' +
		'opportunity responsibility'
	).split(' '),
);
const NEEDS_COMPLEMENT = (noun: string) => COMPLEMENT_NOUNS.has(noun) || /bility$/.test(noun);

/** Where to end a long title: the last word within the length that ends a whole phrase. */
function cut(
	tokens: Token[],
	words: Array<number | string>,
	lengths: number[],
	head: number,
	quoted: Set<number>,
	max = MAX_TITLE,
): number {
	// "Woodland Hills, Calif.-based": a comma between two names joins a place to its state.
	const placeComma = (k: number) =>
		tokens[k]!.text === ',' && tokens[k - 1]?.pos === 'PROPN' && tokens[k + 1]?.pos === 'PROPN';
	const fits = (k: number, strict: boolean) => {
		const w = words[k];
		if (typeof w !== 'number' || lengths[k]! > max) return false;
		const next = words[k + 1];
		// Never inside a quotation: it is quoted whole or not at all.
		if (quoted.has(w)) return false;
		// A title may end on the last mark that closes a quotation, never on one that opens it.
		if (isQuoteMark(tokens, w)) {
			let j = w - 1;
			while (j >= 0 && isQuoteMark(tokens, j)) j--;
			return quoted.has(j) && !(w + 1 < tokens.length && isQuoteMark(tokens, w + 1));
		}
		// Nor between a place and its state: "Woodland Hills | , Calif.", nor after the pair when
		// it modifies a noun: "the Peoria, Ill. | , bank holding company".
		if (typeof next === 'number' && placeComma(next)) return false;
		if (
			tokens[w - 1]?.text === ',' &&
			placeComma(w - 1) &&
			tokens[w + 1]?.text === ',' &&
			/^(?:NOUN|ADJ)$/.test(tokens[w + 2]?.pos ?? '')
		)
			return false;
		// An adjective after its determiner needs its noun: "a new | , $10-a-share offer", and so
		// does one graded by adverbs: "a very well-coordinated | , very well-planned attack".
		let d = w - 1;
		while (tokens[d]?.pos === 'ADV' || (tokens[d]?.text === '-' && glued(tokens[d], tokens[d + 1])))
			d--;
		const graded = d < w - 1 && tokens[w]!.pos === 'VERB';
		if (tokens[d]?.pos === 'DET' && (tokens[w]!.pos === 'ADJ' || graded)) return false;
		const after = tokenAt(tokens, next);
		const after2 = tokenAt(tokens, words[k + 2]);
		// "rejected U.S. | and British objections": a modifier coordinated with the next one
		// belongs to the noun after both.
		const after3 = tokenAt(tokens, words[k + 3]);
		// So does a name of two names joined by "and" after a determiner: "in a Securities | and
		// Exchange Commission filing".
		if (
			/^(?:PROPN|ADJ)$/.test(tokens[w]!.pos) &&
			after?.pos === 'CCONJ' &&
			/^(?:PROPN|ADJ)$/.test(after2?.pos ?? '') &&
			(after3?.pos === 'NOUN' ||
				(after3?.pos === 'PROPN' && tokens[w - 1]?.pos === 'DET' && /^[A-Z]/.test(tokens[w]!.text)))
		)
			return false;
		// "said privately that Britain | has been pushing": never between "that" and its verb.
		for (let j = w; j >= 0 && j > w - 8; j--) {
			if (/^(?:VERB|AUX)$/.test(tokens[j]!.pos)) break;
			if (tokens[j]!.lower === 'that' && tokens[j]!.pos === 'SCONJ' && j < w) return false;
		}
		// "mass protests pressing | for his return": a participle after its noun needs what follows.
		if (
			tokens[w]!.pos === 'VERB' &&
			/ing$/.test(tokens[w]!.lower) &&
			/^(?:NOUN|PROPN)$/.test(tokens[w - 1]?.pos ?? '') &&
			after !== undefined
		)
			return false;
		// "the Freedom of Access | to Clinic Entrances Act": a name goes on through "of", "to",
		// "for" or "and" when a capital follows.
		if (
			tokens[w]!.pos === 'PROPN' &&
			/^[A-Z]/.test(tokens[w]!.text) &&
			/^(?:of|to|for|and|on|de)$/.test(after?.text ?? '') &&
			after2?.pos === 'PROPN' &&
			/^[A-Z]/.test(after2.text)
		)
			return false;
		// "in connection | with", "in response | to": a bare noun between two prepositions is
		// part of one compound preposition.
		if (
			tokens[w]!.pos === 'NOUN' &&
			/^(?:in|on|by)$/.test(tokens[w - 1]?.lower ?? '') &&
			/^(?:with|to|of)$/.test(after?.lower ?? '') &&
			words[k - 1] === w - 1
		)
			return false;
		// A noun whose complement says which one ("the possibility | of moving", "the firm's
		// ability | to cut prices") leaves the reader asking: better cut inside the phrase, with "…".
		if (
			tokens[w]!.pos === 'NOUN' &&
			NEEDS_COMPLEMENT(tokens[w]!.lower) &&
			(after?.lower === 'of' || (after?.lower === 'to' && after2?.pos === 'VERB'))
		)
			return false;
		// "pledged to ask Congress | to approve …", "urged Jones | to tell voters": a verb that
		// makes its object the subject of an infinitive needs both.
		if (
			after?.lower === 'to' &&
			after2?.pos === 'VERB' &&
			/^(?:NOUN|PROPN|PRON)$/.test(tokens[w]!.pos) &&
			[1, 2, 3].some((n) => OBJECT_CONTROL.has(tokens[w - n]?.lemma ?? ''))
		)
			return false;
		return endsPhrase(tokens[w]!, after, strict, after2);
	};
	const before = (k: number) => {
		const next = words[k + 1];
		return typeof next === 'number' && tokens[next]!.text === ',';
	};
	for (const strict of [true, false]) {
		// A comma after the verb ends the title best: "Stock prices dropped in Europe and Asia".
		// The verb itself may end it there: "The two towns are expected to merge, as part of …".
		for (let k = words.length - 1; k >= head; k--) if (before(k) && fits(k, strict)) return k;
		for (let k = words.length - 1; k > head; k--) if (fits(k, strict)) return k;
	}
	// "Staff functions were going to be centralized | as a cost-cutting move": a passive takes no
	// object, so its participle may end the title too.
	return passiveAt(tokens, words[head]) && fits(head, false) ? head : -1;
}

const PERSONAL = /^(?:i|we|you|he|she|it|they)$/;

/**
 * Whether a subject pronoun can stand for the reporter: "he" and "she" for one person, "it" for
 * one thing or body, "they" for many or a body. "The service ruled that he must be returned" is
 * about someone else.
 */
function standsFor(tokens: Token[], pronoun: string, reporter: number[]): boolean {
	if (!/^(?:it|they|he|she)$/.test(pronoun)) return false;
	const nouns = reporter.filter((k) => /^(?:NOUN|PROPN)$/.test(tokens[k]!.pos));
	const at = nouns.at(-1) ?? -1;
	const head = tokens[at];
	if (!head) return false;
	// The tagger reads a capitalised first word as a name: "Officials said".
	const many =
		reporter.some((k) => tokens[k]!.lower === 'and') ||
		((head.pos === 'NOUN' || at === 0) && /[^s]s$/.test(head.lower));
	const body =
		reporter.some((k) => ORGANIZATION_HEADS.has(tokens[k]!.lower)) || /^[A-Z]{2,}$/.test(head.text);
	const person =
		!body &&
		(PERSON_NOUNS.has(head.lower) ||
			OFFICES.has(head.lower) ||
			// A name after an office or a title: "Gov. Jeb Bush", "Minister Anna Kovacs".
			(head.pos === 'PROPN' &&
				nouns.some(
					(k) => OFFICES.has(tokens[k]!.lower) || /^[A-Z][a-z]{1,3}\.$/.test(tokens[k]!.text),
				)));
	if (pronoun === 'he' || pronoun === 'she')
		return !many && (person || (head.pos === 'PROPN' && !body));
	if (pronoun === 'it') return !many && !person;
	return many || body;
}

/** Whether the title word `w` is a past participle after a form of "be": "was sold". */
function passiveAt(tokens: Token[], w: number | string | undefined): boolean {
	const t = typeof w === 'number' ? tokens[w] : undefined;
	// "sunk", "held": an irregular participle is inflected too.
	if (!t || !(/(?:ed|en)$/.test(t.lower) || (t.pos === 'VERB' && t.lemma !== t.lower)))
		return false;
	let k = (w as number) - 1;
	while (tokens[k]?.pos === 'ADV') k--;
	// "presumed killed", "feared drowned": a participle of belief before it is passive too.
	return (
		/^(?:be|been|being|is|are|was|were)$/.test(tokens[k]?.lower ?? '') ||
		/^(?:presumed|feared|believed|reported|thought)$/.test(tokens[k]?.lower ?? '')
	);
}

/**
 * The clause's words (nested clauses left out, reported ones kept), as a title; `whole` is false
 * when it had to be cut.
 */
export function titleOf(
	sentence: string,
	tokens: Token[],
	clauses: Clause[],
	index: number,
	request: TitleRequest = {},
): { text: string; whole: boolean } {
	const clause = clauses[index]!;
	const keep = new Set(clause.tokens);
	// What a reporting verb says is part of its clause: "Officials said that the bridge would reopen".
	const nested = (parent: number) =>
		clauses.forEach((c, k) => {
			if (c.parent === parent && c.kind === 'complement') {
				c.tokens.forEach((t) => keep.add(t));
				// "the likelihood that either was involved": after a noun, "that" cannot go.
				const noun = tokens[c.opener - 1]?.lower ?? '';
				if (CONTENT_NOUNS.has(noun) || OPINION_NOUNS.has(noun)) keep.add(c.opener);
				// "for why the bridge collapsed": the question word is the question's.
				const opener = tokens[c.opener]?.lower ?? '';
				if (INDIRECT_QUESTION.has(opener) || /^(?:if|whether)$/.test(opener)) keep.add(c.opener);
				nested(k);
			}
		});
	nested(index);
	// "officials approved and delivered six permits": a verb with nothing after it before "and"
	// shares the object of the verb after "and", which goes with it.
	const g0 = clause.group;
	const shared = g0
		? clauses.findIndex(
				(c) =>
					c.shares === index &&
					c.opener === g0.to + 1 &&
					c.group?.from === g0.to + 2 &&
					tokens[c.opener]!.pos === 'CCONJ',
			)
		: -1;
	if (shared >= 0) {
		keep.add(clauses[shared]!.opener);
		clauses[shared]!.tokens.forEach((t) => keep.add(t));
	}
	// "The union representing the pilots criticized …": a gerund-participle phrase restricts its
	// noun and stays with it, where a participle that only dates it ("the warrant issued Monday")
	// goes.
	for (const c of clauses)
		if (c.parent === index && c.reduced && c.group && /ing$/.test(tokens[c.group.from]!.lower))
			c.tokens.forEach((t) => keep.add(t));
	// "will do all [we can]", "find the people [who set the fires]": a quantifier or a noun that
	// names no one in particular says nothing without the relative clause that restricts it.
	for (const c of clauses) {
		if (c.parent !== index || c.kind !== 'relative' || c.comma) continue;
		// So does an indefinite noun that a copula predicates: "This is a guy [who is impulsive]".
		const predicated =
			/^(?:a|an)$/.test(tokens[c.opener - 2]?.lower ?? '') &&
			/^(?:is|was|are|were|be|been)$/.test(tokens[c.opener - 3]?.lower ?? '');
		const vague =
			c.opener >= 0 && (VAGUE_HEADS.has(tokens[c.opener - 1]?.lower ?? '') || predicated);
		if (vague) keep.add(c.opener);
		if (vague || restrictsQuantifier(tokens, c)) c.tokens.forEach((t) => keep.add(t));
	}
	// A quotation inside the clause is part of what it says: 'would do “whatever is necessary” to
	// ensure compliance'. One that opens or closes the sentence is titled on its own.
	const quote = clauses.find((c) => c.kind === 'quote');
	const quoted = new Set(quote?.tokens ?? []);
	// A quotation that continues an aside the title leaves out ('Alvarez, speaking on the show
	// "Morning Line," said') goes with the aside.
	if (quote && clause.kind !== 'quote' && keep.size) {
		const mark = (k: number) => isQuoteMark(tokens, k);
		// 'said that ``The Nuremberg Files'' was knocked off-line': a quoted name between "that"
		// and the verb is the reported clause's subject.
		for (const c of clauses) {
			const first = c.tokens[0];
			if (first === undefined || c.opener < 0 || !keep.has(first)) continue;
			const between = range(c.opener + 1, first);
			if (between.every((k) => quoted.has(k) || mark(k)) && between.some((k) => quoted.has(k)))
				between.forEach((k) => keep.add(k));
		}
		const [lo, hi] = extent(keep);
		for (let k = lo + 1; k < hi; k++) {
			if (!quoted.has(k) && !mark(k)) continue;
			let end = k;
			while (end + 1 < hi && (quoted.has(end + 1) || mark(end + 1))) end++;
			if (keep.has(k - 1)) {
				// 'will now “use every means to block or delay” the rules': the clause's syntax runs
				// through a quotation opened where it cannot end, which may then be cut like it.
				const runs = runsInto(tokens, k - 1);
				for (let x = k; x <= end; x++) {
					keep.add(x);
					if (runs) quoted.delete(x);
				}
			}
			k = end;
		}
		// 'said the deal remains of "substantial benefit to Ratners."': a quotation that ends the
		// sentence right after the clause's last word, with no comma or colon before it, finishes
		// the clause in the speaker's words.
		// A quotation too long for a title is left out whole rather than cut.
		let open = hi + 1;
		while (open < tokens.length && mark(open)) open++;
		// The quotation's last word, its closing stop or comma left out.
		let last = open;
		while (quoted.has(last + 1)) last++;
		const end = quoted.has(open)
			? range(open, last + 1)
					.filter((x) => !/^[.,;:!?]$/.test(tokens[x]!.text))
					.at(-1)
			: undefined;
		// 'had made ``extraordinary discoveries,'' having …': so does one its clause ends with, at
		// a comma inside or after its closing marks.
		let after = last + 1;
		while (after < tokens.length && mark(after)) after++;
		const closesClause =
			quote.tokens.at(-1)! >= tokens.length - 3 ||
			tokens[last]?.text === ',' ||
			tokens[after]?.text === ',';
		// 'said the plant would "stay open as long as …"', 'asked for a "full account of …"': one
		// that opens after a word its clause cannot end on (an auxiliary, a determiner, a
		// preposition, "to") is a partial quotation the clause's own syntax runs through, kept
		// however long and, like any phrase of the clause, cut after a whole phrase.
		const runsOn = runsInto(tokens, hi);
		if (
			open > hi + 1 &&
			quoted.has(open) &&
			end !== undefined &&
			closesClause &&
			(runsOn || tokens[end]!.end - tokens[open]!.start <= MAX_TITLE - 20) &&
			/^(?:NOUN|PROPN|VERB|AUX|ADP|ADJ|DET|PART)$/.test(tokens[hi]!.pos) &&
			quote.tokens.every((x) => x >= open)
		)
			for (let x = hi + 1; x < after; x++)
				if (mark(x) || (quoted.has(x) && x <= end)) {
					keep.add(x);
					if (runsOn) quoted.delete(x);
				}
	}
	let dropped =
		request.phrase && !request.keep ? dateTokens(tokens, request.phrase) : new Set<number>();
	// A date that is the subject stays: "The following winter was severe", not "Was severe".
	const subject = clause.group
		? clause.tokens.filter((k) => k < clause.group!.from && !/^[,.;:]$/.test(tokens[k]!.text))
		: [];
	// In "which last year had sales", the subject is "which", and the date only dates the clause.
	const pronounSubject = clause.kind === 'relative' && clause.opener >= 0;
	if (
		!pronounSubject &&
		subject.length &&
		subject.every((k) => dropped.has(k) || CONNECTIVES.has(tokens[k]!.lower))
	)
		dropped = new Set();
	// So does one that names what a figure is compared with: "was below the 1987 level".
	const [lo, hi] = extent(dropped);
	if (
		tokens[lo - 1]?.pos === 'DET' &&
		tokens[hi + 1]?.pos === 'NOUN' &&
		/^(?:below|above|over|under|than|from|versus)$/.test(tokens[lo - 2]?.lower ?? '')
	)
		dropped = new Set();
	const setsOff = (k: number) => {
		if (dropped.has(k + 1)) return true;
		let j = k - 1;
		while (dropped.has(j)) j--;
		return j < k - 1 && tokens[j]?.text === ',';
	};
	let words: Array<number | string> = [...keep]
		.sort((a, b) => a - b)
		// "shortly after he returned": the adverb goes with the subordinator it focuses.
		.filter(
			(k) =>
				!dropped.has(k) &&
				k !== clause.opener &&
				!(k === clause.opener - 1 && FOCUS_ADVERBS.has(tokens[k]!.lower)),
		)
		// Commas that set the date off go with it ("The Church, on October 18, accused"); a comma
		// after a date alone still ends the clause ("in Asia on January 21, with fears").
		.filter((k) => tokens[k]!.text !== ',' || !setsOff(k));
	// "will leave at 4 (4 a.m. EDT Thursday)": what a parenthesis adds is no part of a title.
	const bracketed = parenthesised(tokens);
	if (bracketed.size) words = words.filter((k) => typeof k !== 'number' || !bracketed.has(k));
	// "Thursday's announcement" without its date is "the announcement".
	words = words.map((k) =>
		typeof k === 'number' && /^['’]s$/.test(tokens[k]!.text) && dropped.has(k - 1) ? 'the' : k,
	);
	// A relative clause without "that" ("the jobs [he has held]") lacks its object: "He has held
	// the jobs". A participle after its noun ("the warrant [issued Monday]") follows the noun.
	if (clause.kind === 'relative' && clause.group && clause.opener < 0) {
		const antecedent = antecedentOf(tokens, clause.tokens[0]!);
		// The object is missing at the end of the verb chain: "the stake it agreed to buy | ".
		let end = clause.group.to;
		while (tokens[end + 1]?.lower === 'to' && tokens[end + 2]?.pos === 'VERB') end += 2;
		const at = words.findIndex((w) => typeof w === 'number' && w > end);
		if (clause.reduced || !antecedent.length) words = [...antecedent, ...words];
		else words.splice(at < 0 ? words.length : at, 0, ...antecedent);
	} else if (clause.kind === 'relative' && clause.group) {
		let antecedent = antecedentOf(tokens, clause.opener);
		// "two Danes and a Swede who were questioned", "Poland, the Czech Republic and Hungary,
		// who were invited": a plural verb agrees with the whole coordination.
		if (
			tokens[antecedent[0]! - 1]?.lower === 'and' &&
			/^(?:were|are|have)$/.test(tokens[clause.group.from]!.lower)
		) {
			for (let link = antecedent[0]! - 1, n = 0; n < 4; n++) {
				const conjunct = antecedentOf(tokens, link);
				if (!conjunct.length) break;
				antecedent = [...conjunct, ...range(conjunct.at(-1)! + 1, antecedent[0]!), ...antecedent];
				link = conjunct[0]! - 1;
				if (tokens[link]?.text !== ',') break;
			}
		}
		const whose = tokens[clause.opener]!.lower === 'whose';
		// "Saddam, with whom the king met": the preposition goes back with its noun.
		const pied = clause.opener - 1;
		const preposition = tokens[pied]?.pos === 'ADP' && words.includes(pied);
		if (preposition) {
			words = words.filter((w) => w !== pied);
			antecedent = antecedentOf(tokens, pied);
		}
		const group = tokens.slice(clause.group.from, clause.group.to + 1);
		// A passive has no object to fill: "that either was involved" is whole already.
		const passive = group.some((t) => t.lemma === 'be') && group.length > 1;
		// The pronoun is the subject when nothing but a date or an adverb stands before the verb.
		const between = tokens
			.slice(clause.opener + 1, clause.group.from)
			.every((t, j) => dropped.has(clause.opener + 1 + j) || t.pos === 'ADV');
		const gap = clause.group.from <= clause.opener + 1 || whose || between;
		if (antecedent.length) {
			// "the dolls, whose sales" → "The dolls' sales": a plural in -s takes the apostrophe alone.
			const plural =
				/[^s]s$/.test(tokens[antecedent.at(-1)!]!.lower) &&
				tokens[antecedent.at(-1)!]!.pos === 'NOUN';
			const noun: Array<number | string> = whose
				? [...antecedent, plural ? "'" : "'s"]
				: antecedent;
			// A prepositional phrase comes after what the verb takes: "She walked the trail with …".
			if (preposition) {
				let end = words.length;
				while (
					end > 0 &&
					typeof words[end - 1] === 'number' &&
					tokens[words[end - 1] as number]!.pos === 'PUNCT'
				)
					end--;
				words.splice(end, 0, pied, ...antecedent);
			} else if (gap) words = [...noun, ...words];
			else if (!passive) {
				const at = words.findIndex((w) => typeof w === 'number' && w > clause.group!.to);
				words.splice(at < 0 ? words.length : at, 0, ...noun);
			}
		}
	}
	const subjectOf = (c: Clause): number[] => {
		if (c.shares !== undefined) return subjectOf(clauses[c.shares]!);
		const own = c.tokens.filter((k) => c.group && k < c.group.from && !dropped.has(k));
		// "The party recently took 13 percent, and hopes …": the adverb was the first verb's.
		while (own.length && tokens[own.at(-1)!]!.pos === 'ADV') own.pop();
		return own;
	};
	const first = words.find((w) => typeof w === 'number') as number | undefined;
	// "Smith joined the bank and rose to chief executive": the second predicate's subject is Smith.
	if (clause.shares !== undefined && clause.group && first === clause.group.from) {
		const shared = clauses[clause.shares]!;
		// "Vesta, which is traded in Oslo and is to resume trading": the relative's noun.
		const own = subjectOf(shared);
		// "The fort was declared a monument in 1931 and restored in the 1970s": a bare participle
		// shares the auxiliaries too.
		const head = tokens[clause.group.head]!;
		const auxiliaries =
			clause.group.from === clause.group.to &&
			/(?:ed|en)$/.test(head.lower) &&
			head.lower !== head.lemma &&
			shared.group
				? range(shared.group.from, shared.group.head).filter((k) => tokens[k]!.pos === 'AUX')
				: [];
		// "an expert [kidnapped] and presumed killed by the guerrillas": the noun a participle
		// describes, and the participle it is joined to.
		const reduced = shared.kind === 'relative' && shared.reduced && shared.group;
		words =
			!own.length && shared.kind === 'relative' && shared.opener >= 0
				? [...antecedentOf(tokens, shared.opener), ...auxiliaries, ...words]
				: !own.length && reduced
					? [
							...antecedentOf(tokens, shared.tokens[0]!),
							...range(shared.group!.from, clause.opener + 1),
							...words,
						]
					: [...own, ...auxiliaries, ...words];
	}
	// "The boy was placed in care after being found at sea": the gerund's subject is its clause's,
	// and "being" or "having" carries the tense a title needs ("The boy was found at sea").
	const holder = clauses[clause.parent];
	if (
		clause.kind === 'subordinate' &&
		clause.group &&
		first === clause.group.from &&
		/^(?:being|having)$/.test(tokens[first]!.lower) &&
		holder?.group
	) {
		const own = subjectOf(holder);
		if (
			own.length &&
			own.every((k) => tokens[k]!.pos !== 'PRON' || PERSONAL.test(tokens[k]!.lower))
		) {
			const plural =
				/^(?:they|we)$/.test(tokens[own.at(-1)!]!.lower) ||
				own.some((k) => tokens[k]!.lower === 'and') ||
				/[^s]s$/.test(tokens[own.at(-1)!]!.lower);
			const tense = tokens[first]!.lower === 'having' ? 'had' : plural ? 'were' : 'was';
			words = [...own, tense, ...words.slice(1)];
		}
	}
	// "GM said it lost $6 billion": the reported "it" is most likely the one who reported it.
	const parent = clauses[clause.parent];
	if (clause.kind === 'complement' && parent?.group && clause.group) {
		// Quoted words ("it “categorically” rejects") are no part of the subject.
		const own = words.filter(
			(w) =>
				typeof w === 'number' &&
				w < clause.group!.from &&
				!quoted.has(w) &&
				!/^["“”]$/.test(tokens[w]!.text),
		) as number[];
		// "The ministry immediately said it …": the adverb is the report's, not the subject's.
		const reporter = subjectOf(parent).filter((k) => tokens[k]!.pos !== 'ADV');
		if (own.length === 1 && standsFor(tokens, tokens[own[0]!]!.lower, reporter))
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
		// Nor on a clitic whose word was left out: "'s parks".
		const linking =
			CONNECTIVES.has(t.lower) ||
			(SEQUENCE_ADVERBS.has(t.lower) && w === 0 && !/^(?:VERB|AUX)$/.test(tokens[1]?.pos ?? ''));
		if (!linking && !/^(?:[,;:.!?—–-]|['’]s|n['’]t)$/.test(t.text)) break;
		words.shift();
	}
	// "The closure was necessary because the owners of the mill": a subordinator whose clause
	// lost its verb (to an aside the segmenter could not place) leaves with what follows it.
	const verbFrom = clause.group?.to ?? Infinity;
	const open = words.findIndex(
		(w, j) =>
			typeof w === 'number' &&
			w > verbFrom &&
			tokens[w]!.pos === 'SCONJ' &&
			SUBORDINATORS.has(tokens[w]!.lower) &&
			!words
				.slice(j + 1)
				.some((x) => typeof x === 'number' && /^(?:VERB|AUX)$/.test(tokens[x]!.pos)),
	);
	if (open > 0) words = words.slice(0, open);
	// Nor does it end on a word that leads on: "… 691 pence and, therefore".
	const trailing = (w: number | string | undefined) => {
		const t = typeof w === 'number' ? tokens[w]! : undefined;
		if (!t || /^(?:NOUN|PROPN|NUM)$/.test(t.pos)) return false;
		// A subject pronoun waits for its verb: "the security they | asked for".
		if (t.pos === 'PRON' && /^(?:i|we|he|she|they)$/.test(t.lower)) return true;
		return /^[,;:.!?—–-]$/.test(t.text) || DANGLING.has(t.lower) || CONNECTIVES.has(t.lower);
	};
	// A particle right after its verb is part of it: "a pilot calls in", "the talks broke down".
	// "will vote on | whether …" is a preposition whose object was left out.
	const particle = (w: number | string | undefined, before: number | string | undefined) =>
		typeof w === 'number' &&
		typeof before === 'number' &&
		tokens[before]!.pos === 'VERB' &&
		PARTICLES.has(tokens[w]!.lower) &&
		!/^(?:whether|what|how|why|who|which|where|when|if)$/.test(tokens[w + 1]?.lower ?? '');
	for (let n = 0; ;) {
		if (words.length > 1 && trailing(words.at(-1)) && !particle(words.at(-1), words.at(-2)))
			words.pop();
		else if (words.length > 2 && (n = trailingMeasure(tokens, words))) words.splice(-n);
		else break;
	}
	// "…, according to media reports": the attribution is no part of what happened.
	const according = words.findIndex(
		(w, j) =>
			typeof w === 'number' &&
			tokens[w]!.lower === 'according' &&
			tokens[w + 1]?.lower === 'to' &&
			j > 0 &&
			tokens[words[j - 1] as number]?.text === ',',
	);
	if (according > 1 && clause.group && words.indexOf(clause.group.from) < according)
		words = words.slice(0, according - 1);
	// "Kopp, 44, of Vermont, was seen" without its aside: a lone comma between the subject and its
	// verb, whose pair went with the aside, goes too.
	const verbAt = clause.group ? words.indexOf(clause.group.from) : -1;
	const comma = (w: number | string | undefined) =>
		typeof w === 'number' && tokens[w]!.text === ',';
	if (verbAt > 0 && comma(words[verbAt - 1]) && words.slice(0, verbAt).filter(comma).length === 1)
		words.splice(verbAt - 1, 1);
	// Too long: shed what describes the subject, then an adverbial of the predicate, when that
	// keeps more of what happened than cutting the end does.
	const max = request.max ?? MAX_TITLE;
	let chosen = fitted(sentence, tokens, words, clause, quoted, max);
	if (!chosen.whole) {
		const from = clause.group?.from;
		const verbAt = (ws: Array<number | string>) => (from === undefined ? -1 : ws.indexOf(from));
		const shorter = shortenTitle(
			tokens,
			words,
			verbAt,
			(ws) => pieces(sentence, tokens, ws).join('').length <= max,
		);
		if (shorter !== words) {
			// Words of the predicate count only when the shorter title keeps them too: an adverbial
			// it drops ("voted | by a narrow margin") is not what happened.
			const essential = new Set(shorter);
			const predicate = (ws: Array<number | string>, kept: number) =>
				verbAt(ws) < 0 ? 0 : ws.slice(verbAt(ws), kept).filter((w) => essential.has(w)).length;
			const short = fitted(sentence, tokens, shorter, clause, quoted, max);
			if (predicate(shorter, short.kept) > predicate(words, chosen.kept)) chosen = short;
		}
	}
	// Typewriter quotes (``so'') read as the quotation marks they stand for.
	const text = closeQuotes(chosen.text.replace(/``\s*/g, '“').replace(/\s*''/g, '”'));
	return { text: capitalize(text), whole: chosen.whole };
}

/**
 * A title that ends inside a quotation closes it: 'the "new markets,"' loses its comma, and the
 * mark after the comma went with it.
 */
function closeQuotes(title: string): string {
	if (title.endsWith('…') || !(title.includes('"') || title.includes('“'))) return title;
	// A closing mark whose full stop was left out sits against the last word.
	const text = title.replace(/\s+(["”])$/, '$1');
	const curly = (text.match(/“/g) ?? []).length - (text.match(/”/g) ?? []).length;
	if (curly > 0) return `${text}”`;
	return (text.match(/"/g) ?? []).length % 2 ? `${text}"` : text;
}

/**
 * The title of `words` within the length, cut after a whole phrase when it must be, and how many
 * of its words it keeps (none when it had to be cut inside a phrase).
 */
function fitted(
	sentence: string,
	tokens: Token[],
	words: Array<number | string>,
	clause: Clause,
	quoted: Set<number>,
	max = MAX_TITLE,
): { text: string; whole: boolean; kept: number } {
	const parts = pieces(sentence, tokens, words);
	let total = 0;
	const prefix = parts.map((x) => (total += x.length));
	const text = parts.join('');
	if (text.length <= max) return { text, whole: true, kept: words.length };
	const head = clause.group ? words.indexOf(clause.group.head) : 0;
	const at = cut(tokens, words, prefix, head, clause.kind === 'quote' ? new Set() : quoted, max);
	if (at >= 0) return { text: parts.slice(0, at + 1).join(''), whole: false, kept: at + 1 };
	const space = text.lastIndexOf(' ', max - 1);
	return {
		text: `${text.slice(0, space > 20 ? space : max - 1).replace(/[\s,;:]+$/, '')}…`,
		whole: false,
		kept: 0,
	};
}
