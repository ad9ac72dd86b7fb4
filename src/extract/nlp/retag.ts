/**
 * Corrections of the tagger's known confusions in news text, each a rule of English syntax that
 * the tag sequence alone shows. The tagger works word by word on a small model; these fix the
 * readings that would put a verb where a clause has none (or none where it has one).
 */
import {
	DAY_PARTS,
	IRREGULAR_PAST,
	MONTH_NAMES,
	TIME_UNITS,
	WEEKDAY_NAMES,
} from '../data/lexicon.ts';
import { FOCUS_ADVERBS, FUTURE_AUXILIARIES, MODALS, PERIOD_NOUNS } from './lexicon.ts';
import type { Token } from './tagSentence.ts';
import { hyphenated, inflectedPast } from './verbGroups.ts';

const TIME_NOUNS = new Set([
	...Object.keys(TIME_UNITS),
	...WEEKDAY_NAMES,
	...MONTH_NAMES,
	'season',
	'spring',
	'summer',
	'fall',
	'autumn',
	'winter',
	...Object.keys(DAY_PARTS),
	'time',
]);
const POSSESSIVE = /^(?:its|his|their|our|my|your)$/;
const IRREGULAR = new Set(IRREGULAR_PAST);
const PAST_FORMS = new Set([...IRREGULAR_PAST, 'rose', 'fell', 'saw', 'left', 'felt', 'found']);
const ARTICLE = /^(?:the|a|an)$/;
const COMPOUND_PREPOSITION =
	/^(?:due|contrary|prior|owing|thanks|according|regardless|irrespective)$/;
const PARTICLE_WORDS = /^(?:down|up|off|out|over|in|back|on)$/;
const LINKING = new Set([
	'stand',
	'remain',
	'stay',
	'seem',
	'appear',
	'become',
	'look',
	'feel',
	'get',
	'keep',
]);
const ORDINAL = /^(?:first|second|third|fourth|fifth|last|next|only)$/;
const DEGREE = /^(?:most|more|least|less|very|newly|well|best|widely|recently|highly)$/;
// A plural subject stands after these, never a verb: "where judges struck", "after talks ended".
const CLAUSE_START = /^(?:ADV|SCONJ|CCONJ|ADP|PUNCT|DET|ADJ|NUM)$/;

