/**
 * Reads one clause of a sentence as an editor would: its news title, its main verb, its tense and
 * whether it states a fact that happened. Built on wink-nlp's part-of-speech tags.
 */
import { CONNECTIVES, DAY_NAMES, LISTENER_VERBS, REPORTING } from './lexicon.ts';
import { irrealisOf, tenseOf, type Irrealis, type Tense } from './modality.ts';
import { parseSentence, type Parse as Parsed, type ParseCache } from './parseSentence.ts';
import { restrictsQuantifier, segmentClauses, type Clause } from './segmentClauses.ts';
import { capitalize, inPhrase, MAX_TITLE, titleOf, type TitleRequest } from './titleOf.ts';

/** What one clause of a sentence says, and how. */
export interface ClauseReading {
	/** News title of the clause: subject + verb phrase (+ object), date phrase/connectives removed, ≤ ~70 chars, cut at a word boundary. */
	title: string;
	/** Offsets of the clause's main verb (head of the predicate) within the sentence string, or null. */
	verb: { start: number; end: number } | null;
	/** 'perfect' = present perfect ("has sold"); 'future' = will/going to/be set to … */
	tense: Tense;
	/** Why the clause is not a fact that happened, or null when it is: modal ("could", "may"), conditional
	 *  ("if …"), negated ("did not"), question, generic/habitual present ("Banks lend money"), opinion
	 *  ("I have great confidence that …", "we believe"), future, imperative. */
	irrealis: Irrealis;
	/** The main verb is one of reporting/communication ("said", "told", "announced", "reported"). */
	reporting: boolean;
	/** For a reporting clause, the reading of its reported complement ("GM said it lost $6 billion" → the "it lost
	 *  $6 billion" clause), else null. */
	complement: Omit<ClauseReading, 'complement'> | null;
}

/** Options beyond the published shape: a span's title keeps its phrase; parses may be shared. */
export interface ReadOptions {
	keep?: boolean;
	parses?: ParseCache;
}

// Verbs whose object is a figure of their subject: "posted a loss", "recorded a gain".
const POSTING = new Set(['post', 'record', 'book', 'suffer', 'incur', 'log', 'take']);

// Reporting verbs whose object is disputed or not yet so: the speaker stays in the title.
const STANCE = new Set([
	'argue',
	'claim',
	'contend',
	'allege',
	'maintain',
	'insist',
	'deny',
	'predict',
	'estimate',
	'warn',
]);

// Reporting verbs that reject what they report.
const DENIAL = new Set(['deny', 'dismiss', 'reject', 'refute', 'dispute', 'contradict']);

const isReporting = (p: Parsed, c: Clause | undefined) =>
	!!c?.group && REPORTING.has(p.tokens[c.group.head]!.lemma);

/**
 * A top-level reporting clause that ends the sentence after at most a date or an adverb is an
 * attribution ("…, an official said Friday."): the clause before it (or the quotation) is what
 * was said.
 */
function attributed(p: Parsed, index: number, phrase?: { start: number; end: number }): number {
	const c = p.clauses[index]!;
	// "…, when the shooting occurred, Murray said": a comma splice after a nested clause still
	// attributes the whole sentence.
	const topLevel = c.parent < 0 || (c.kind === 'coordinate' && c.opener < 0);
	if (!topLevel || !isReporting(p, c) || index === 0) {
		const quote = p.clauses.findIndex((q) => q.kind === 'quote');
		return isReporting(p, c) && quote >= 0 && c.parent < 0 ? quote : -1;
	}
	// "…, the department said last year": the date goes with the attribution.
	const dated = (k: number) => !!phrase && inPhrase(p.tokens[k]!, phrase);
	const rest = c.tokens.filter((k) => k > c.group!.to && p.tokens[k]!.pos !== 'PUNCT' && !dated(k));
	// "…, a source told The Associated Press": the listener of "tell" is part of the attribution.
	const listener =
		LISTENER_VERBS.has(p.tokens[c.group!.head]!.lemma) &&
		rest.every(
			(k) =>
				/^(?:DET|ADJ|PROPN|NOUN)$/.test(p.tokens[k]!.pos) ||
				// a participle inside a name: "The Associated Press"
				(p.tokens[k]!.pos === 'VERB' && /ed$/.test(p.tokens[k]!.lower)),
		);
	// "…, the minister said Monday in reply to questions": a prepositional phrase after the verb
	// says how or where it was said, not what.
	// Without a verb of its own it may be long: "in response to missile attacks on … in …".
	const adjunct =
		p.tokens[rest[0] ?? -1]?.pos === 'ADP' &&
		(rest.length <= 12 || (rest.length <= 24 && !rest.some((k) => p.tokens[k]!.pos === 'AUX')));
	if (
		!adjunct &&
		(rest.length > (listener ? 5 : 4) ||
			(!listener && rest.some((k) => /^(?:NOUN|VERB)$/.test(p.tokens[k]!.pos))))
	)
		return -1;
	for (let k = index - 1; k >= 0; k--) {
		const said = p.clauses[k]!;
		// A short clause counts with what it reports: "Ortiz said [he would …]".
		const short = said.tokens.length < 3 && !p.clauses.some((x) => x.parent === k);
		if (said.parent >= 0 || said.kind === 'quote' || short) continue;
		// "… have been taken into custody or located, …, the FBI said": what was said starts at the
		// first of predicates joined by a conjunction.
		let first = k;
		while (first > 0 && p.clauses[first]!.kind === 'coordinate' && p.clauses[first]!.opener >= 0) {
			let before = first - 1;
			while (before >= 0 && (p.clauses[before]!.parent >= 0 || p.clauses[before]!.kind === 'quote'))
				before--;
			if (before < 0 || !p.clauses[before]!.group) break;
			first = before;
		}
		return first;
	}
	return -1;
}

