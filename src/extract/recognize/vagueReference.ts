import { TIME_UNITS, matchAny, numberWords } from '../data/lexicon.ts';
import type { Recognizer } from '../types.ts';
import { matchAll } from './matchAll.ts';

const PRESENT =
	/^(now|right now|just now|currently|current|at present|presently|nowadays|these days|at the moment|today's)$/i;
const FUTURE =
	/^(the future|future|in the future|soon|the near future|(?:the\s+)?coming\s+\w+|the years ahead|the\s+(?:near|short)\s+term|as soon as possible|a later date|eventually)$/i;

// "the past" followed by a count or a unit opens a duration ("the past two years", "the past decade").
const PAST_SPAN = new RegExp(
	`^\\s+(?:\\d|few|several|${matchAny(numberWords(2, 90))}|${matchAny(Object.keys(TIME_UNITS))})`,
	'i',
);

const VAGUE_REFERENCE =
	/(?<![\w-])(?<p>right now|just now|now|currently|current|at present|presently|nowadays|these days|recently|lately|recent\s+(?:years|months|weeks|days|decades|times)|in the past|the past|formerly|the\s+(?:near\s+)?future|(?<=(?:['’]s|\bits|\btheir|\bour|\bhis|\bher|\byour|\bmy)\s+)future(?=\s*(?:[.,;:!?"”')]|$)|\s+(?:of|in|for|and|or|is|was|will|would|looks?|remains?|depends?|lies?|seems?|as|with|on|at|to|away)\b)|(?:the\s+)?coming\s+(?:years|months|weeks|days|decades|quarters)|the years ahead|the\s+(?:near|short)\s+term|as soon as possible|a later date|(?<!\bas\s+)soon(?!\s+(?:after|before|thereafter|as|enough\s+to)\b))(?![\w-])/i;

/**
 * Deictic references with no calendar value: "now" (`PRESENT_REF`), "recently", "the past",
 * "recent years" (`PAST_REF`), "the future", "Elian's future" (the noun after a possessive, not
 * the adjective of "its future earnings"), "soon", "in the near term", "as soon as possible", "at a
 * later date" (`FUTURE_REF`).
 */
export const vagueReference: Recognizer = (sentence) =>
	matchAll(sentence, VAGUE_REFERENCE, (m) => {
		const phrase = m[0];
		const lower = phrase.toLowerCase();
		const after = sentence.text.slice(m.index + phrase.length);
		// "the past two years" is a duration, not the past.
		if (/past$/.test(lower) && PAST_SPAN.test(after)) return null;
		const value = PRESENT.test(lower)
			? 'PRESENT_REF'
			: FUTURE.test(lower)
				? 'FUTURE_REF'
				: 'PAST_REF';
		return {
			type: 'DATE',
			recognizer: 'vagueReference',
			// "the coming months" looks ahead with no amount, so it is the future rather than a
			// duration of some months.
			...(/coming/i.test(lower) ? { priority: 1 } : {}),
			// Deictic "soon" looks ahead from now; in a past narrative ("was soon released")
			// it means shortly after the story's own time and names no date of its own.
			resolve: (ctx) =>
				lower === 'soon' && ctx.tense === 'past'
					? null
					: {
							value,
							derivation: 'relative',
							explanation: `"${phrase}" refers to the ${value === 'PRESENT_REF' ? 'present' : value === 'FUTURE_REF' ? 'future' : 'past'}`,
							certain: false,
							approximate: true,
						},
		};
	});
