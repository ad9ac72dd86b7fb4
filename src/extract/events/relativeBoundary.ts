/** Where a relative pronoun or a "that" opens a clause, and which noun a relative clause is about. */
import { MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES, matchAny } from '../data/lexicon.ts';
import type { Boundary } from './clauses.ts';
import { antecedentOf } from './relative.ts';
import {
	DETERMINERS,
	PREPOSITIONS,
	PRONOUNS,
	isContentNoun,
	isReporting,
	isVerbish,
	lower,
	subjectThenVerb,
} from './words.ts';

export const RELATIVE = /(,\s+)?\b(that|which|who|whom|whose)\s+/gi;
const PASSIVE_FOLD = /^(?:was|were|is|are|has been|have been|had been)\b/i;
const TIME_NOUN =
	/^(?:day|week|month|year|morning|afternoon|evening|night|time|season|decade|century|moment|summer|winter|spring|autumn|fall)\b/i;

export const wordsOf = (s: string) => s.trim().split(/\s+/).filter(Boolean).slice(0, 8);
// Words that go with a date rather than with the clause: "said last Friday night that", and
// other dates in the sentence ("said Sunday that …").
const DATE_WORDS = `${matchAny([...WEEKDAY_NAMES, ...MONTH_NAMES, ...Object.keys(MONTH_ABBREVIATIONS)])}\\.?`;
const DATE_COMPANIONS = new RegExp(
	`(?:\\s+(?:on|in|at|during|last|next|this|earlier|later|early|late|night|morning|afternoon|evening|today|yesterday|tomorrow|tonight|week|month|year|${DATE_WORDS}|\\d{1,4},?|[a-z]+ly))+\\s*$`,
	'i',
);

/** The text before `at`, without the date phrase and adverbs that sit right before it. */
function textBefore(sentence: string, at: number, phrase?: readonly [number, number]): string {
	let before = sentence.slice(0, at);
	if (
		phrase &&
		phrase[1] <= at &&
		!/\S/.test(sentence.slice(phrase[1], at).replace(DATE_COMPANIONS, ''))
	)
		before = sentence.slice(0, phrase[0]);
	return before.replace(DATE_COMPANIONS, '');
}

/** "that" starts a clause only before a verb or a subject and its verb, not as in "that unit". */
function startsClause(rest: string): boolean {
	const words = wordsOf(rest);
	const first = lower(words[0] ?? '');
	if (TIME_NOUN.test(first)) return false;
	return (
		isVerbish(first) ||
		PRONOUNS.has(first) ||
		DETERMINERS.has(lower(words[1] ?? '')) ||
		subjectThenVerb(words) >= 0
	);
}

/** The boundary a match of RELATIVE makes, or null where it opens no clause. */
export function relativeAt(
	sentence: string,
	m: RegExpMatchArray,
	phrase?: readonly [number, number],
): Boundary | null {
	const at = m.index!;
	const end = at + m[0].length;
	const comma = m[1] !== undefined;
	const pronoun = m[2]!.toLowerCase();
	// "said that last week a customer discovered": the date is no part of the clause's subject.
	const rest =
		phrase && phrase[0] >= end && !/\S/.test(sentence.slice(end, phrase[0]))
			? sentence.slice(phrase[1])
			: sentence.slice(end);
	const before = textBefore(sentence, at, phrase);
	const previous = lower(before.trim().split(/\s+/).at(-1) ?? '');
	if (pronoun !== 'that' && PASSIVE_FOLD.test(rest)) return null;
	if (pronoun === 'that') {
		if (!previous || PREPOSITIONS.has(previous) || !startsClause(rest)) return null;
		// "said that …", "the claim that …": what follows is the content, which is its own event
		// when the date sits in it; the reporting clause keeps it when the date sits there.
		if (isReporting(previous) || isContentNoun(previous) || isVerbish(previous))
			return { at, end, opens: true, closes: false };
	}
	if (pronoun === 'whose' && !comma) return null;
	const noun = antecedentOf(before, pronoun === 'who' || pronoun === 'whom');
	// "the council, whose members were elected" is about the council's members.
	const antecedent = noun && pronoun === 'whose' ? `${noun}'s` : noun;
	// "which" or "who" with no noun before it and no comma asks a question ("investigate who
	// shot"): no clause to title.
	if (!antecedent)
		return pronoun === 'that' || comma ? { at, end, opens: true, closes: true } : null;
	// The aside closes at the next comma that is not inside the date ("due on Nov. 1, 2004,").
	let close = -1;
	for (const c of comma ? sentence.slice(end).matchAll(/,\s/g) : []) {
		const at = end + c.index;
		if (!phrase || at < phrase[0] || at >= phrase[1]) {
			close = c.index;
			break;
		}
	}
	return {
		at,
		end,
		opens: true,
		closes: true,
		relative: { antecedent },
		...(comma ? {} : { soft: true }),
		...(close >= 0 ? { close: { at: end + close, end: end + close + 1 } } : {}),
	};
}