function reading(
	p: Parsed,
	index: number,
	request: TitleRequest,
): Omit<ClauseReading, 'complement'> & { whole: boolean } {
	const c = p.clauses[index]!;
	const head = c.group ? p.tokens[c.group.head]! : undefined;
	const tense: Tense = tenseOf(p.tokens, c);
	let irrealis: Irrealis = irrealisOf(p.tokens, c, tense, p.question && c.kind !== 'quote');
	let verb = head ? { start: head.start, end: head.end } : null;
	// The tagger reads a capitalised opening verb as a name: "Close the door."
	const first = p.tokens[0];
	if (
		!c.group &&
		c.kind === 'main' &&
		first &&
		/^(?:PROPN|VERB)$/.test(first.pos) &&
		/^(?:DET|PRON)$/.test(p.tokens[1]?.pos ?? '')
	) {
		irrealis = 'imperative';
		verb = { start: first.start, end: first.end };
	}
	return {
		...(({ text, whole }) => ({ title: text, whole }))(
			titleOf(p.sentence, p.tokens, p.clauses, index, request),
		),
		verb,
		tense,
		irrealis,
		reporting: isReporting(p, c),
	};
}

/** The reading of clause `index`, with what it reports when it reports speech. */
function readAt(p: Parsed, index: number, request: TitleRequest): ClauseReading {
	const { whole, ...own } = reading(p, index, request);
	if (!own.reporting) return { ...own, complement: null };
	const said = p.clauses.findIndex((c) => c.parent === index && c.kind === 'complement');
	const before = attributed(p, index, request.phrase);
	const target = said >= 0 ? said : before;
	const complement = target >= 0 ? withoutWhole(reading(p, target, request)) : null;
	const c = p.clauses[index]!;
	if (target >= 0 && p.clauses[target]!.kind === 'quote' && c.group) {
		const title = quoteTitle(p, c, p.clauses[target]!, request.phrase);
		return { ...own, ...(title ? { title } : {}), complement };
	}
	// A date in the attribution dates the report; the title is what was reported. So it is when
	// the report is too long for a title: "Thomson and Reuters have agreed to combine".
	// A claim, a denial or a forecast is news only with its speaker: "Iraq had argued the sites
	// should be off limits" keeps the frame when its cut still holds what was claimed.
	// "denied a report that more suspects had been arrested": what is denied did not happen, as far
	// as the speaker goes, so the denial is the news and never what it denies.
	if (c.group && DENIAL.has(p.tokens[c.group.head]!.lemma)) return { ...own, complement };
	const stance = c.group && STANCE.has(p.tokens[c.group.head]!.lemma);
	const keepsClaim =
		stance &&
		complement?.verb &&
		own.title.includes(p.sentence.slice(complement.verb.start, complement.verb.end));
	if (complement && (target === before || !whole) && !(keepsClaim && target !== before))
		return { ...own, title: complement.title, complement };
	return { ...own, complement };
}

/** Words of the sentence in order, with the text's own spacing between neighbours. */
const render = (p: Parsed, words: number[]) =>
	words
		.map((k, j) =>
			j === 0
				? p.tokens[k]!.text
				: (words[j - 1] === k - 1
						? p.sentence.slice(p.tokens[k - 1]!.end, p.tokens[k]!.start)
						: ' ') + p.tokens[k]!.text,
		)
		.join('');

const withoutWhole = ({ whole: _whole, ...r }: ReturnType<typeof reading>) => r;

/**
 * "“We are pleased,” the minister said": who said it and the whole quotation when it fits, else
 * the speaker and the verb; a quotation is never cut. "…, said the Church" names its speaker
 * after the verb.
 */
