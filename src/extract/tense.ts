import { IRREGULAR_PAST, matchAny } from './data/lexicon.ts';
import type { Tense } from './types.ts';

// Markers of a future or planned event, read in the clause before the phrase ("will meet Bush on").
// Predicates of commitment take an infinitive that looks ahead of them ("agreed to buy it in
// February", "a program to pay down the loan by February").
const FUTURE_BEFORE =
	/\b(?:will|won't|would|shall|'ll|going to|plans? to|planned to|planning to|(?:plans?|planned|planning|scheduled|called for|calling for)\s+(?:a|an|the|its|their|his|her|another|more)\s|intends? to|(?:agree[sd]?|agreements?|deal|program|pledged|promised|vowed|offered|proposed|decided|voted) to|effective|payable|due|expires?|expected to|expects? to|scheduled|set to|due to|(?:is|are)\s+(?:planned|slated|expected|set)\s+for|as (?:soon|early) as|might|may)\b[^,.;:!?]*$/i;
// A deferral runs to a time after it: "postponed until Tuesday any action", "extended its
// deadline until 9 a.m. Tuesday" name the new time, which lies ahead of the deferring.
const DEFERRED =
	/\b(?:postpon|delay|defer|extend|adjourn|put(?:ting)? off|push(?:ed|es|ing)? back)\w*\b[^,.;:!?]*\b(?:until|till|to)\s+$/i;
// "Next to" is a place, not a time ("the building next to the embassy"); "the next morning"
// counts from the story's time, which may be past.
const FUTURE =
	/\b(will|won't|shall|'ll|going to|plans? to|planning to|intends? to|is to|are to|scheduled|expected to|set to|due to|upcoming|(?<!\bthe\s+)next(?!\s+to\b))\b/i;
// A plan told in the past perfect ("had been due to expire Friday", "had planned to vote on
// Monday") was overtaken before the time of writing: its time lies before the document date.
const SUPERSEDED_PLAN =
	/\bhad\s+(?:(?:already|previously|originally|earlier|once)\s+)?(?:been\s+)?(?:due|scheduled|expected|set|planned|planning|intended|supposed|meant|going)\s+to\b[^,.;:!?]*$/i;
// Verbs of events that are planned or scheduled: in the simple present with a time adverbial
// they are futurate ("the trial opens Monday", "markets reopen Tuesday"), as in news style.
const SCHEDULED = [
	'open',
	'reopen',
	'close',
	'start',
	'begin',
	'end',
	'resume',
	'meet',
	'convene',
	'arrive',
	'leave',
	'depart',
	'return',
	'visit',
	'travel',
	'fly',
	'head',
	'expire',
	'vote',
	'testify',
	'play',
	'host',
	'face',
	'entertain',
	'take on',
	'launch',
	'premiere',
	'take effect',
	'take office',
	'go on trial',
	'kick off',
];
const presentForms = (verb: string) => {
	const [head = '', ...rest] = verb.split(' ');
	const s = /(?:s|sh|ch|x|o)$/.test(head)
		? `${head}es`
		: head.replace(/([^aeiou])y$/, '$1ie') + 's';
	return [verb, [s, ...rest].join(' ')];
};
const FUTURATE = new RegExp(
	// After a determiner the word is a noun: "at the close of business Thursday".
	`(?<!\\b(?:the|a|an|its|their|his|her|our|this|that)\\s+)\\b(?:${SCHEDULED.flatMap(presentForms).join('|')})\\b[^,.;:!?]*$`,
	'i',
);
const PAST = new RegExp(
	`\\b(?:was|were|had|did|ago|last|earlier|announced|reported|[a-z]{3,}ed|${matchAny(IRREGULAR_PAST)})\\b`,
	'i',
);

// Before a date phrase that opens its sentence: nothing, or a preposition and determiners.
const FRONTED =
	/^\s*(?:(?:in|on|at|by|during|early|late|from|after|before|until|since|the|a|of)\s+)*$/i;

/** The last clause of some text before a phrase: after its last comma, colon or sentence stop. */
const lastClause = (before: string) => before.split(/[,;:!?]|\.\s/).at(-1) ?? '';

/**
 * The tense of the clause around a phrase. The clause before the phrase decides first ("will meet
 * Bush on Thursday", "planned to leave on Thursday"); reported speech ("said Monday it will …") is
 * past at the date, so a past verb right next to the phrase wins over a future one further away.
 * A scheduled event in the simple present is futurate ("markets reopen Tuesday").
 */
export function tenseAround(sentence: string, start: number, end: number): Tense {
	const clauseBefore = lastClause(sentence.slice(Math.max(0, start - 120), start));
	const before = sentence.slice(Math.max(0, start - 50), start);
	// A fronted adverbial ("In the spring of 1642, tensions between the two grew") belongs to the
	// main clause after it, however long its subject: read that clause to its end.
	const fronted = FRONTED.test(sentence.slice(0, start));
	const after = fronted
		? (sentence.slice(end).split(/[;:!?]|\.\s/)[0] ?? '')
		: sentence.slice(end, end + 40);
	if (SUPERSEDED_PLAN.test(clauseBefore)) return 'past';
	if (DEFERRED.test(clauseBefore)) return 'future';
	if (FUTURE_BEFORE.test(clauseBefore)) return 'future';
	const near = before.slice(-20) + ' ' + after.slice(0, 15);
	if (PAST.test(near)) return 'past';
	if (FUTURATE.test(clauseBefore) && !PAST.test(clauseBefore)) return 'future';
	if (FUTURE.test(before + ' ' + after)) return 'future';
	if (PAST.test(before + ' ' + after)) return 'past';
	return 'present';
}

// "who had ignored a warning in August": the past perfect places its event before the story's time.
const PAST_PERFECT = new RegExp(
	`\\bhad\\s+(?:(?:not|never|already|just|also|\\w+ly)\\s+)?(?:been\\s+)?(?:[a-z]{2,}(?:ed|en)|${matchAny(IRREGULAR_PAST)})\\b[^,.;:!?]*$`,
	'i',
);

/** Whether the clause before a phrase is in the past perfect: its time lies before the story's. */
export function anteriorAround(sentence: string, start: number): boolean {
	const window = sentence.slice(Math.max(0, start - 120), start);
	return /\bhad\b/i.test(window) && PAST_PERFECT.test(lastClause(window));
}
