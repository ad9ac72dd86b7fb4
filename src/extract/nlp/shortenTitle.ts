/**
 * Ways to shorten a title that does not fit, tried in the order an editor would: shed what
 * describes the subject, then an adverbial inside the predicate. Each keeps the subject's head,
 * the verb and what the verb needs, in the text's own words and order.
 */
import { OFFICES } from './lexicon.ts';
import type { Token } from './tagSentence.ts';

/** A title's words: token indices, or a word put in ("the" for a dropped "Thursday's"). */
export type Word = number | string;

/** The token a title word stands for; none for a word put in. */
export const tokenAt = (tokens: Token[], w: Word | undefined) =>
	typeof w === 'number' ? tokens[w] : undefined;

/**
 * "The President of the Church in New York City" → "The President of the Church"; "A statement by
 * the Foreign Ministry described …" → "A statement described …": the phrase after the subject's
 * noun goes, its "of" phrase stays.
 */
function shedPlace(tokens: Token[], words: Word[], verbAt: number): Word[] | null {
	// So does a participle phrase: "A group [including members of the Bass family] urged …".
	const place = words.findIndex((w, k) => {
		const t = tokenAt(tokens, w);
		return (
			k > 0 &&
			k < verbAt &&
			(((/^(?:in|at|from|near|by|with)$/.test(t?.lower ?? '') ||
				(t?.pos === 'VERB' && /(?:ed|en|ing)$/.test(t.lower))) &&
				/^(?:NOUN|PROPN)$/.test(tokenAt(tokens, words[k - 1])?.pos ?? '')) ||
				// "the possibility of a meeting [between …] reemerged": after a common noun, more
				// prepositions only describe it ("Secretary of State for Trade" is a name).
				// So does "to" as a preposition ("payments [to executives]"), not an infinitive's.
				(/^(?:between|among|about|over|against|on|for|to)$/.test(t?.lower ?? '') &&
					t?.pos === 'ADP' &&
					tokenAt(tokens, words[k - 1])?.pos === 'NOUN'))
		);
	});
	return place > 0 ? [...words.slice(0, place), ...words.slice(verbAt)] : null;
}

/**
 * "Kenyan Trade Minister Joseph Kamotho and American ambassador to Kenya Prudence Bushnell were
 * injured" → "Joseph Kamotho and Prudence Bushnell were injured": in coordinated names, a title or
 * office before each name goes.
 */
function namesOnly(tokens: Token[], words: Word[], verbAt: number): Word[] | null {
	const subject = words.slice(0, verbAt);
	const conjuncts: Word[][] = [[]];
	for (const w of subject)
		if (tokenAt(tokens, w)?.pos === 'CCONJ') conjuncts.push([w], []);
		else conjuncts.at(-1)!.push(w);
	if (conjuncts.length < 3) return null;
	const out: Word[] = [];
	for (const c of conjuncts) {
		if (c.length === 1 && tokenAt(tokens, c[0])?.pos === 'CCONJ') {
			out.push(c[0]!);
			continue;
		}
		const name = c.slice(-2);
		if (name.length < 2 || !name.every((w) => tokenAt(tokens, w)?.pos === 'PROPN')) return null;
		out.push(...name);
	}
	return out.length < subject.length ? [...out, ...words.slice(verbAt)] : null;
}

/**
 * "U.S. Secretary of State Madeleine Albright was heartened" → "Madeleine Albright was
 * heartened": an office before one person's name goes, as a second reference in news drops it.
 */
function nameOnly(tokens: Token[], words: Word[], verbAt: number): Word[] | null {
	const subject = words.slice(0, verbAt);
	let office = -1;
	subject.forEach((w, k) => {
		if (OFFICES.has(tokenAt(tokens, w)?.lower ?? '')) office = k;
	});
	if (office < 0) return null;
	// The name is the last two names of the subject, three with a middle initial; the capitalised
	// words before it belong to the office ("Secretary of State for Trade | Anna Kovacs").
	const isName = (w: Word | undefined) => tokenAt(tokens, w)?.pos === 'PROPN';
	// "Inspector Jane Hollis of the Leeds police": a name right after the office, then its "of".
	let run = office + 1;
	while (run < subject.length && isName(subject[run])) run++;
	const of = tokenAt(tokens, subject[run])?.pos === 'ADP';
	if (run - office - 1 >= 2 && run - office - 1 <= 3 && of)
		return [...subject.slice(office + 1, run), ...words.slice(verbAt)];
	let from = subject.length;
	for (let names = 0; from > office + 1 && isName(subject[from - 1]); from--) {
		const initial = /^[A-Z]\.$/.test(tokenAt(tokens, subject[from - 1])?.text ?? '');
		if (!initial && ++names > 2) break;
	}
	if (from === subject.length) return null;
	const title = subject.slice(office + 1, from);
	if (!title.every((w) => /^(?:PROPN|NOUN|ADP|DET|ADJ)$/.test(tokenAt(tokens, w)?.pos ?? '')))
		return null;
	// "the chief of the Cuban Interests Section": after an article, the capitals name the office's
	// organisation, not its holder ("Secretary of State Madeleine Albright" has none).
	if (title.some((w) => /^(?:the|a|an)$/.test(tokenAt(tokens, w)?.lower ?? ''))) return null;
	return [...subject.slice(from), ...words.slice(verbAt)];
}

