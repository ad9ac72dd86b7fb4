/** Tidying of titles, and the wide reading of a date's clause by punctuation and conjunctions alone. */

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
	// A title is not a sentence: no full stop, unless it ends an abbreviation ("the U.S.").
	if (/(?:^|\s)[^\s.]+\.$/.test(s)) s = s.slice(0, -1);
	if (s.length > MAX) {
		const cut = s.slice(0, MAX + 1);
		const space = cut.lastIndexOf(' ');
		s = (space > 20 ? cut.slice(0, space) : cut.slice(0, MAX)).replace(/[\s,;:]+$/, '') + '…';
	}
	return s.charAt(0).toUpperCase() + s.slice(1);
}

// The date's own preposition and modifiers go with it: "shot to death last Oct. 23".
export const PREPOSITION_BEFORE =
	/(?:\b(?:on|in|at|during|since|by|of|for|from|(?:up\s+)?until|till|around|throughout))?(?:(?:^|\s+)(?:last|next|this|early|late))?\s*$/i;
export const PART_OF_DAY_AFTER = /^\s+(?:night|morning|afternoon|evening)\b(?!['’])/i;

/** A title never needs more than a window around the phrase, however long the sentence. */
function windowStart(sentence: string, phraseStart: number): number {
	const from = Math.max(0, phraseStart - 200);
	if (from === 0 || /\s/.test(sentence[from - 1] ?? '')) return from;
	return from + (/^\S*\s*/.exec(sentence.slice(from))?.[0].length ?? 0);
}

/**
 * The part of the sentence a title is read from — up to 200 characters either side of the date
 * phrase, starting on a word — with the phrase's offsets moved into it.
 */
export function titleWindow(
	sentence: string,
	phraseStart: number,
	phraseEnd: number,
): { text: string; start: number; end: number } {
	const from = windowStart(sentence, phraseStart);
	return {
		text: sentence.slice(from, phraseEnd + 200),
		start: phraseStart - from,
		end: phraseEnd - from,
	};
}

/** The title from punctuation and conjunctions alone, used when the clause reading fails. */
export function wideClauseTitle(
	sentence: string,
	phraseStart: number,
	phraseEnd: number,
	keep = false,
): string {
	({
		text: sentence,
		start: phraseStart,
		end: phraseEnd,
	} = titleWindow(sentence, phraseStart, phraseEnd));
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
	const clause = keep ? sentence.slice(startOfClause, endOfClause) : `${before} ${after}`;
	return tidyTitle(polish(clause));
}

/**
 * Relative "which were" folded ("comments, which were published by CNN," → "comments published
 * by CNN") and cut at the first comma after that; not yet tidied.
 */
export function polish(clause: string): string {
	clause = clause
		.replace(/\s*,\s*(?:which|who|that)\s+(?:was|were|is|are|has been|have been|had been)\s+/i, ' ')
		.replace(/\s+([,.;:])/g, '$1')
		.replace(/^[\s,]+/, '');
	const comma = clause.search(/,\s/);
	if (comma >= 15) clause = clause.slice(0, comma);
	return clause.replace(/[.!?]+$/, '');
}
