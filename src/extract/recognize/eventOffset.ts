import { parseYmd, type Ymd } from '../dates.ts';
import { findNames } from '../data/lookup.ts';
import type { DatedSentence, Recognizer, ResolveContext } from '../types.ts';
import { relative } from './calendarUnits.ts';
import { matchAll } from './matchAll.ts';
import { NUMBER, durationValue, parseNumber, parseUnit } from './numbers.ts';

// The noun phrase after before/after ends where a preposition, a verb of its own clause or
// punctuation begins; its last word is its head ("the presidential vote in Ohio" → "vote").
const EVENT_OFFSET = new RegExp(
	`(?<![\\w-])(?<p>(?:(${NUMBER})\\s+(days?|weeks?|months?|years?)|(the)\\s+(day|week|month|year)))\\s+(after|before)\\s+` +
		`((?:the|a|an|his|her|its|their)\\s+(?:[\\w'’-]+\\s+){0,3}?([A-Za-z][\\w-]*))` +
		`(?=\\s*(?:[,.;:!?)"”]|$)|\\s+(?:of|in|on|at|to|for|from|and|or|but|by|with|was|were|is|are|had|has|that|which|who|when|the|a|an|his|her|its|their)\\b)`,
	'i',
);

// "after a flood closed it", "after the storm ended": a second determiner or a pronoun inside the
// phrase, or a past form after its noun, makes it a clause's subject and verb. "After" then opens
// a clause whose event the text does not date, and nothing here counts from it.
const CLAUSE_WORD = /^(?:the|a|an|his|her|its|their|this|that|these|those|it|them|him|us)$/i;
const opensClause = (phrase: string) => {
	const [, ...words] = phrase.split(/\s+/);
	return words.some((w) => CLAUSE_WORD.test(w)) || (words.length > 1 && /ed$/i.test(words.at(-1)!));
};

/** Characters a noun and its date may stand apart in one clause. */
const CLAUSE = 50;

/** The head noun, loosely singular, so "the votes" finds "the vote" and back. */
const stem = (word: string) => word.toLowerCase().replace(/(?:es|s)$/, '');

/**
 * The day an event noun names: the gazetteer's date for a named event ("the Korean War" ends
 * 1953-07-27 for "after", starts 1950-06-25 for "before"), else the latest earlier sentence that
 * mentions the same head noun and gives a day ("The vote was held on May 3").
 */
function eventDay(
	phrase: string,
	head: string,
	direction: string,
	before: number,
	ctx: ResolveContext,
): { day: Ymd; from: string } | null {
	const named = findNames(phrase, ['event', 'war'])[0]?.entry;
	const date = named && (direction === 'after' ? (named.end ?? named.start) : named.start);
	const gazetteerDay = date ? parseYmd(date) : null;
	if (named && gazetteerDay) return { day: gazetteerDay, from: `${named.name} (gazetteer)` };
	const word = new RegExp(`\\b${stem(head)}(?:e?s)?\\b`, 'gi');
	const mentions: readonly DatedSentence[] = ctx.datedBefore ?? [];
	for (let i = mentions.length - 1; i >= 0; i--) {
		const { value, sentence, start, end } = mentions[i]!;
		const day = parseYmd(value);
		if (!day || end > before) continue;
		// The noun and the date must share a clause ("the vote was held on May 3"), not merely a
		// sentence, or any date near any mention of the word would do.
		for (const w of sentence.text.matchAll(word)) {
			const at = sentence.start + w.index;
			const between = at < start ? [at + w[0].length, start] : [end, at];
			const gap = sentence.text.slice(between[0]! - sentence.start, between[1]! - sentence.start);
			if (gap.length <= CLAUSE && !/[;:!?]|\.\s/.test(gap))
				return { day, from: `the ${head.toLowerCase()} of ${value}, stated earlier` };
		}
	}
	return null;
}

/**
 * "a day after the vote", "two weeks before the election", "the day after the armistice": counts
 * from the event the noun phrase names, not from the date last stated. When neither the text nor
 * the gazetteer dates that event, nothing is guessed: a count stays the duration it says (`P2W`),
 * "the day" an unknown day (`XXXX-XX-XX`).
 */
export const eventOffset: Recognizer = (sentence) =>
	matchAll(sentence, EVENT_OFFSET, (m) => {
		const definite = m[4] !== undefined;
		const n = definite ? 1 : parseNumber(m[2] ?? '');
		if (n === null || !Number.isInteger(n)) return null;
		const unit = parseUnit(m[3] ?? m[5] ?? '');
		const direction = (m[6] ?? '').toLowerCase();
		const phrase = m[7] ?? '';
		const head = m[8] ?? '';
		if (opensClause(phrase)) return null;
		const sign = direction === 'after' ? 1 : -1;
		return {
			type: 'DATE',
			recognizer: 'eventOffset',
			...(unit === 'day' ? { tags: ['day'] as const } : {}),
			// Beats the duration reading of "a day" and the bare "the day after".
			priority: 3,
			resolve: (ctx) => {
				const event = eventDay(phrase, head, direction, sentence.start + m.index, ctx);
				// Undated, "two weeks" stays the span it says; "the day" is a day nobody names.
				if (!event)
					return {
						...(definite ? {} : { type: 'DURATION' as const }),
						value: definite ? 'XXXX-XX-XX' : durationValue(n, unit),
						derivation: 'relative',
						explanation: `"${m[0]}": the date of ${phrase} is not given`,
						certain: false,
						approximate: false,
					};
				return relative(event.day, sign * n, unit, `"${m[0]}" from ${event.from}`);
			},
		};
	});