/**
 * "The luxury airline and casino company announced its agreements to acquire the properties" →
 * "The company announced …": a long common-noun subject keeps its determiner and head noun.
 */
function headOnly(tokens: Token[], words: Word[], verbAt: number): Word[] | null {
	const subject = words.slice(0, verbAt);
	const head = tokenAt(tokens, subject.at(-1));
	if (subject.length < 4 || head?.pos !== 'NOUN') return null;
	// Names, numbers, possessors ("the council's wisdom") and "of" phrases ("a string of former
	// guerrillas") say which one: keep them.
	if (
		subject.some(
			(w) =>
				/^(?:PROPN|PRON|NUM|ADP)$/.test(tokenAt(tokens, w)?.pos ?? '') ||
				/^['’]s$/.test(tokenAt(tokens, w)?.text ?? ''),
		)
	)
		return null;
	const det = tokenAt(tokens, subject[0])?.pos === 'DET' ? [subject[0]!] : [];
	return [...det, subject.at(-1)!, ...words.slice(verbAt)];
}

/**
 * "A Brooklyn woman who was watching her clothes dry in a laundromat was killed" → "A Brooklyn
 * woman was killed": a relative clause in the subject, up to the subject's verb, says which one
 * at a length no title has room for.
 */
function shedRelative(tokens: Token[], words: Word[], verbAt: number): Word[] | null {
	const at = words.findIndex(
		(w, k) =>
			k > 0 &&
			k < verbAt &&
			/^(?:who|which|that)$/.test(tokenAt(tokens, w)?.lower ?? '') &&
			/^(?:NOUN|PROPN)$/.test(tokenAt(tokens, words[k - 1])?.pos ?? ''),
	);
	return at > 0 ? [...words.slice(0, at), ...words.slice(verbAt)] : null;
}

const ADJUNCT_PREPOSITIONS = /^(?:by|with|in|at|on|after|under|without|amid|despite)$/;

/**
 * "Its members voted by a large majority to accept a rise" → "Its members voted to accept a
 * rise": a prepositional adverbial between a verb and its infinitive says how, not what.
 */
function dropAdjunct(tokens: Token[], words: Word[], verbAt: number): Word[] | null {
	for (let k = Math.max(0, verbAt); k < words.length - 3; k++) {
		// Only the clause's own verb: in "wants the diplomats based in London to meet", "based"
		// describes the object, and its phrase says which diplomats.
		if (tokenAt(tokens, words[k])?.pos !== 'VERB') {
			if (/^(?:VERB|AUX|ADV|PART)$/.test(tokenAt(tokens, words[k])?.pos ?? '')) continue;
			break;
		}
		if (!ADJUNCT_PREPOSITIONS.test(tokenAt(tokens, words[k + 1])?.lower ?? '')) continue;
		// Prepositional phrases ending on a noun: in "arrived with 50 inspectors for a tour likely
		// to last", the infinitive is the adjective's, not the verb's.
		for (let j = k + 2; j < words.length - 1; j++) {
			// A word put in is the determiner of a dropped date: "at [last year's →] the summit".
			if (typeof words[j] === 'string') continue;
			const t = tokenAt(tokens, words[j]);
			if (!t) break;
			if (t.lower === 'to' && tokenAt(tokens, words[j + 1])?.pos === 'VERB') {
				if (!/^(?:NOUN|PROPN)$/.test(tokenAt(tokens, words[j - 1])?.pos ?? '')) break;
				return [...words.slice(0, k + 1), ...words.slice(j)];
			}
			if (!/^(?:ADP|DET|ADJ|NUM|NOUN|PROPN)$/.test(t.pos)) break;
		}
	}
	return null;
}

/**
 * Shorter versions of a title, each building on the one before, until `fits` accepts one; the
 * last tried when none does. `verbAt(words)` finds the predicate's first word.
 */
export function shortenTitle(
	tokens: Token[],
	words: Word[],
	verbAt: (words: Word[]) => number,
	fits: (words: Word[]) => boolean,
): Word[] {
	let out = words;
	for (const step of [shedRelative, shedPlace, namesOnly, nameOnly, headOnly, dropAdjunct]) {
		if (fits(out)) return out;
		const at = verbAt(out);
		const shorter = at > 0 || step === dropAdjunct ? step(tokens, out, at) : null;
		if (shorter) out = shorter;
	}
	return out;
}
