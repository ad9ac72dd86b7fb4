import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/pipeline.ts';

function mentionOf(text: string, phrase: string, dct = '2009-06-15') {
	const { mentions } = extractDocument({ id: 'e', path: 'e.txt', text, dct }).document;
	const at = text.indexOf(phrase);
	const m = mentions.find((m) => m.start === at);
	return m && { text: m.text, type: m.type, value: m.value };
}

describe('eventOffset', () => {
	it.each([
		[
			'a day after an event the text dated',
			'The vote was held on May 3, 2008. A day after the vote, the parliament met.',
			'A day',
			'2008-05-04',
		],
		[
			'weeks before an event the text dated, counting from it and not from the last date',
			'The election took place on March 9, 2008. Turnout was low on March 12, 2008. Two weeks before the election, polls had closed.',
			'Two weeks',
			'2008-W08',
		],
		[
			'the day after an event the text dated',
			'The treaty was signed on June 28, 1919. The day after the treaty, crowds filled the streets.',
			'The day',
			'1919-06-29',
		],
		[
			'years after a war the gazetteer knows, from its end',
			'Two years after the Korean War, the border was still closed.',
			'Two years',
			'1955',
		],
		[
			'an event whose noun phrase runs straight into the next clause',
			'The vote was held on May 3, 2008. A day after the vote the parliament met.',
			'A day',
			'2008-05-04',
		],
		[
			'a month before a war the gazetteer knows, from its start',
			'A month before the Korean War, troops massed on the border.',
			'A month',
			'1950-05',
		],
	])('dates %s', (_case, text, phrase, value) => {
		expect(mentionOf(text, phrase)).toEqual({ text: phrase, type: 'DATE', value });
	});

	it('leaves a count before an undated event as the duration it says', () => {
		expect(mentionOf('Two weeks before the election, polls closed.', 'Two weeks')).toEqual({
			text: 'Two weeks',
			type: 'DURATION',
			value: 'P2W',
		});
	});

	it('leaves the day after an undated event unknown rather than taking the last date', () => {
		const text = 'Markets fell on May 3, 2008. The day after the funeral, the family left.';
		expect(mentionOf(text, 'The day')).toEqual({
			text: 'The day',
			type: 'DATE',
			value: 'XXXX-XX-XX',
		});
	});

	it('does not date an event by a date far from its noun in another clause', () => {
		const text =
			'The vote, which the opposition had tried for many months to delay by every means, passed; markets rose on May 3, 2008. A day after the vote, the parliament met.';
		expect(mentionOf(text, 'A day')).toMatchObject({ type: 'DURATION', value: 'P1D' });
	});

	it.each([
		[
			'a subject and its verb',
			'The library opened on Monday, two years after a fire destroyed it.',
			'two years',
			'P2Y',
		],
		[
			'a verb in the past',
			'The ferry sailed last week, a day after the strike ended.',
			'a day',
			'P1D',
		],
	])('counts from nothing when "after" opens a clause (%s)', (_case, text, phrase, value) => {
		// The clause's event is undated: neither the date of the sentence nor one after it.
		expect(mentionOf(text, phrase, '2026-03-10')).toMatchObject({ type: 'DURATION', value });
	});
});
