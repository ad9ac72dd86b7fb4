import { describe, expect, it } from 'vitest';
import { anteriorAround, tenseAround } from '../../src/extract/tense.ts';

function tenseOf(sentence: string, phrase: string) {
	const at = sentence.indexOf(phrase);
	return tenseAround(sentence, at, at + phrase.length);
}

describe('tenseAround', () => {
	it.each([
		['The board will meet Monday.', 'Monday', 'future'],
		['Prosecutors may seek an indictment Friday.', 'Friday', 'future'],
		['The group planned to leave on Tuesday.', 'Tuesday', 'future'],
		['Farmers planned a march in the capital on Saturday.', 'Saturday', 'future'],
		['The union called for a strike on Monday.', 'Monday', 'future'],
		['Thermo agreed to purchase the line in February.', 'February', 'future'],
		['It is part of a program to pay down the loan by February.', 'February', 'future'],
		['Putin signed the bill on Thursday.', 'Thursday', 'past'],
		['Neither man could be located Wednesday.', 'Wednesday', 'past'],
		['The bullet that could not be stopped hit him Friday night.', 'Friday', 'past'],
		['Markets reopen Tuesday after the holiday.', 'Tuesday', 'future'],
		['The leaders, who remain two points clear, host Leeds on Tuesday.', 'Tuesday', 'future'],
		['The leaders hosted Leeds on Tuesday.', 'Tuesday', 'past'],
		[
			'The rebels cut the road, and the next morning their guns opened fire.',
			'the next morning',
			'past',
		],
		['The trial opens Monday in Boston.', 'Monday', 'future'],
		['The new tariff takes effect in March.', 'March', 'future'],
		['Markets reopened Tuesday after the holiday.', 'Tuesday', 'past'],
		['Trading was halted at the close of business Thursday.', 'Thursday', 'past'],
		// "Next to" is a place: the clause is past all the same.
		['A bomb ripped through the bank next to the embassy Friday morning.', 'Friday', 'past'],
		['The shop next to the station opens Monday.', 'Monday', 'future'],
		// A plan told in the past perfect was overtaken: its time is already past.
		['The offer was extended. It had been due to expire Friday.', 'Friday', 'past'],
		['The vote had originally been scheduled to take place on Monday.', 'Monday', 'past'],
		['The offer is due to expire Friday.', 'Friday', 'future'],
		['Two strikes were held, and a third is planned for Thursday.', 'Thursday', 'future'],
		// A fronted adverbial takes the tense of the main clause, however far its verb.
		[
			'In the spring of 1642, tensions between the League and the Crown grew.',
			'the spring of 1642',
			'past',
		],
		['In March, the newly merged board of the two companies will meet.', 'March', 'future'],
		// A deferral names a time ahead of it; the deferring itself may be dated in the past.
		['The council postponed until Tuesday any vote on the pier.', 'Tuesday', 'future'],
		['The port extended its deadline until 9 a.m. Tuesday.', '9 a.m. Tuesday', 'future'],
		['The vote was postponed on Tuesday.', 'Tuesday', 'past'],
	])('reads %j around %j as %s', (sentence, phrase, tense) => {
		expect(tenseOf(sentence, phrase)).toBe(tense);
	});
});

describe('anteriorAround', () => {
	it.each([
		['Her owners, who had ignored a warning in August, were blamed.', 'in August', true],
		['The mill had never been sold before 1950.', 'before 1950', true],
		['The owners ignored a warning in August.', 'in August', false],
		['The owners had a warning in August.', 'in August', false],
	])('%j: %s is past perfect: %s', (sentence, phrase, anterior) => {
		expect(anteriorAround(sentence, sentence.indexOf(phrase))).toBe(anterior);
	});
});
