import { expect, it } from 'vitest';
import { readClause, readTitle } from '../../../src/extract/nlp/readClause.ts';

/** The title of the clause that holds `phrase` (left out of it), else of the main clause. */
export function titled(sentence: string, phrase?: string): string {
	if (!phrase) return readClause(sentence).title;
	const start = sentence.indexOf(phrase);
	return readTitle(sentence, { start, end: start + phrase.length });
}

/** One test per case: [what it shows, sentence, date phrase ('' for none), expected title]. */
export function titleCases(cases: Array<[string, string, string, string]>): void {
	it.each(cases)('%s', (_, sentence, phrase, title) => {
		expect(titled(sentence, phrase || undefined)).toBe(title);
	});
}
