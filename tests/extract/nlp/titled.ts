import { readClause, readTitle } from '../../../src/extract/nlp/readClause.ts';

/** The title of the clause that holds `phrase` (left out of it), else of the main clause. */
export function titled(sentence: string, phrase?: string): string {
	if (!phrase) return readClause(sentence).title;
	const start = sentence.indexOf(phrase);
	return readTitle(sentence, { start, end: start + phrase.length });
}