/** A quotation mark that opens right before token `i`, curly, straight or typewriter (``). */
const opensQuote = (tokens: Token[], i: number) =>
	/^["“]$/.test(tokens[i - 1]?.text ?? '')
		? i - 1
		: tokens[i - 1]?.text === '`' && tokens[i - 2]?.text === '`'
			? i - 2
			: -1;

/**
 * Whether the words are set in title case, as headlines are ("Crane Holds 8.9% of Milton Roy"):
 * most words of letters start with a capital. There a capital marks no name.
 */
function titleCase(tokens: Token[]): boolean {
	const words = tokens.filter((t) => /^\p{L}{4,}$/u.test(t.text));
	const capitals = words.filter((t) => /^\p{Lu}/u.test(t.text)).length;
	return words.length > 0 && capitals / words.length > 0.6;
}

/** Whether a token is a verb form that carries tense by itself: a modal, an auxiliary, a past. */
function finiteAfter(t: Token | undefined): boolean {
	if (!t) return false;
	if (t.pos === 'AUX' || MODALS.has(t.lower) || FUTURE_AUXILIARIES.has(t.lower)) return true;
	return t.pos === 'VERB' && inflectedPast(t);
}

/** A possessive determiner or the possessive "'s". */
const possessive = (x: Token | undefined) =>
	!!x && (POSSESSIVE.test(x.lower) || (/^['’]s$/.test(x.text) && x.pos === 'PART'));

/**
 * Whether token `i` stands where a clause's verb is due: after a relative pronoun ("which marks
 * the 70th anniversary", "who leads the party"), or first in a quotation that opens right after a
 * noun and continues its clause ('the merger "changes nothing"').
 */
function verbDue(tokens: Token[], i: number): boolean {
	const before = tokens[i - 1];
	if (!before) return false;
	// "said that floods …": after a verb, "that" opens what was said, whose subject comes first.
	if (/^(?:which|who)$/.test(before.lower)) return true;
	if (before.lower === 'that') return tokens[i - 2]?.pos !== 'VERB';
	const mark = opensQuote(tokens, i);
	return (
		mark >= 0 &&
		tokens[i - 1]!.end === tokens[i]!.start &&
		/^(?:NOUN|PROPN)$/.test(tokens[mark - 1]?.pos ?? '')
	);
}

/** `tokens` with the tags these rules correct; the array and its tokens are new where changed. */
export function retag(tokens: Token[]): Token[] {
	const prose = !titleCase(tokens);
	return tokens.map((t, i) => {
		const next = tokens[i + 1];
		const before = tokens[i - 1];
		// "Due to the storm", "Contrary to earlier reports": the first word of a compound
		// preposition is part of it, whatever its tag alone.
		if (
			COMPOUND_PREPOSITION.test(t.lower) &&
			/^(?:to|of)$/.test(next?.lower ?? '') &&
			(i === 0 || /^(?:PUNCT|CCONJ)$/.test(before?.pos ?? ''))
		)
			return { ...t, pos: 'ADP', lemma: t.lower };
		// "to earlier reports,": a word in -s after a preposition and its modifiers, before a
		// comma, is the preposition's plural noun, not a verb.
		if (
			t.pos === 'VERB' &&
			/[^s]s$/.test(t.lower) &&
			next?.text === ',' &&
			/^(?:ADJ|ADV)$/.test(before?.pos ?? '') &&
			/^(?:ADP|PART)$/.test(tokens[i - 2]?.pos ?? '') &&
			/^(?:to|of|with|from|for|in|on)$/.test(tokens[i - 2]!.lower)
		)
			return { ...t, pos: 'NOUN', lemma: t.lower.slice(0, -1) };
		// "lost everything they owned": the compound pronouns are never verbs.
		if (/^(?:everything|anything|something|nothing)$/.test(t.lower) && t.pos !== 'PRON')
			return { ...t, pos: 'PRON', lemma: t.lower };
		// "revived it last year", "opens next Tuesday": before a time noun, "last" and "next"
		// choose the time; they are no verb ("to last").
		if (
			/^(?:last|next|past)$/.test(t.lower) &&
			t.pos === 'VERB' &&
			next &&
			TIME_NOUNS.has(next.lower)
		)
			return { ...t, pos: 'ADJ', lemma: t.lower };
		// "where judges struck down", "after talks collapsed": a word in -s before a finite verb,
		// at the start of a clause, is a plural noun and that verb's subject, since two finite verbs
		// never stand side by side; after a participle, it is the participle's object.
		if (
			t.pos === 'VERB' &&
			/[^s]s$/.test(t.lower) &&
			((finiteAfter(next) && (!before || CLAUSE_START.test(before.pos))) ||
				// "were not termed suspects": a verb in -s never follows another verb directly.
				(before?.pos === 'VERB' && before.lower !== before.lemma))
		)
			return { ...t, pos: 'NOUN', lemma: t.lower.slice(0, -1) };
		// "the airport's planned expansion", "its long awaited report": a participle between a
		// possessive and its noun is an adjective; a verb never follows a possessive.
		if (
			t.pos === 'VERB' &&
			/(?:ed|en)$/.test(t.lower) &&
			(POSSESSIVE.test(before?.lower ?? '') ||
				/^['’]s$/.test(before?.text ?? '') ||
				// "her first signed article", "the two proposed sites": after a determiner and a
				// modifier, inside the noun phrase.
				// So after a determiner and an adverb: "a previously signed agreement".
				((/^(?:ADJ|NUM)$/.test(before?.pos ?? '') ||
					ORDINAL.test(before?.lower ?? '') ||
					(before?.pos === 'ADV' && /ly$/.test(before.lower))) &&
					(/^(?:DET|PRON)$/.test(tokens[i - 2]?.pos ?? '') ||
						// "farmers with diametrically opposed views": after a preposition too.
						(before?.pos === 'ADV' && tokens[i - 2]?.pos === 'ADP') ||
						/^['’]s$/.test(tokens[i - 2]?.text ?? '')))) &&
			/^(?:NOUN|PROPN)$/.test(next?.pos ?? '')
		)
			return { ...t, pos: 'ADJ' };
		// A word in -s before its object is a verb where a clause's verb is due; so is a bare
		// form that opens a quotation after its subject ('floods in Kent ``show that …').
		if (
			t.pos === 'NOUN' &&
			/^[a-z]+$/.test(t.text) &&
			(/^(?:DET|PRON|NUM)$/.test(next?.pos ?? '') || next?.lower === 'that') &&
			verbDue(tokens, i)
		) {
			if (/[^s]s$/.test(t.lower)) return { ...t, pos: 'VERB', lemma: t.lower.slice(0, -1) };
			if (opensQuote(tokens, i) >= 0) return { ...t, pos: 'VERB', lemma: t.lower };
		}
		// "said that floods …": a plural after the "that" that opens what a verb says is the
		// subject; as a determiner, "that" would take a singular.
		if (
			t.pos === 'VERB' &&
			/[^s]s$/.test(t.lower) &&
			before?.lower === 'that' &&
			tokens[i - 2]?.pos === 'VERB' &&
			/^(?:DET|NOUN|ADP)$/.test(next?.pos ?? '')
		)
			return { ...t, pos: 'NOUN', lemma: t.lower.slice(0, -1) };
		// "engineering works will close the line": a modal takes a bare verb, so the word after
		// it that the tagger read as an adjective or noun ("close", "face") is that verb when an
		// object follows.
		if (
			before &&
			(MODALS.has(before.lower) || FUTURE_AUXILIARIES.has(before.lower)) &&
			/^(?:ADJ|NOUN)$/.test(t.pos) &&
			/^[a-z]+$/.test(t.text) &&
			/^(?:DET|PRON|NUM)$/.test(next?.pos ?? '')
		)
			return { ...t, pos: 'VERB', lemma: t.lower };
		// "turned the ship toward shore.": a verb form right after a preposition (other than "to")
		// that ends its phrase is the preposition's noun.
		if (
			t.pos === 'VERB' &&
			before?.pos === 'ADP' &&
			before.lower !== 'to' &&
			t.lower === t.lemma &&
			(!next || /^[.,;:!?]$/.test(next.text) || /^(?:ADP|CCONJ)$/.test(next.pos))
		)
			return { ...t, pos: 'NOUN' };
		// "won its only title", "their first win": after a possessive, with at most one modifier
		// between, comes a noun ("her" is left out: it is an object too, "saw her run").
		// So does a possessive "'s": "Allianz's lead bank".
		if (
			t.pos === 'VERB' &&
			(possessive(before) || (/^(?:ADV|ADJ)$/.test(before?.pos ?? '') && possessive(tokens[i - 2])))
		)
			return {
				...t,
				pos: /^(?:ADJ|NOUN|PROPN)$/.test(next?.pos ?? '') ? 'ADJ' : 'NOUN',
				lemma: t.lower,
			};
		// "Xerox's operations": what takes a possessive is a name or a noun.
		if (t.pos === 'VERB' && /^['’]s$/.test(next?.text ?? '') && /^[A-Z]/.test(t.text))
			return { ...t, pos: 'PROPN', lemma: t.lower };
		// "the Ten Most Wanted fugitives", "a newly built road": a participle after a degree adverb
		// and before a noun is an adjective.
		if (
			t.pos === 'VERB' &&
			/(?:ed|en)$/.test(t.lower) &&
			DEGREE.test(before?.lower ?? '') &&
			/^(?:NOUN|PROPN)$/.test(next?.pos ?? '')
		)
			return { ...t, pos: 'ADJ' };
		// "a Pan Am jumbo jet": a capitalised verb inside a run of names is a name.
		if (
			t.pos === 'VERB' &&
			i > 0 &&
			/^[A-Z]/.test(t.text) &&
			/^[A-Z]/.test(next?.text ?? '') &&
			/^(?:PROPN|NOUN)$/.test(next?.pos ?? '') &&
			(before?.pos === 'DET' ||
				(before?.pos === 'PROPN' && /^[A-Z]/.test(before.text)) ||
				// "to acquire Integrated Baking Systems": after a word in lower case, the sentence is
				// not set in title case, and a capital inside it starts a name.
				/^[a-z]/.test(before?.text ?? ''))
		)
			return { ...t, pos: 'PROPN', lemma: t.lower };
		// "the Coastal Waters Act by …": in prose, a capital after a name continues the name.
		if (
			prose &&
			t.pos === 'VERB' &&
			/^[A-Z][a-z]/.test(t.text) &&
			before?.pos === 'PROPN' &&
			/^[A-Z]/.test(before.text) &&
			i > 1
		)
			return { ...t, pos: 'PROPN', lemma: t.lower };
		// "Pan Am Flight 103", "a Pan Am jumbo jet": a capitalised auxiliary after a name, inside
		// a noun phrase, is a name.
		if (
			t.pos === 'AUX' &&
			i > 0 &&
			/^[A-Z]/.test(t.text) &&
			/^(?:PROPN|NOUN)$/.test(before?.pos ?? '') &&
			/^[A-Z]/.test(before!.text) &&
			before!.text !== 'I' &&
			(/^[A-Z]/.test(next?.text ?? '') || /^(?:NOUN|ADJ)$/.test(next?.pos ?? ''))
		)
			return { ...t, pos: 'PROPN', lemma: t.lower };
		// "Rescued on Nov. 25 by fishermen, the boy …": the tagger reads a participle that opens
		// the sentence, capitalised, as a name; with its phrase set off by a comma before any verb,
		// it is the participle.
		if (
			i === 0 &&
			/^(?:PROPN|NOUN|ADJ)$/.test(t.pos) &&
			/^[A-Z][a-z]{3,}ed$/.test(t.text) &&
			next?.pos === 'ADP' &&
			openingPhrase(tokens)
		)
			return { ...t, pos: 'VERB', lemma: t.lower.replace(/ed$/, '') };
		// "the council finally paved the road": a word in -ed before a determiner takes an object,
		// which no adjective does; so does one between a subject's noun and a name or a pronoun
		// ("the son informed Harbour Master Anna Berg"), and one after "have" is its participle
		// ("has informed the minister").
		if (
			t.pos === 'ADJ' &&
			((/[^e]ed$/.test(t.lower) && next?.pos === 'DET' && before?.pos !== 'DET') ||
				(/^[a-z]+ed$/.test(t.text) &&
					((/^(?:NOUN|PROPN)$/.test(before?.pos ?? '') &&
						/^(?:PROPN|PRON)$/.test(next?.pos ?? '')) ||
						/^(?:has|have|had|having)$/.test(before?.lower ?? ''))))
		)
			return { ...t, pos: 'VERB', lemma: t.lower.replace(/ed$/, '') };
		// "Earnings actually rose slightly": a simple past that is also a noun ("rose", "fell",
		// "saw") between an adverb and its complement is the verb.
		if (
			/^(?:NOUN|PROPN|ADJ)$/.test(t.pos) &&
			/^[a-z]/.test(t.text) &&
			PAST_FORMS.has(t.lower) &&
			before?.pos === 'ADV' &&
			/^(?:ADV|NUM|ADP|DET)$/.test(next?.pos ?? '')
		)
			return { ...t, pos: 'VERB' };
		// "The boy clung to an inner tube": a past form the tagger read as a noun, right after the
		// subject's noun and before what a verb takes, is the verb.
		if (
			/^(?:NOUN|ADJ)$/.test(t.pos) &&
			/^[a-z]+$/.test(t.text) &&
			IRREGULAR.has(t.lower) &&
			/^(?:NOUN|PROPN|PRON)$/.test(before?.pos ?? '') &&
			/^(?:ADP|DET|PRON|NUM)$/.test(next?.pos ?? '')
		)
			return { ...t, pos: 'VERB' };
		// "no short-term hope", "a long-range plan": after a determiner and a compound joined by a
		// hyphen comes the noun the compound modifies.
		if (
			t.pos === 'VERB' &&
			/^[a-z]+$/.test(t.text) &&
			!/(?:ed|ing)$/.test(t.lower) &&
			hyphenated(tokens, i - 1) &&
			tokens[i - 2]?.text === '-' &&
			/^(?:DET|NUM)$/.test(tokens[i - 4]?.pos ?? '')
		)
			return { ...t, pos: 'NOUN', lemma: t.lower };
		// "before Elian thrust them into …": no noun takes an object pronoun right after it.
		if (
			t.pos === 'NOUN' &&
			/^[a-z]+$/.test(t.text) &&
			/^(?:them|him|us|me)$/.test(next?.lower ?? '') &&
			/^(?:NOUN|PROPN|PRON)$/.test(before?.pos ?? '')
		)
			return { ...t, pos: 'VERB' };
		// "Long before the war, …": a capitalised adverb that opens the sentence is no name.
		if (
			i === 0 &&
			t.pos === 'PROPN' &&
			FOCUS_ADVERBS.has(t.lower) &&
			/^(?:before|after|since|ago)$/.test(next?.lower ?? '')
		)
			return { ...t, pos: 'ADV', lemma: t.lower };
		// "The only people that …": no verb follows an article, even past an adjective.
		if (
			t.pos === 'VERB' &&
			/^[a-z]+$/.test(t.text) &&
			!/(?:ed|en|ing)$/.test(t.lower) &&
			(ARTICLE.test(before?.lower ?? '') ||
				(/^(?:only|first|last|other|same|very)$/.test(before?.lower ?? '') &&
					ARTICLE.test(tokens[i - 2]?.lower ?? '')))
		)
			return { ...t, pos: 'NOUN', lemma: t.lower };
		// "that are left", "was found": a past form after a form of "be" is its participle.
		if (
			/^(?:NOUN|ADJ)$/.test(t.pos) &&
			PAST_FORMS.has(t.lower) &&
			/^(?:is|are|was|were|be|been|being)$/.test(before?.lower ?? '')
		)
			return { ...t, pos: 'VERB' };
		// "the write-down", "a sell-off": a verb joined by a hyphen to its particle after a
		// determiner is a noun.
		if (
			t.pos === 'VERB' &&
			next?.text === '-' &&
			next.start === t.end &&
			tokens[i + 2]?.start === next.end &&
			PARTICLE_WORDS.test(tokens[i + 2]?.lower ?? '') &&
			(/^(?:DET|ADJ)$/.test(before?.pos ?? '') || possessive(before))
		)
			return { ...t, pos: 'NOUN', lemma: t.lower };
		// "the proposed rules", "an estimated 2.5%": a participle right after an article, before
		// its noun or figure, is an adjective.
		if (
			t.pos === 'VERB' &&
			/^[a-z]+(?:ed|en)$/.test(t.text) &&
			ARTICLE.test(before?.lower ?? '') &&
			/^(?:NOUN|NUM)$/.test(next?.pos ?? '')
		)
			return { ...t, pos: 'ADJ' };
		// "162.10 yen compared with 161.52 yen": after an amount, "compared with" compares; it is
		// no verb of a clause.
		if (
			t.lower === 'compared' &&
			/^(?:with|to)$/.test(next?.lower ?? '') &&
			(/^(?:NUM|SYM)$/.test(before?.pos ?? '') ||
				before?.text === '%' ||
				(before?.pos === 'NOUN' && tokens[i - 2]?.pos === 'NUM'))
		)
			return { ...t, pos: 'ADP', lemma: t.lower };
		// "one main sticking point", "a growing number": a word in -ing between a modifier and its
		// noun is an adjective.
		if (
			t.pos === 'VERB' &&
			/^[a-z]+ing$/.test(t.text) &&
			/^(?:ADJ|DET|NUM)$/.test(before?.pos ?? '') &&
			next?.pos === 'NOUN' &&
			!/^(?:NOUN|PROPN|DET|PRON|ADJ|NUM|ADP)$/.test(tokens[i + 2]?.pos ?? '')
		)
			return { ...t, pos: 'ADJ' };
		// "pledged to stand united", "will remain committed": a participle right after a bare
		// verb of being or seeming describes the subject; it is no second verb.
		if (
			t.pos === 'VERB' &&
			/(?:ed|en)$/.test(t.lower) &&
			before?.pos === 'VERB' &&
			before.lower === before.lemma &&
			LINKING.has(before.lemma) &&
			(tokens[i - 2]?.lower === 'to' || MODALS.has(tokens[i - 2]?.lower ?? ''))
		)
			return { ...t, pos: 'ADJ' };
		// "…, warning the union that …": a word in -ing after a comma and before its object is a
		// participle, not a noun.
		if (
			t.pos === 'NOUN' &&
			/^[a-z]+ing$/.test(t.text) &&
			before?.text === ',' &&
			/^(?:DET|PRON)$/.test(next?.pos ?? '') &&
			next!.lower !== 'that'
		)
			return { ...t, pos: 'VERB', lemma: t.lower };
		// "in the three months ended December 31", "the quarter ending in June": the participle
		// after a period noun bounds the period; it is not the clause's verb.
		if (
			/^(?:ended|ending)$/.test(t.lower) &&
			before &&
			PERIOD_NOUNS.has(before.lower) &&
			next &&
			(next.pos === 'NUM' || next.pos === 'PROPN' || next.lower === 'in' || next.lower === 'on')
		)
			return { ...t, pos: 'ADJ' };
		return t;
	});
}

/** Whether the sentence opens on a phrase that a comma closes before any verb. */
function openingPhrase(tokens: Token[]): boolean {
	for (let k = 1; k < tokens.length; k++) {
		if (tokens[k]!.text === ',') return k > 2;
		if (/^(?:VERB|AUX)$/.test(tokens[k]!.pos)) return false;
	}
	return false;
}
