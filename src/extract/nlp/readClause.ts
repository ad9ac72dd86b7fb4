/**
 * PLACEHOLDER until the NLP-backed reading lands (issue 8 item 6): a regex reading of a sentence's
 * main clause, enough to develop the reported-facts stage against the agreed interface.
 */
import { tidyTitle } from '../events/title.ts';

export interface ClauseReading {
	title: string;
	verb: { start: number; end: number } | null;
	tense: 'past' | 'perfect' | 'present' | 'future';
	irrealis:
		| null
		| 'modal'
		| 'conditional'
		| 'negated'
		| 'question'
		| 'opinion'
		| 'generic'
		| 'future'
		| 'imperative';
	reporting: boolean;
	complement: Omit<ClauseReading, 'complement'> | null;
}

const REPORTING =
	/\b(said|says|told|tells|announced|announces|reported|reports|stated|added|confirmed|disclosed|revealed)\b/i;
const VERB =
	/\b(?:(?:has|have)\s+(?:been\s+)?[a-z]+(?:ed|en)|(?:was|were)\s+[a-z]+(?:ed|en)|[a-z]{3,}ed|said|says|told|sold|bought|won|lost|made|took|gave|came|went|left|met|paid|began|rose|fell|hit|held|led|sent|became|is|are|was|were)\b/i;

export function readClause(
	sentence: string,
	_phrase?: { start: number; end: number },
): ClauseReading {
	const verbMatch = VERB.exec(sentence);
	const verb = verbMatch
		? { start: verbMatch.index, end: verbMatch.index + verbMatch[0].length }
		: null;
	const head = verbMatch ? verbMatch[0].toLowerCase() : '';
	const tense: ClauseReading['tense'] = /\b(will|shall|going to)\b/i.test(sentence)
		? 'future'
		: /^(has|have)\b/.test(head)
			? 'perfect'
			: /^(is|are|says|tells|reports|announces)$/.test(head)
				? 'present'
				: 'past';
	const irrealis: ClauseReading['irrealis'] = /\?\s*["”]?$/.test(sentence)
		? 'question'
		: /^\s*if\b/i.test(sentence)
			? 'conditional'
			: /\b(not|never|n't|no longer)\b/i.test(sentence.slice(0, (verb?.end ?? 0) + 10))
				? 'negated'
				: /\b(could|would|should|might|may|must|can)\b/i.test(
							sentence.slice(0, (verb?.end ?? 0) + 5),
					  )
					? 'modal'
					: /\b(believe[sd]?|think|thinks|thought|confidence|hope[sd]?|feel|feels)\b/i.test(
								sentence,
						  )
						? 'opinion'
						: tense === 'future'
							? 'future'
							: tense === 'present' && !REPORTING.test(head)
								? 'generic'
								: null;
	return {
		title: tidyTitle(sentence.split(/[,;:]\s/)[0] ?? sentence),
		verb,
		tense,
		irrealis,
		reporting: REPORTING.test(head),
		complement: null,
	};
}
