import { describe, expect, it } from 'vitest';
import { clauseTitle } from '../../../src/extract/events/clauseTitle.ts';
import { tidyTitle } from '../../../src/extract/events/title.ts';

/** Titles `phrase` (its first occurrence) in `sentence`. */
const title = (sentence: string, phrase: string) => {
	const at = sentence.indexOf(phrase);
	if (at < 0) throw new Error(`"${phrase}" is not in "${sentence}"`);
	return clauseTitle(sentence, at, at + phrase.length);
};

const BRIDGE =
	'The town council voted on Monday to rebuild the bridge that floods destroyed in July 2019.';
const PLANT = 'The plant, which opened in 1985, will close on Friday.';

describe('clauseTitle', () => {
	it.each([
		[
			'a main clause ends where a relative clause begins',
			BRIDGE,
			'Monday',
			'The town council voted to rebuild the bridge',
		],
		[
			'an object relative takes its noun as object',
			BRIDGE,
			'July 2019',
			'Floods destroyed the bridge',
		],
		['a subject relative takes its noun as subject', PLANT, '1985', 'The plant opened'],
		['an aside between commas is left out', PLANT, 'Friday', 'The plant will close'],
		[
			'"who" is about the person',
			'The mayor, who took office in 2020, said on Monday that taxes would rise.',
			'2020',
			'The mayor took office',
		],
		[
			'"whose" is about what the noun has',
			'The council, whose members were elected in 2022, met on Monday.',
			'2022',
			"The council's members were elected",
		],
		[
			'a comma inside the date does not close an aside',
			'The notes, which will be due on Nov. 1, 2004, will be used to reduce debt.',
			'Nov. 1, 2004',
			'The notes will be due',
		],
		[
			'an aside between dashes is left out',
			'The suspect -- a local man -- was arrested on Friday.',
			'Friday',
			'The suspect was arrested',
		],
		[
			'a subordinate clause with its own subject stands alone',
			'The river rose for three days before the levee failed on Sunday.',
			'Sunday',
			'The levee failed',
		],
		[
			'"and" before a new subject starts a clause',
			'Floods hit the valley in 2019 and the bridge collapsed in 2020.',
			'2020',
			'The bridge collapsed',
		],
		[
			'the clause before "and" ends there',
			'Floods hit the valley in 2019 and the bridge collapsed in 2020.',
			'2019',
			'Floods hit the valley',
		],
		[
			'a semicolon ends a clause',
			'The company was founded in 1990; it moved to Boston in 2005.',
			'2005',
			'It moved to Boston',
		],
		[
			'a reported clause is its own event',
			'Officials said on Tuesday that the bridge would reopen in May.',
			'May',
			'The bridge would reopen',
		],
		[
			'a reporting clause keeps what was said',
			'Officials said on Tuesday that the bridge would reopen in May.',
			'Tuesday',
			'Officials said the bridge would reopen in May',
		],
		[
			'the content of "the likelihood that" is its own clause',
			'FBI officials played down the likelihood that either was involved in the Oct. 23 killing.',
			'Oct. 23',
			'Either was involved in the killing',
		],
		[
			'a part of the day goes with its date',
			'Slepian was shot on Friday night as he stood in his kitchen.',
			'Friday',
			'Slepian was shot',
		],
		[
			'a possessive date becomes "the"',
			"Investors cheered Thursday's announcement.",
			'Thursday',
			'Investors cheered the announcement',
		],
		[
			'a date inside the subject titles the main clause, without the aside',
			"Putin's comments on Thursday, which were published by CNN, more or less corroborated reports.",
			'Thursday',
			"Putin's comments more or less corroborated reports",
		],
		[
			'a relative clause inside the subject is restated with its noun',
			'The bridge that floods destroyed in 2019 reopened on Monday.',
			'2019',
			'Floods destroyed the bridge',
		],
		[
			'the main clause goes on after a relative clause inside its subject',
			'The bridge that floods destroyed in 2019 reopened on Monday.',
			'Monday',
			'The bridge reopened',
		],
	])('%s', (_rule, sentence, phrase, expected) => {
		expect(title(sentence, phrase)).toBe(expected);
	});

	it.each([
		[
			'names joined by "and"',
			'Kenya and Tanzania signed the treaty in 1998.',
			'1998',
			'Kenya and Tanzania signed the treaty',
		],
		[
			'a demonstrative "that"',
			'On Monday, Spitzer asked Vacco to revive that unit immediately.',
			'Monday',
			'Spitzer asked Vacco to revive that unit immediately',
		],
		[
			'"as" before a phrase with no verb',
			'The bridge was closed in 2019 as a precaution.',
			'2019',
			'The bridge was closed as a precaution',
		],
	])('does not split a clause at %s', (_case, sentence, phrase, expected) => {
		expect(title(sentence, phrase)).toBe(expected);
	});

	it.each([
		[
			'a date told by an attribution',
			'Preliminary tests link the activist to the hair, an official said Friday.',
			'Friday',
			'Preliminary tests link the activist to the hair',
		],
	])('falls back to the whole sentence for %s', (_case, sentence, phrase, expected) => {
		expect(title(sentence, phrase)).toContain(expected);
	});

	it('keeps the phrase in a span title when asked to', () => {
		const s = 'The storm had been raging for about three days before it eased.';
		const at = s.indexOf('about three days');
		expect(clauseTitle(s, at, at + 16, true)).toBe(
			'The storm had been raging for about three days',
		);
	});

	it('cuts a long clause after a whole phrase, with no ellipsis', () => {
		const s =
			'On Monday the regional planning committee approved a new bridge over the river for the eastern district of the city and its suburbs.';
		expect(title(s, 'Monday')).toBe(
			'The regional planning committee approved a new bridge over the river',
		);
	});

	it('cuts a clause with no phrase boundary in reach at a word, with an ellipsis', () => {
		const s =
			'On Monday the committee approved an extraordinarily comprehensive infrastructure renewal programme for the region.';
		const t = title(s, 'Monday');
		expect(t.length).toBeLessThanOrEqual(71);
		expect(t.endsWith('…')).toBe(true);
		const whole =
			'The committee approved an extraordinarily comprehensive infrastructure renewal programme';
		expect(whole.startsWith(`${t.slice(0, -1)} `)).toBe(true);
	});
});

describe('a sentence that is one quotation', () => {
	it('is read as the sentence it quotes, without its quotation marks', () => {
		expect(title("``The ferry sailed again on Monday.''", 'on Monday')).toBe(
			'The ferry sailed again',
		);
	});
});

describe('tidyTitle', () => {
	it.each([
		['a parade to mark the war.', 'A parade to mark the war'],
		['troops left the U.S.', 'Troops left the U.S.'],
		['  "Talks resumed"  ', 'Talks resumed'],
		['and then talks resumed', 'Talks resumed'],
	])('tidies %j', (raw, tidy) => {
		expect(tidyTitle(raw)).toBe(tidy);
	});
});