function quoteTitle(
	p: Parsed,
	c: Clause,
	quote: Clause,
	phrase?: { start: number; end: number },
): string | null {
	const g = c.group!;
	const verb = c.tokens.filter((k) => k >= g.from && k <= g.to);
	// The speaker without the date phrase or a leading "And": "And Bush yesterday replied" → "Bush".
	const dated = (k: number) => !!phrase && inPhrase(p.tokens[k]!, phrase);
	let subject = c.tokens.filter(
		(k) => k < g.from && !/^[,.]$/.test(p.tokens[k]!.text) && !dated(k),
	);
	while (subject.length > 1 && CONNECTIVES.has(p.tokens[subject[0]!]!.lower)) subject.shift();
	if (!subject.length) {
		subject = [];
		// '…, said the message, read by Perez, president of …': the speaker's words run unbroken.
		// '…," says one official involved in the talks': a number may open it, and a participle
		// after its noun says which one.
		for (const k of c.tokens.filter((k) => k > g.to)) {
			const t = p.tokens[k]!;
			if (!/^(?:DET|ADJ|NOUN|PROPN|PART|NUM)$/.test(t.pos)) break;
			if (subject.length && k !== subject.at(-1)! + 1) break;
			if (subject.length && t.pos === 'ADJ' && /ed$/.test(t.lower)) break;
			subject.push(k);
		}
	}
	if (!subject.length) return null;
	const words = longestRun(quote.tokens).map((k) => p.tokens[k]!);
	const text = p.sentence
		.slice(words[0]!.start, words.at(-1)!.end)
		.replace(/\s*\([^()]*\)/g, '')
		.replace(/[,.;:]+$/, '');
	// Headline style drops the verb when the whole quotation would not fit: "Smith: “…”", and
	// names a person by surname: "Armando Gutierrez, spokesman for …" → "Gutierrez: “…”".
	const name = subject.filter((k) => p.tokens[k]!.pos === 'PROPN');
	const surname =
		name.length >= 2 &&
		name.at(-1) === subject.at(-1) &&
		/^[A-Z][a-z]/.test(p.tokens[name.at(-1)!]!.text)
			? [name.at(-1)!]
			: null;
	// "Smith told reporters: “…”": a verb of telling keeps the one told.
	const told = LISTENER_VERBS.has(p.tokens[g.head]!.lemma)
		? c.tokens
				.filter((k) => k > g.to)
				.filter(
					(k, j, ks) =>
						ks[0]! + j === k && /^(?:DET|ADJ|NOUN|PROPN|PRON)$/.test(p.tokens[k]!.pos) && !dated(k),
				)
		: [];
	// Headline style ("Smith: “…”") needs a name; a pronoun keeps its verb ("She said: “…”").
	const pronoun = subject.length === 1 && p.tokens[subject[0]!]!.pos === 'PRON';
	const speakers = [
		told.length ? [...subject, ...verb, ...told] : [...subject, ...verb],
		...(pronoun ? [] : [subject]),
	];
	for (const who of [...speakers, ...(surname ? [surname] : [])]) {
		const title = `${capitalize(render(p, who))}: “${text}”`;
		if (title.length <= MAX_TITLE) return title;
	}
	// A long quotation is titled by its own first clause, whole: "Store said: “We have heard the
	// voters”"; in the third person it reads as reported speech, and may be cut like any clause.
	// "She said: “I think”": a quotation's own clause titles it only with three words or more.
	const says = (said: ReturnType<typeof quoteClause>) =>
		!!said && said.text.split(/\s+/).length >= 3;
	const said = quoteClause(p, quote);
	const saysEnough = says(said);
	if (said) {
		for (const who of speakers) {
			const title = `${capitalize(render(p, who))}: “${said.text}”`;
			if (said.whole && title.length <= MAX_TITLE && saysEnough) return title;
		}
		// Cut after a whole phrase, it is still the speaker's words, and names them when it can:
		// 'One official says: “This is a guy who is impulsive”'.
		if (!said.personal && saysEnough) {
			const named = speakers
				.map((who) => `${capitalize(render(p, who))}: “${said.text}”`)
				.find((title) => title.length <= MAX_TITLE && !said.text.endsWith('…'));
			return named ?? capitalize(said.text);
		}
		// "We", "I" or "you" need their speaker: the quotation's clause is cut to the room the
		// speaker leaves, after a whole phrase as any title is, and so is still the speaker's words.
		// The speaker's longer form wins only when it costs none of the quotation's words.
		let best = '';
		let kept = 0;
		for (const who of speakers) {
			const speaker = `${capitalize(render(p, who))}: “`;
			const fitted = quoteClause(p, quote, MAX_TITLE - speaker.length - 1);
			if (!fitted || !says(fitted) || fitted.text.endsWith('…') || fitted.text.length <= kept)
				continue;
			best = `${speaker}${fitted.text}”`;
			kept = fitted.text.length;
		}
		if (best) return best;
	}
	// The attribution with its object ("Smith told reporters"); a speaker after the verb comes first.
	return c.tokens[0] === g.from ? capitalize(render(p, [...subject, ...verb])) : null;
}

