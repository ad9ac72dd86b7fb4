/** Titles that read the clause a date phrase belongs to, as an editor would. */
import { readClause } from '../nlp/readClause.ts';
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
	const { text, start, end } = titleWindow(sentence, phraseStart, phraseEnd);
	const { title } = readClause(text, { start, end }, { keep, parses });
	return tidyTitle(title || text);
}
