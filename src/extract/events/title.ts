/** Short readable titles built from the clause around a date phrase. */
import { boundaries, type Boundary } from './clauses.ts';
import { fromRelative } from './relative.ts';
import { isVerbish } from './words.ts';

const MAX = 60;
const LEAD =
	/^(?:(?:and|but|so|while|when|as|because|although|though|after|before|since|meanwhile|in the meantime|however|also|then|thus|separately|likewise|in addition)\b[,\s]*)+/i;
const BOUNDARY =
	/[;:]|,\s+(?=(?:and|but|while|(?:which|who)(?!\s+(?:was|were|is|are|has been|have been|had been)\b)|as|when|although|because|after|before|according)\b)|\s+(?:while|whereas|although|because|when)\s+/gi;

/** Capitalises the first letter and cuts at a word boundary to about 60 characters. */
export function tidyTitle(raw: string): string {
	let s = raw
		.slice(0, 400)
		.replace(/["“”]/g, '')
		.replace(/\s+/g, ' ')
		.replace(/^[\s,;:—–-]+|[\s,;:—–-]+$/g, '');
	s = s.replace(LEAD, '').replace(/^[\s,]+/, '');
	if (s.length > MAX) {
		const cut = s.slice(0, MAX + 1);
		const space = cut.lastIndexOf(' ');
		s = (space > 20 ? cut.slice(0, space) : cut.slice(0, MAX)).replace(/[\s,;:]+$/, '') + '…';
	}
	return s.charAt(0).toUpperCase() + s.slice(1);
}

// The date's own preposition and modifiers go with it: "shot to death last Oct. 23".
const PREPOSITION_BEFORE =
	/(?:\b(?:on|in|at|during|since|by|of|for|from|(?:up\s+)?until|till|around|throughout))?(?:(?:^|\s+)(?:last|next|this|early|late))?\s*$/i;
const PART_OF_DAY_AFTER = /^\s+(?:night|morning|afternoon|evening)\b(?!['’])/i;
// A possessive date is a determiner: "issued Thursday's ruling" → "issued the ruling".
const POSSESSIVE_AFTER = /^['’]s\b/;
// ", a law enforcement official said Friday.": the date is when the sentence was said.
const ATTRIBUTION = /,\s+[^,;]{1,60}\b(?:said|says|told|reported|announced|added|stated)\s*$/i;

/** A title never needs more than a window around the phrase, however long the sentence. */
function windowStart(sentence: string, phraseStart: number): number {
	const from = Math.max(0, phraseStart - 200);
	if (from === 0 || /\s/.test(sentence[from - 1] ?? '')) return from;
	return from + (/^\S*\s*/.exec(sentence.slice(from))?.[0].length ?? 0);
}

/** Keeps the text outside the given ranges. */
function without(text: string, offset: number, cuts: Array<[number, number]>): string {
	let out = '';
	let at = offset;
	for (const [from, to] of cuts) {
		if (to <= at || from >= offset + text.length) continue;
		out += text.slice(at - offset, Math.max(at, from) - offset) + ' ';
		at = Math.max(at, to);
	}
	return out + text.slice(at - offset);
}

/**
 * Whether a clause opened by a word alone still runs at `phraseStart`. A relative one with no
 * verb before it in its clause sits inside the subject ("The bridge that floods destroyed in 2019
 * reopened"), and a second verb before the date is the main clause's ("doctors who performed
 * abortions declined between 1982 and 1992"): without a parse, either leaves the date to the
 * wider reading.
 */
function softHolds(text: string, start: number, b: Boundary, phraseStart: number): boolean {
	if (b.relative && !text.slice(start, b.at).split(/\s+/).some(isVerbish)) return false;
	const words = text.slice(b.end, phraseStart).split(/\s+/).filter(Boolean);
	let groups = 0;
	words.forEach((w, i) => {
		if (isVerbish(w) && !isVerbish(words[i - 1] ?? '')) groups++;
	});
	return groups <= 1;
}

/** A title worth keeping states something: at least three words, one of them a verb after the first. */
function statesSomething(title: string): boolean {
	const words = title.replace(/…$/, '').split(/\s+/).filter(Boolean);
	return words.length >= 3 && words.slice(1).some(isVerbish);
}

/**
 * The clause that holds the phrase, with the phrase (and its preposition) taken out unless `keep`.
 * Clauses end at punctuation, subordinators and relative pronouns; a relative clause that holds
 * the date is restated with the noun it is about ("the bridge that floods destroyed in July 2019"
 * → "Floods destroyed the bridge"), and one that does not is left out of the title. When the
 * clause left states nothing, the title falls back to the wider reading by punctuation alone.
 */
export function clauseTitle(
	sentence: string,
	phraseStart: number,
	phraseEnd: number,
	keep = false,
): string {
	const from = windowStart(sentence, phraseStart);
	const text = sentence.slice(from, phraseEnd + 200);
	const [ps, pe] = [phraseStart - from, phraseEnd - from];
	if (!keep && ATTRIBUTION.test(text.slice(0, ps)) && /^[\s.!?"”']*$/.test(text.slice(pe)))
		return wideClauseTitle(sentence, phraseStart, phraseEnd);
	let start = 0;
	let end = text.length;
	let opener: Boundary | undefined;
	let cuts: Array<[number, number]> = [];
	const found = boundaries(text, [ps, pe]);
	for (const b of found) {
		if (cuts.some(([f, t]) => b.at >= f && b.at < t)) continue;
		if (b.at >= start && b.close && b.close.at < ps) cuts.push([b.at, b.close.end]);
		else if (b.end <= ps && b.opens) {
			if (b.soft && !softHolds(text, start, b, ps)) continue;
			[start, opener, cuts] = [b.end, b, cuts.filter(([f]) => f >= b.end)];
		} else if (b.at >= pe && b.closes) {
			end = b.at;
			break;
		}
	}
	if (opener?.close && opener.close.at >= pe) end = Math.min(end, opener.close.at);
	let clause = keep
		? without(text.slice(start, end), start, cuts)
		: `${without(text.slice(start, ps), start, cuts).replace(PREPOSITION_BEFORE, '')} ${text.slice(pe, end).replace(PART_OF_DAY_AFTER, '').replace(POSSESSIVE_AFTER, 'the')}`;
	if (opener?.relative)
		clause = fromRelative(clause.replace(/[.!?]+\s*$/, ''), opener.relative.antecedent);
	const title = polish(clause);
	return statesSomething(title) ? title : wideClauseTitle(sentence, phraseStart, phraseEnd, keep);
}

/** The title from punctuation and conjunctions alone, used when the clause reading fails. */
function wideClauseTitle(
	sentence: string,
	phraseStart: number,
	phraseEnd: number,
	keep = false,
): string {
	const from = windowStart(sentence, phraseStart);
	sentence = sentence.slice(from, phraseEnd + 200);
	phraseStart -= from;
	phraseEnd -= from;
	let startOfClause = 0;
	let endOfClause = sentence.length;
	for (const m of sentence.matchAll(BOUNDARY)) {
		const at = m.index;
		if (at + m[0].length <= phraseStart) startOfClause = at + m[0].length;
		else if (at >= phraseEnd) {
			endOfClause = Math.min(endOfClause, at);
			break;
		}
	}
	const before = sentence.slice(startOfClause, phraseStart).replace(PREPOSITION_BEFORE, '');
	const after = sentence.slice(phraseEnd, endOfClause).replace(PART_OF_DAY_AFTER, '');
	let clause = keep ? sentence.slice(startOfClause, endOfClause) : `${before} ${after}`;
	return polish(clause);
}

/**
 * Relative "which were" folded ("comments, which were published by CNN," → "comments published
 * by CNN"), cut at the first comma after that, tidied.
 */
function polish(clause: string): string {
	clause = clause
		.replace(/\s*,\s*(?:which|who|that)\s+(?:was|were|is|are|has been|have been|had been)\s+/i, ' ')
		.replace(/\s+([,.;:])/g, '$1')
		.replace(/^[\s,]+/, '');
	const comma = clause.search(/,\s/);
	if (comma >= 15) clause = clause.slice(0, comma);
	return tidyTitle(clause.replace(/[.!?]+$/, ''));
}
