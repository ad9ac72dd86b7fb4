/** Tidying of titles: one line, no stray quotation marks or connectives, at most ~70 characters. */
import { capitalize, MAX_TITLE as MAX } from '../nlp/titleOf.ts';

const LEAD =
	/^(?:(?:and|but|so|while|when|as|because|although|though|after|before|since|meanwhile|in the meantime|however|also|then|thus|separately|likewise|in addition)\b[,\s]*)+/i;

/** Quotation marks that pair up stay ("Minister: “We are pleased”"); a stray one goes. */
function strayQuotes(s: string): string {
	s = s.trim();
	// A title that is all quotation is not quoted: '"Talks resumed"' → 'Talks resumed'.
	if (/^["“][^"“”]*["”]$/.test(s)) return s.slice(1, -1);
	const curly = (s.match(/“/g)?.length ?? 0) === (s.match(/”/g)?.length ?? 0);
	const straight = (s.match(/"/g)?.length ?? 0) % 2 === 0;
	return curly && straight ? s : s.replace(/["“”]/g, '');
}

/** Capitalises the first letter and cuts at a word boundary to about 70 characters. */
export function tidyTitle(raw: string): string {
	let s = strayQuotes(raw.slice(0, 400))
		.replace(/\s+/g, ' ')
		.replace(/^[\s,;:—–-]+|[\s,;:—–-]+$/g, '');
	s = s.replace(LEAD, '').replace(/^[\s,]+/, '');
	// A title is not a sentence: no full stop, unless it ends an abbreviation ("the U.S.").
	if (/(?:^|\s)[^\s.]+\.$/.test(s)) s = s.slice(0, -1);
	if (s.length > MAX) {
		const cut = s.slice(0, MAX);
		const space = cut.lastIndexOf(' ');
		s = strayQuotes(
			(space > 20 ? cut.slice(0, space) : cut.slice(0, MAX - 1)).replace(/[\s,;:]+$/, '') + '…',
		);
	}
	return capitalize(s);
}

/**
 * The part of a very long sentence a title is read from — up to 200 characters either side of the
 * date phrase, starting on a word — with the phrase's offsets moved into it. Sentences of normal
 * length are read whole, so each is parsed once whatever date is titled.
 */
export function titleWindow(
	sentence: string,
	phraseStart: number,
	phraseEnd: number,
): { text: string; start: number; end: number } {
	if (sentence.length <= 600) return { text: sentence, start: phraseStart, end: phraseEnd };
	let from = Math.max(0, phraseStart - 200);
	if (from > 0 && !/\s/.test(sentence[from - 1] ?? ''))
		from += /^\S*\s*/.exec(sentence.slice(from))?.[0].length ?? 0;
	return {
		text: sentence.slice(from, phraseEnd + 200),
		start: phraseStart - from,
		end: phraseEnd - from,
	};
}
