import { describe, expect, it } from 'vitest';
import { readClause } from '../../../src/extract/nlp/readClause.ts';
import { parseCache } from '../../../src/extract/nlp/parseSentence.ts';

/** Reads the clause of `phrase` (its first occurrence) in `sentence`, or the main clause. */
const read = (sentence: string, phrase?: string) => {
	if (phrase === undefined) return readClause(sentence);
	const start = sentence.indexOf(phrase);
	if (start < 0) throw new Error(`"${phrase}" is not in "${sentence}"`);
	return readClause(sentence, { start, end: start + phrase.length });
};
const verbOf = (sentence: string, phrase?: string) => {
	const v = read(sentence, phrase).verb;
	return v && sentence.slice(v.start, v.end);
};

describe('readClause titles', () => {
	it.each([
		[
			'an opening "Under the agreement" is no title; the clause after it is',
			'Under the agreement, the union agreed on Friday to freeze wages until 2027.',
			'Friday',
			'The union agreed to freeze wages until 2027',
		],
		[
			'a subordinator left by the date never ends the title',
			'The lockout began in 1921 when dock workers walked out over wages.',
			'1921',
			'The lockout began',
		],
		[
			'a date in a participle aside titles the noun it is about',
			'Under the agreement, signed in March 2019, the carrier will buy 40 jets.',
			'March 2019',
			'The agreement signed',
		],
		[
			'a relative clause gets its noun as subject and is cut after a whole phrase',
			'The airline, which had made the renewal of its ageing regional fleet a top priority after 2015, ordered 20 jets on Monday.',
			'2015',
			'The airline had made the renewal of its ageing regional fleet',
		],
		[
			'the main clause skips the relative aside inside its subject',
			'The airline, which had made the renewal of its regional fleet a top priority after 2015, ordered 20 jets on Monday.',
			'Monday',
			'The airline ordered 20 jets',
		],
		[
			'an opening "With …" phrase is left out',
			'With a strong line of tractors and harvesters and the new plant in Ohio, the company doubled its sales in 2021.',
			'2021',
			'The company doubled its sales',
		],
		[
			'a dateline before a dash is no part of the clause',
			'WASHINGTON (AP) — The Senate passed the spending bill on Thursday after a long night of debate.',
			'Thursday',
			'The Senate passed the spending bill after a long night of debate',
		],
		[
			'a coordinated predicate borrows the subject of the first',
			'Smith, 54, joined the bank in 1995 as a junior analyst and rose to chief executive in 2010.',
			'2010',
			'Smith rose to chief executive',
		],
		[
			'an appositive between subject and verb is left out',
			'Smith, 54, joined the bank in 1995 as a junior analyst and rose to chief executive in 2010.',
			'1995',
			'Smith joined the bank as a junior analyst',
		],
		[
			'an afterthought noun phrase is left out',
			'Prices rose 3 percent in March, the biggest increase since 2008.',
			'March',
			'Prices rose 3 percent',
		],
		[
			'a hyphenated word is not an aside between dashes',
			'Police arrested a 24-year-old man on Saturday in connection with the shooting.',
			'Saturday',
			'Police arrested a 24-year-old man in connection with the shooting',
		],
	])('%s', (_rule, sentence, phrase, title) => {
		expect(read(sentence, phrase).title).toBe(title);
	});

	it('never ends a cut title on a word that needs the next one', () => {
		const s =
			'On Monday the regional transport authority announced a plan for a new light rail line to the airport and the harbour district.';
		// "… a plan for a new light rail line" would be 76 characters: the subject gives up its
		// modifiers before the plan loses what it is for.
		expect(read(s, 'Monday').title).toBe(
			'The authority announced a plan for a new light rail line',
		);
	});
});

describe('readClause quotations', () => {
	it('titles a quotation with its speaker and the whole quotation when it fits', () => {
		const s = '“I have great confidence that Maria will lead us,” the chairman said on Tuesday.';
		expect(read(s, 'Tuesday').title).toBe(
			'The chairman said: “I have great confidence that Maria will lead us”',
		);
	});

	it('drops the verb rather than cut a quotation', () => {
		const s =
			'"I have great confidence that Maria will lead the company well," Smith said on Tuesday.';
		expect(read(s, 'Tuesday').title).toBe(
			'Smith: “I have great confidence that Maria will lead the company well”',
		);
	});

	it('titles a long quotation in the first person by its speaker and its clause cut after a whole phrase', () => {
		const s =
			'“I have great confidence that Maria will lead the company through the hard years ahead of us,” Smith told reporters on Tuesday.';
		const r = read(s, 'Tuesday');
		expect(r.title).toBe('Smith: “I have great confidence that Maria will lead the company”');
		expect(r.reporting).toBe(true);
		expect(r.complement?.title).toContain('I have great confidence');
	});

	it('makes the attribution the main clause of a quoted sentence', () => {
		const s = '“We are pleased with the result,” the minister said.';
		expect(verbOf(s)).toBe('said');
	});
});