/**
 * The main clause of a quotation, read as a sentence of its own: its title, whether it is whole,
 * and whether its subject is the speaker or the listener ("we", "I", "you"), who only the
 * attribution names.
 */
function quoteClause(
	p: Parsed,
	quote: Clause,
	max?: number,
): { text: string; whole: boolean; personal: boolean } | null {
	let run = longestRun(quote.tokens);
	// '``We cannot stop! The struggle goes on!'' said the message': a quotation of several
	// sentences is titled by its first.
	const stop = run.findIndex((k, j) => j < run.length - 1 && /^[.!?]$/.test(p.tokens[k]!.text));
	if (stop > 0) run = run.slice(0, stop + 1);
	const tokens = p.tokens.slice(run[0], run.at(-1)! + 1);
	const { clauses } = segmentClauses(tokens);
	const main = clauses.findIndex((c) => c.parent < 0 && c.kind !== 'quote' && c.group?.finite);
	if (main < 0) return null;
	const c = clauses[main]!;
	const subject = c.tokens.filter((k) => k < c.group!.from).map((k) => tokens[k]!.lower);
	const { text, whole } = titleOf(p.sentence, tokens, clauses, main, max ? { max } : {});
	return { text, whole, personal: subject.some((w) => /^(?:i|we|you)$/.test(w)) };
}

/**
 * The longest run of neighbouring tokens: 'said on NBC's ''Today''' quotes a name after the
 * quotation, and the attribution between the two is no part of either.
 */
function longestRun(tokens: number[]): number[] {
	let best: number[] = [];
	let run: number[] = [];
	for (const k of tokens) {
		// Marks between two quoted words of one quotation are not quoted themselves.
		run = run.length && k - run.at(-1)! <= 3 ? [...run, k] : [k];
		if (run.length > best.length) best = run;
	}
	return best;
}

const DAY_WORDS = new Set([...DAY_NAMES, 'tonight']);

/**
 * "The government Saturday condemned two bomb attacks in Kenya and Tanzania Friday": a day right
 * after the object's noun, when the clause's verb has a day of its own, dates that noun; the noun
 * phrase is the title ("Two bomb attacks in Kenya and Tanzania"). Null elsewhere.
 */
function objectDateTitle(
	p: Parsed,
	phrase: { start: number; end: number },
	{ at, index }: Holder,
): string | null {
	const c = p.clauses[index];
	if (!c?.group || at <= c.group.to + 1 || !DAY_WORDS.has(p.tokens[at]?.lower ?? '')) return null;
	if (!/^(?:NOUN|PROPN)$/.test(p.tokens[at - 1]?.pos ?? '')) return null;
	const dated = c.tokens.some(
		(k) => k < at && DAY_WORDS.has(p.tokens[k]!.lower) && !inPhrase(p.tokens[k]!, phrase),
	);
	if (!dated) return null;
	let from = c.group.to + 1;
	while (p.tokens[from]?.pos === 'ADV') from++;
	if (!/^(?:DET|NUM|ADJ|NOUN|PROPN)$/.test(p.tokens[from]?.pos ?? '')) return null;
	const text = p.sentence.slice(p.tokens[from]!.start, p.tokens[at - 1]!.end);
	return text.length <= MAX_TITLE ? capitalize(text) : null;
}

/** Where a phrase sits: its first token and the clause that holds it (-1 when none does). */
interface Holder {
	at: number;
	index: number;
}

/** Where the phrase sits; a title finds it once and hands it to each of its readers. */
function phraseClause(p: Parsed, phrase: { start: number; end: number }): Holder {
	const at = p.tokens.findIndex((t) => t.end > phrase.start);
	return { at, index: p.clauses.findIndex((c) => c.tokens.includes(at)) };
}

/**
 * Whether the phrase dates something the sentence only describes: a relative clause ("the
 * principle it vindicated two years ago", "a law that took effect in 1996") gives its noun's
 * background and does not move the story's time.
 */
export function inRelativeClause(
	sentence: string,
	phrase: { start: number; end: number },
	parses?: ParseCache,
): boolean {
	const p = parseSentence(sentence, parses);
	return enclosing(p, phrase).some((c) => c.kind === 'relative');
}

/** The clause that holds the phrase and the clauses around it, innermost first. */
function enclosing(p: Parsed, phrase: { start: number; end: number }): Clause[] {
	const out: Clause[] = [];
	for (let k = phraseClause(p, phrase).index; k >= 0; k = p.clauses[k]!.parent)
		out.push(p.clauses[k]!);
	return out;
}

