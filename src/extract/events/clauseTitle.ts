/** Titles that read the clause a date phrase belongs to, as an editor would. */
import { readTitle } from '../nlp/readClause.ts';
import type { ParseCache } from '../nlp/parseSentence.ts';
import { tidyTitle, titleWindow } from './title.ts';

/**
 * The title of the clause that holds the phrase, with the phrase (and its preposition) taken out
 * unless `keep` (a span is titled with its length: "The storm had been raging for three days").
 * Pass one `parses` cache per document so a sentence with several dates is parsed once.
 */
export function clauseTitle(
	sentence: string,
	phraseStart: number,
	phraseEnd: number,
	keep = false,
	parses?: ParseCache,
): string {
	const whole = wholeQuotation(sentence);
	if (whole && phraseStart >= whole.from && phraseEnd <= whole.to)
		return clauseTitle(
			sentence.slice(whole.from, whole.to),
			phraseStart - whole.from,
			phraseEnd - whole.from,
			keep,
			parses,
		);
	const { text, start, end } = titleWindow(sentence, phraseStart, phraseEnd);
	const title = readTitle(text, { start, end }, { keep, parses });
	return tidyTitle(title || text);
}

/**
 * Where the words of a sentence that is one quotation, with no attribution ('``This gives him
 * time.''), begin and end: it is read as the sentence it quotes. Null for any other sentence.
 */
function wholeQuotation(sentence: string): { from: number; to: number } | null {
	const m = /^(?:``|["“])([^"“”]*?)(?:''|["”])\s*$/.exec(sentence);
	if (!m || /``|''/.test(m[1]!)) return null;
	const from = m[0].indexOf(m[1]!);
	return { from, to: from + m[1]!.length };
}