describe('readClause reporting', () => {
	it('reads what a reporting verb reports without "that"', () => {
		const r = read('GM said it lost $6 billion in 2008.');
		expect(r.reporting).toBe(true);
		expect(r.complement?.title).toBe('GM lost $6 billion in 2008');
		expect(r.complement?.tense).toBe('past');
	});

	it("finds the reported clause after the report's own date", () => {
		const s = 'GM said on Monday it lost $6 billion in the fourth quarter.';
		expect(read(s, 'the fourth quarter').title).toBe('GM lost $6 billion');
		expect(read(s, 'Monday').title).toBe('GM said it lost $6 billion in the fourth quarter');
	});

	it('titles a date in a closing attribution by what was reported', () => {
		const s = 'The new terminal will open in May, a spokesman said on Friday.';
		const r = read(s, 'Friday');
		expect(r.reporting).toBe(true);
		expect(r.title).toBe('The new terminal will open in May');
		expect(r.complement?.irrealis).toBe('future');
	});

	it('does not take a verb of doing for a verb of saying', () => {
		expect(read('The company sold its stake in 2019.').reporting).toBe(false);
	});

	it('reads "would" after a reporting verb as the future of the past', () => {
		const r = read('Officials said the bridge would reopen in May.');
		expect(r.complement?.tense).toBe('future');
	});
});

describe('readClause verbs and tenses', () => {
	it.each([
		['The council approved the budget.', 'approved', 'past'],
		['The council has approved the budget.', 'approved', 'perfect'],
		['The council will approve the budget.', 'approve', 'future'],
		['The council is set to approve the budget.', 'approve', 'future'],
		['The council is going to approve the budget.', 'approve', 'future'],
		['The council approves budgets in spring.', 'approves', 'present'],
		['Record heat hit southern Europe.', 'hit', 'past'],
		['The bridge was destroyed by floods.', 'destroyed', 'past'],
		['The plant, which opened in 1985, will close.', 'close', 'future'],
	])('%s → %s (%s)', (sentence, verb, tense) => {
		expect(verbOf(sentence)).toBe(verb);
		expect(read(sentence).tense).toBe(tense);
	});
});

describe('readClause irrealis', () => {
	it.each([
		['The company sold its stake.', null],
		['The company could sell its stake.', 'modal'],
		['The company may sell its stake.', 'modal'],
		['The company did not sell its stake.', 'negated'],
		["The company hasn't sold its stake.", 'negated'],
		['The ministry never confirmed the sale.', 'negated'],
		['The president is to visit the region.', 'future'],
		['If the talks fail, the union plans a strike.', 'conditional'],
		['Unless the court rules, the boy stays with his uncle.', 'conditional'],
		['Did the company sell its stake?', 'question'],
		['Banks lend money.', 'generic'],
		['The ferry usually leaves at noon.', 'generic'],
		['I have great confidence that Tim will do well.', 'opinion'],
		['We believe the market will recover.', 'opinion'],
		['Residents feared that the river would flood.', 'opinion'],
		['That is what the vandals want.', 'opinion'],
		['This is an attack on every family in the valley.', 'opinion'],
		['The company will sell its stake.', 'future'],
		['Close the door.', 'imperative'],
		['I mean, look at the prices.', 'imperative'],
		['And now check the figures.', 'imperative'],
		// "I" before a base form is the subject of a present, not a marker of talk.
		['I urge you to keep the clinic open.', null],
	])('%s → %s', (sentence, irrealis) => {
		expect(read(sentence).irrealis).toBe(irrealis);
	});

	it('reads the clause of a date inside a condition as conditional', () => {
		expect(read('If the talks fail by June, the union will strike.', 'June').irrealis).toBe(
			'conditional',
		);
	});

	it('reads the main clause after a condition by its own verb', () => {
		expect(read('If the talks fail, the union will strike in June.', 'June').irrealis).toBe(
			'future',
		);
	});
});

describe('readClause parsing', () => {
	it('parses a sentence once per cache, whatever dates it holds', () => {
		const parses = parseCache();
		const s = 'The plant, which opened in 1985, will close on Friday.';
		readClause(s, { start: s.indexOf('1985'), end: s.indexOf('1985') + 4 }, { parses });
		const tokens = parses.get(s);
		readClause(s, { start: s.indexOf('Friday'), end: s.indexOf('Friday') + 6 }, { parses });
		expect(parses.size).toBe(1);
		expect(parses.get(s)).toBe(tokens);
	});

	it('reads an empty sentence as nothing', () => {
		expect(readClause('')).toEqual({
			title: '',
			verb: null,
			tense: 'present',
			irrealis: null,
			reporting: false,
			complement: null,
		});
	});
});

describe('readClause date phrases', () => {
	it('titles a date followed by a "when" clause by what happened then', () => {
		const s = 'The order follows a deal in January, when a rival carrier bought 12 jets.';
		expect(read(s, 'in January').title).toBe('A rival carrier bought 12 jets');
	});

	it('drops the commas that set a date off with the date', () => {
		const s = 'The council, on March 3, 2020, approved the new budget.';
		expect(read(s, 'March 3, 2020').title).toBe('The council approved the new budget');
	});

	it('keeps a comma after a date that no comma opened, and cuts there', () => {
		const s =
			'Stock prices fell sharply in Europe and Asia on Monday, with fears of a recession in the United States driving the losses.';
		expect(read(s, 'Monday').title).toBe('Stock prices fell sharply in Europe and Asia');
	});

	it('keeps a "last" that is not the date\'s own', () => {
		const s = 'The carrier will take the first jet in 2026 and the last in 2031.';
		expect(read(s, '2031').title).toBe('The carrier will take the first jet in 2026 and the last');
	});
});