/**
 * Whether the phrase dates a condition contrary to fact: "If the owners had repaired the dam in
 * 2019, …", "Had the owners repaired it in 2019, …". The past perfect of a condition says the
 * thing did not happen, so the date marks no event.
 */
export function unrealPast(
	sentence: string,
	phrase: { start: number; end: number },
	parses?: ParseCache,
): boolean {
	const p = parseSentence(sentence, parses);
	return enclosing(p, phrase).some((c) => {
		if (c.kind !== 'subordinate' || c.opener < 0 || !c.group) return false;
		const opener = p.tokens[c.opener]!.lower;
		if (opener === 'had' && c.opener === 0) return true;
		const group = p.tokens.slice(c.group.from, c.group.to + 1);
		return (
			/^(?:if|unless)$/.test(opener) && group.length > 1 && group.some((t) => t.lower === 'had')
		);
	});
}

/** The clause a date phrase belongs to: an opening phrase belongs to the main clause. */
function clauseAt(
	p: Parsed,
	phrase: { start: number; end: number },
	holder = phraseClause(p, phrase),
): number {
	const at = holder.at;
	// "a deal in January, when a rival bought 12 jets": a "when" clause after a date says what
	// happened then.
	// Without the comma ("implied as much yesterday when reporters asked") the "when" clause
	// restricts the date instead, and the date is the main clause's.
	let after = p.tokens.findIndex((t) => t.start >= phrase.end);
	if (p.tokens[after]?.text !== ',') after = -1;
	else after++;
	// Only a date that follows a noun ("a deal in January") leaves its clause to the "when" clause;
	// one that follows the verb ("were evacuated in November, when …") dates the verb.
	let k = at - 1;
	while (k >= 0 && /^(?:ADP|DET)$/.test(p.tokens[k]!.pos)) k--;
	// "many held since early December, when Castro promised …": so does one that a span starts from.
	const afterNoun =
		/^(?:NOUN|PROPN|NUM)$/.test(p.tokens[k]?.pos ?? '') ||
		p.tokens[at - 1]?.lower === 'since' ||
		p.tokens[at]?.lower === 'since';
	// "doctors were killed, most recently last October when a sniper shot Slepian": a date set off
	// by a comma, with only adverbs before it, names one occasion, and the "when" clause tells it.
	let j = at - 1;
	while (j >= 0 && p.tokens[j]!.pos === 'ADV') j--;
	const occasion = p.tokens[j]?.text === ',' && j > 0;
	const next = p.tokens.findIndex((t) => t.start >= phrase.end);
	const when = p.clauses.findIndex(
		(c) =>
			c.kind === 'subordinate' &&
			((afterNoun && c.opener === after) || (occasion && c.opener === next)) &&
			p.tokens[c.opener]!.lower === 'when',
	);
	if (when >= 0 && p.clauses[when]!.group) return when;
	let index = holder.index;
	const c = p.clauses[index];
	if (!c) return mainClause(p);
	// "The warrant issued Monday charged Kopp": the date of a participle in the subject is the
	// date of what the clause says.
	// One after the verb ("held the record for a galaxy found in 2016") dates its participle.
	const parent = p.clauses[c.parent];
	const inSubject = !parent?.group || c.tokens[0]! < parent.group.from;
	// "Marsh, speaking on Tuesday, called …", "…, arriving there days after the raid": a gerund-
	// participle phrase without a subject tells the circumstances of its clause's event, whose
	// subject it shares.
	const circumstance =
		c.kind === 'aside' &&
		!!c.group &&
		c.tokens[0] === c.group.from &&
		/ing$/.test(p.tokens[c.group.head]!.lower) &&
		!!parent?.group;
	// "…, officials said as dawn broke Saturday", "Hale said when asked Thursday": a time clause
	// of a report says when it was made; so does a participle of its medium ("said in a letter
	// published Wednesday", "said in the letter, dated Monday").
	const participle =
		!!c.group && c.tokens[0] === c.group.from && /(?:ed|en)$/.test(p.tokens[c.group.head]!.lower);
	const whenSaid =
		((c.kind === 'subordinate' &&
			/^(?:as|when|while|after|before)$/.test(p.tokens[c.opener]?.lower ?? '')) ||
			(c.reduced === true && !inSubject) ||
			// "Gonzalez said in the letter, dated Monday": so does a participle set off after it.
			(c.kind === 'aside' && participle)) &&
		isReporting(p, parent);
	// "lost everything they owned on Monday": a clause that restricts a quantifier ("all we can",
	// "everything they owned") completes the noun phrase of the verb the date belongs to.
	if (
		restrictsQuantifier(p.tokens, c) ||
		c.kind === 'adverbial' ||
		(c.kind === 'aside' && !c.group) ||
		(c.reduced && inSubject) ||
		circumstance ||
		whenSaid
	)
		index = Math.max(0, c.parent);
	if (p.clauses[index]!.kind === 'quote') return mainClause(p);
	return p.clauses[index]!.group ? index : mainClause(p);
}

/** The first top-level clause with a verb, else the first clause. */
function mainClause(p: Parsed): number {
	const i = p.clauses.findIndex((c) => c.parent < 0 && c.kind !== 'quote' && c.group);
	return i < 0 ? 0 : i;
}

/** Reads the clause that holds [phrase.start, phrase.end) when given, else the sentence's main clause. */
export function readClause(
	sentence: string,
	phrase?: { start: number; end: number },
	options: ReadOptions = {},
): ClauseReading {
	const p = parseSentence(sentence, options.parses);
	if (!p.tokens.length)
		return {
			title: '',
			verb: null,
			tense: 'present',
			irrealis: null,
			reporting: false,
			complement: null,
		};
	const index = phrase ? clauseAt(p, phrase) : mainClause(p);
	return readAt(p, index, { phrase, keep: options.keep });
}

/**
 * "its 1990 invasion of Kuwait", "the 1995 shooting of Dr. Hugh Short": a date before a noun
 * dates what the noun names, not the clause around it; its title is that noun with its "of"
 * phrase ("Invasion of Kuwait"). Null when the date is no such modifier or the noun has no "of".
 */
function nounPhraseTitle(p: Parsed, phrase: { start: number; end: number }): string | null {
	const t = p.tokens;
	const first = t.findIndex((x) => inPhrase(x, phrase));
	let last = first;
	while (t[last + 1] && inPhrase(t[last + 1]!, phrase)) last++;
	// "last month's discovery of a rifle": a date in the possessive is the noun's determiner.
	const possessive = last >= first && /^['’]s$/.test(t[last + 1]?.text ?? '');
	if ((first < 1 && !possessive) || last < first) return null;
	const before = t[Math.max(0, first - 1)]!;
	if (!possessive && !/^(?:DET|PRON)$/.test(before.pos) && !/^['’]s$/.test(before.text))
		return null;
	// "Westbank reported a third-quarter loss of $17.5 million": a figure reported or posted is
	// its subject's; the clause says whose. ("said last month's discovery … is" says a clause.)
	const verb = possessive ? before : t[first - 2];
	if (
		verb?.pos === 'VERB' &&
		verb.lemma !== 'say' &&
		(REPORTING.has(verb.lemma) || POSTING.has(verb.lemma))
	)
		return null;
	let k = possessive ? last + 2 : last + 1;
	// "the Dec. 21, 1988, bombing of …": the comma closes the year, not the noun phrase.
	if (t[k]?.text === ',' && /^\d{4}$/.test(t[last]!.text)) k++;
	const head: number[] = [];
	while (t[k] && /^(?:NOUN|ADJ)$/.test(t[k]!.pos) && head.length < 3) head.push(k++);
	if (!head.length || t[head.at(-1)!]!.pos !== 'NOUN') return null;
	// "the 1995 shooting of Dr. Short", "the Feb. 23 accord signed by Annan and Aziz".
	const participle =
		t[k]?.pos === 'VERB' && /(?:ed|en)$/.test(t[k]!.lower) && t[k + 1]?.pos === 'ADP';
	if (t[k]?.lower !== 'of' && !participle) return null;
	const words = [...head, k++];
	if (participle) words.push(k++);
	for (; t[k] && words.length < 16; k++) {
		const x = t[k]!;
		// "a third-quarter net loss of $35.2 million": an amount is the noun's too.
		if (/^(?:PROPN|NOUN|ADJ|NUM|SYM)$/.test(x.pos) || (x.pos === 'DET' && words.length > 1))
			words.push(k);
		else if (
			x.pos === 'CCONJ' ||
			x.text === '-' ||
			(x.pos === 'ADP' && x.lower === 'of') ||
			// "a scope-equipped rifle": a participle joined by a hyphen is an adjective.
			(t[k - 1]?.text === '-' && t[k - 1]!.end === x.start)
		)
			words.push(k);
		// "a charge of less than $10 million": a comparison inside an amount.
		else if (x.lower === 'than' && /^(?:less|more|fewer)$/.test(t[k - 1]?.lower ?? ''))
			words.push(k);
		else break;
	}
	// End on a whole name within the length: "signed by Annan and Iraqi Deputy … Aziz" may be cut
	// after "Annan", never inside a name.
	const text = (n: number) => p.sentence.slice(t[words[0]!]!.start, t[words[n]!]!.end);
	let n = words.length - 1;
	// A number ends a name it belongs to ("Flight 103") and an amount ("$35.2 million").
	const ends = (i: number) =>
		(/^(?:PROPN|NOUN)$/.test(t[words[i]!]!.pos) ||
			(t[words[i]!]!.pos === 'NUM' && /^(?:PROPN|NUM|SYM)$/.test(t[words[i]! - 1]?.pos ?? ''))) &&
		!(t[words[i]!]!.pos === 'PROPN' && t[words[i]! + 1]?.pos === 'PROPN') &&
		t[words[i]! + 1]?.text !== '-';
	while (n > 1 && (text(n).length > MAX_TITLE || !ends(n))) n--;
	if (n < 1 || !ends(n) || text(n).length > MAX_TITLE) return null;
	return capitalize(text(n));
}

/**
 * "Born in Glasgow on June 3, 1932, Dr. Calder moved …": a date inside an opening participle
 * phrase dates the participle, whose subject is the main clause's. Its title is that subject and
 * the phrase ("Dr. Calder born in Glasgow"), as a headline writes a participle. Null when the date
 * sits elsewhere.
 */
function participleTitle(p: Parsed, { index }: Holder, request: TitleRequest) {
	const c = p.clauses[index];
	const main = p.clauses[0]!;
	const first = c ? p.tokens[c.tokens[0]!] : undefined;
	if (c?.kind !== 'adverbial' || c.parent !== 0 || !main.group || !first) return null;
	if (first.pos !== 'VERB' || !/(?:ed|en|born)$/.test(first.lower)) return null;
	// "…, the firm now employs": an adverb before the verb is the main clause's, not the subject's.
	const subject = main.tokens.filter(
		(k) => k < main.group!.from && !/^[,;:]$/.test(p.tokens[k]!.text),
	);
	while (subject.length > 1 && p.tokens[subject.at(-1)!]!.pos === 'ADV') subject.pop();
	if (!subject.length) return null;
	const k = c.tokens[0]!;
	const reading: Clause = {
		kind: 'main',
		tokens: c.tokens,
		opener: -1,
		group: { from: k, to: k, head: k, finite: false },
		parent: -1,
	};
	const clauses = p.clauses.map((x, i) => (i === index ? reading : x));
	const said = titleOf(p.sentence, p.tokens, clauses, index, request).text;
	const who = p.sentence.slice(p.tokens[subject[0]!]!.start, p.tokens[subject.at(-1)!]!.end);
	const title = `${capitalize(who)} ${said.charAt(0).toLowerCase()}${said.slice(1)}`;
	return said && title.length <= MAX_TITLE ? title : null;
}

/**
 * "…, compared with a profit of $5 million a year earlier": a date in a comparison dates the figure
 * compared with, which is the title ("A profit of $5 million"). Null elsewhere.
 */
function comparisonTitle(p: Parsed, { at, index }: Holder): string | null {
	let c = p.clauses[index];
	// "compared with $18.1 million, or 21 cents a share, a year earlier": the date set off after
	// the figure is an aside of the comparison.
	const parent = c && !c.group ? p.clauses[c.parent] : undefined;
	if (
		parent?.group &&
		/^compar/.test(p.tokens[parent.group.head]!.lower) &&
		c!.tokens[0]! > parent.group.to
	)
		c = parent;
	if ((!c?.trailing && !/^compar/.test(p.tokens[c?.group?.head ?? -1]?.lower ?? '')) || !c?.group)
		return null;
	const from = c.group.to + 2;
	// "a loss of $195 million in the [1988] period": the words that led into the date go with it.
	const before = c.tokens.filter((k) => k < at && p.tokens[k]!.text !== ',');
	while (before.length && /^(?:DET|ADP)$/.test(p.tokens[before.at(-1)!]!.pos)) before.pop();
	const to = before.at(-1);
	if (to === undefined || to < from || !/^(?:with|to)$/.test(p.tokens[from - 1]!.lower))
		return null;
	let text = p.sentence.slice(p.tokens[from]!.start, p.tokens[to]!.end);
	// "compared with $18.1 million": a bare figure is one of the measure compared, named before
	// it ("posted net income of $6.5 million").
	if (/^(?:SYM|NUM)$/.test(p.tokens[from]!.pos)) {
		const t = p.tokens;
		let of = from - 1;
		while (of >= 0 && !(t[of]!.lower === 'of' && /^(?:SYM|NUM)$/.test(t[of + 1]?.pos ?? ''))) of--;
		let start = of;
		while (start > 0 && /^(?:NOUN|ADJ)$/.test(t[start - 1]!.pos)) start--;
		if (of > 0 && start < of && t[of - 1]!.pos === 'NOUN')
			text = `${p.sentence.slice(t[start]!.start, t[of]!.end)} ${text}`;
	}
	return text.length <= MAX_TITLE ? capitalize(text) : null;
}

/**
 * "ordered three ships from a Finnish yard for delivery in 2026": a date after "for" and a bare
 * noun of an act dates that act, done to the verb's object ("Delivery of three ships"), not the
 * verb. Null elsewhere.
 */
function purposeTitle(p: Parsed, { at: first, index }: Holder): string | null {
	// The phrase may leave its preposition out: "for delivery in [2026]".
	const at = /^(?:in|by|on|at)$/.test(p.tokens[first - 1]?.lower ?? '') ? first - 1 : first;
	const noun = p.tokens[at - 1];
	const c = p.clauses[index];
	if (noun?.pos !== 'NOUN' || p.tokens[at - 2]?.lower !== 'for' || !c?.group) return null;
	const object: number[] = [];
	for (let k = c.group.to + 1; k < at - 2; k++) {
		const t = p.tokens[k]!;
		if (!/^(?:DET|NUM|ADJ|NOUN|PROPN)$/.test(t.pos) || (t.pos === 'DET' && object.length)) break;
		object.push(k);
	}
	const head = p.tokens[object.at(-1) ?? -1];
	if (!head || !/^(?:NOUN|PROPN)$/.test(head.pos)) return null;
	const what = p.sentence.slice(p.tokens[object[0]!]!.start, head.end);
	const title = `${capitalize(noun.text)} of ${what}`;
	return title.length <= MAX_TITLE ? title : null;
}

/**
 * "profit … 40 million crowns, up from 31 million crowns last year", "sales rose to $9 million
 * from $7 million a year earlier": a date after the figure a change started from dates that
 * figure; the title is what was measured with it ("Profit of 31 million crowns"). Null elsewhere.
 */
function baselineTitle(
	p: Parsed,
	phrase: { start: number; end: number },
	{ at, index }: Holder,
): string | null {
	const t = p.tokens;
	const c = p.clauses[index];
	if (!c?.group) return null;
	let k = at - 1;
	const figure: number[] = [];
	while (k >= 0 && /^(?:NUM|SYM|NOUN)$/.test(t[k]!.pos) && figure.length < 5) figure.unshift(k--);
	if (!figure.some((x) => t[x]!.pos === 'NUM') || t[k]?.lower !== 'from') return null;
	// Only a date that looks back from the figure's own time ("a year earlier", "last year") is
	// the baseline's; "fell to 12 from 15 in 2022" dates the fall.
	if (
		!/\b(?:earlier|ago|last|previous|before|prior)\b/i.test(
			p.sentence.slice(phrase.start, phrase.end),
		)
	)
		return null;
	// An amount: money or a percentage, or a count in the unit of the figure it changed to
	// ("to 40 million crowns from 31 million crowns"), not "a loan from three banks".
	const unit = t[figure.at(-1)!]!;
	const amount =
		figure.some((x) => t[x]!.pos === 'SYM') ||
		/^(?:percent|%)$/.test(unit.lower) ||
		(unit.pos === 'NOUN' &&
			c.tokens.some((x) => x < k && t[x]!.lower === unit.lower && t[x - 1]?.pos === 'NUM'));
	if (!amount) return null;
	// The measure is the subject's head with the nouns and adjectives before it: "net income".
	const subject = c.tokens.filter((x) => x < c.group!.from);
	let head = subject.length - 1;
	while (head >= 0 && t[subject[head]!]!.pos !== 'NOUN') head--;
	if (head < 0) return null;
	let from = head;
	while (from > 0 && /^(?:NOUN|ADJ|PROPN)$/.test(t[subject[from - 1]!]!.pos)) from--;
	const measure = subject.slice(from, head + 1).map((x) => t[x]!.text);
	const figureText = p.sentence.slice(t[figure[0]!]!.start, t[figure.at(-1)!]!.end);
	const title = `${capitalize(measure.join(' ').toLowerCase())} of ${figureText}`;
	return title.length <= MAX_TITLE ? title : null;
}

/**
 * Only the title of the clause that holds the phrase: what `readClause` gives as `title`, without
 * reading tense and factuality unless the clause reports speech.
 */
export function readTitle(
	sentence: string,
	phrase: { start: number; end: number },
	options: ReadOptions = {},
): string {
	const p = parseSentence(sentence, options.parses);
	if (!p.tokens.length) return '';
	const named = options.keep ? null : nounPhraseTitle(p, phrase);
	if (named) return named;
	const request = { phrase, keep: options.keep };
	const holder = phraseClause(p, phrase);
	const opening =
		participleTitle(p, holder, request) ??
		comparisonTitle(p, holder) ??
		(options.keep
			? null
			: (objectDateTitle(p, phrase, holder) ??
				purposeTitle(p, holder) ??
				baselineTitle(p, phrase, holder)));
	if (opening) return opening;
	const index = clauseAt(p, phrase, holder);
	if (isReporting(p, p.clauses[index])) return readAt(p, index, request).title;
	return titleOf(p.sentence, p.tokens, p.clauses, index, request).text;
}
