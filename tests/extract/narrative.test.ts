import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/pipeline.ts';

const fixtures = join(import.meta.dirname, '../fixtures/narrative');

/** The mentions of a text read on a fixed document date, with a lookup by phrase and occurrence. */
function read(text: string, dct: string) {
	const { mentions } = extractDocument({ id: 'n', path: 'n.txt', text, dct }).document;
	return (phrase: string, nth = 0) => {
		let at = -1;
		for (let i = 0; i <= nth; i++) at = text.indexOf(phrase, at + 1);
		const m = mentions.find((m) => m.start === at);
		return m && { text: m.text, end: m.end, type: m.type, value: m.value, at: m.start };
	};
}

describe('a company history written years later', () => {
	const text = readFileSync(join(fixtures, 'company-history.txt'), 'utf8');
	const mention = read(text, '2009-06-15');

	it.each([
		['1920', '1920'],
		['September 18', '1920-09-18'],
		['the next month', '1920-10'],
		['December 1929', '1929-12'],
		['January 3', '1930-01-03'],
		['three weeks later', '1930-W04'],
		['March 14', '1930-03-14'],
		['1946', '1946'],
		['That year', '1946'],
		['The previous year', '1945'],
		['May 3, 1946', '1946-05-03'],
		['A day', '1946-05-04'],
		['Today', '2009-06-15'],
	])('reads %j as %s, at its offsets', (phrase, value) => {
		const at = text.indexOf(phrase);
		expect(mention(phrase)).toEqual({
			text: phrase,
			at,
			end: at + phrase.length,
			type: 'DATE',
			value,
		});
	});
});

describe('a news story with a background paragraph', () => {
	const text = readFileSync(join(fixtures, 'armistice-news.txt'), 'utf8');
	// 2023-07-28 is a Friday.
	const mention = read(text, '2023-07-28');

	it.each([
		['Thursday', 0, '2023-07-27'],
		['this week', 0, '2023-W30'],
		['July 27, 1953', 0, '1953-07-27'],
		['Two days later', 0, '1953-07-29'],
		['August 5', 0, '1953-08-05'],
		['Thursday', 1, '2023-07-27'],
		['August 5', 1, '2023-08-05'],
	])('reads %j (occurrence %i) as %s', (phrase, nth, value) => {
		expect(mention(phrase, nth)).toMatchObject({ text: phrase, type: 'DATE', value });
	});
});

describe('news that mentions an older year without telling a story of it', () => {
	it.each([
		[
			'a year that bounds a span',
			'The singer had toured every summer since 1995, and her last album was released in March.',
			'March',
			'2009-03',
		],
		[
			'a year that modifies a noun',
			'Talks stalled after the 1996 accord collapsed, and the envoy was recalled in March.',
			'March',
			'2009-03',
		],
		[
			'a year in the past perfect',
			'Farmers had sold the land in 1990. On June 2 the council approved the plan.',
			'June 2',
			'2009-06-02',
		],
		[
			'a year in a reduced relative clause',
			'A scheme approved by the council in 1994 paid residents for their land, and the last plots were sold on May 20.',
			'May 20',
			'2009-05-20',
		],
		[
			'a yearless date in quoted speech',
			'The fort fell in 1862. “We lost the harbour on March 3,” the mayor told reporters.',
			'March 3',
			'2009-03-03',
		],
	])('gives the document year to a yearless date after %s', (_case, text, phrase, value) => {
		expect(read(text, '2009-08-01')(phrase)).toMatchObject({ value });
	});

	it('gives the document year again once a paragraph speaks of its present', () => {
		const text =
			'The bridge was opened in 1931. On June 2 the first trams crossed it.\n' +
			'Today the bridge is closed for repairs, and engineers say work will end on June 2.';
		const mention = read(text, '2009-03-01');
		expect(mention('June 2', 0)).toMatchObject({ value: '1931-06-02' });
		expect(mention('June 2', 1)).toMatchObject({ value: '2009-06-02' });
	});

	it('carries the story across a paragraph that tells the same past', () => {
		const text =
			'The bridge was opened in 1931. The first trams crossed it in May.\n' +
			'On June 2 a storm damaged the deck, and engineers closed it for a week.';
		expect(read(text, '2009-03-01')('June 2')).toMatchObject({ value: '1931-06-02' });
	});
});

describe('anaphora to a month', () => {
	it('reads "that same day" after a stated month as an unnamed day of that month', () => {
		const text =
			'The museum was robbed twice, the second time last October. Its alarm had failed that same day.';
		expect(read(text, '2009-02-06')('that same day')).toMatchObject({ value: '2008-10-XX' });
	});

	it('keeps counting from a day placed within the stated month', () => {
		const text =
			'On October 3, 2008 the museum was robbed, one of four thefts in October. The next day it closed.';
		expect(read(text, '2009-02-06')('The next day')).toMatchObject({ value: '2008-10-04' });
	});
});

describe('counting from a year without a month', () => {
	it('keeps "two months later" in the year the story gave, not the article date', () => {
		const { document } = extractDocument(
			{
				id: 'n',
				path: 'n.txt',
				text: 'In 2019 the carrier tried to buy a rival. Two months later it opened a base.',
			},
			{ dct: '2024-05-14' },
		);
		expect(document.mentions.find((m) => m.text === 'Two months later')?.value).toBe('2019');
	});

	it('keeps "two days later" in the month the story gave, not on an older day', () => {
		const text =
			'On September 18, 1921 the union met. The next month the owners hired crews. Two days later fighting broke out.';
		const { document } = extractDocument({ id: 'n', path: 'n.txt', text }, { dct: '2009-06-01' });
		expect(document.mentions.find((m) => m.text === 'Two days later')?.value).toBe('1921-10');
	});
});

describe('a season counted from the story', () => {
	it.each([
		['The troops came in December 1921. The strike ended the following spring.', '1922-SP'],
		['The troops came in May 1921. The strike had begun the previous winter.', '1920-WI'],
	])('%j reads the season as %s', (text, value) => {
		const { document } = extractDocument({ id: 'n', path: 'n.txt', text }, { dct: '2009-06-01' });
		expect(document.mentions.find((m) => /spring|winter/.test(m.text))?.value).toBe(value);
	});
});

describe('a war history whose paragraphs open with seasons and count on from them', () => {
	const text = readFileSync(join(fixtures, 'siege-history.txt'), 'utf8');
	const mention = read(text, '2009-05-01');

	it.each([
		// A season with a year moves the story's time, so the yearless day after it is that year's.
		['3 March', '1642-03-03'],
		['Two weeks later', '1642-W12'],
		// "the year" without "this" is the story's year.
		['the end of the year', '1642'],
		// Winter begins in December: the February after it is the next year's.
		['The following winter', '1643-WI'],
		['February', '1644-02'],
		['That autumn', '1644-FA'],
		['August of that year', '1645-08'],
		['the following spring', '1646-SP'],
	])('reads %j as %s', (phrase, value) => {
		expect(mention(phrase)).toMatchObject({ text: phrase, value });
	});

	it('reads "a second relief army" as an ordinal, not a duration of one second', () => {
		expect(mention('a second')).toBeUndefined();
	});
});

describe('dates that do not move the story', () => {
	it('keeps the month a season holds: January, "that winter", then April is the same year', () => {
		const text =
			'In January 1942 the army opened a road across the frozen lake. Thousands left over the ice that winter. The road closed in April when the ice melted.';
		expect(read(text, '2009-05-01')('April')).toMatchObject({ value: '1942-04' });
	});

	it("reads a yearless date after a relative clause's year as the article's present", () => {
		const text =
			'Grant, 34, who joined the club from Derby in 2011, scored twice on Saturday. The win sets up a final against Leeds on May 30.';
		expect(read(text, '2016-05-02')('May 30')).toMatchObject({ value: '2016-05-30' });
	});

	it("still lets a main clause's year carry the story", () => {
		const text =
			'The club opened its first stadium in 1961. On May 30 the team paraded through the town.';
		expect(read(text, '2016-05-02')('May 30')).toMatchObject({ value: '1961-05-30' });
	});
});

describe('a day of the month and the end of a decade, counted from the story', () => {
	const text =
		'The fire broke out in a bakery on 2 September 1666. On the 4th, the flames crossed the wall. Offices on the 4th floor burned. In the 1680s the population recovered, and by the end of the decade the city was rebuilt.';
	const mention = read(text, '2020-03-01');

	it('reads "the 4th" as that day of the month last stated', () => {
		expect(mention('the 4th')).toMatchObject({ value: '1666-09-04' });
	});

	it('leaves an ordinal that counts a noun alone', () => {
		expect(mention('the 4th', 1)).toBeUndefined();
	});

	it('reads "the end of the decade" in the decade last stated', () => {
		expect(mention('the end of the decade')).toMatchObject({ value: '168' });
	});
});

describe('a holiday as the day a story counts from', () => {
	it('reads "the following day" after New Year\'s Eve as New Year\'s Day', () => {
		const text =
			"On 21 December 1944 the plan was approved, and the attack was launched on New Year's Eve. The following day, the troops advanced twelve miles.";
		expect(read(text, '2020-03-01')('The following day')).toMatchObject({ value: '1945-01-01' });
	});
});

describe('offsets and seasons written as a reader writes them', () => {
	it('reads an offset set off after a date as restating it, counted from the date before', () => {
		const text =
			'Work on the cathedral began in June 1675. It was completed in 1710, thirty-five years later. Thirty years later, a spire was added.';
		const mention = read(text, '2020-03-01');
		expect(mention('thirty-five years later')).toMatchObject({ value: '1710' });
		expect(mention('Thirty years later')).toMatchObject({ value: '1740' });
	});

	it('takes a winter that spans two years whole', () => {
		const text = 'During the winter of 1944–45 the region suffered heavily.';
		expect(read(text, '2020-03-01')('the winter of 1944–45')).toMatchObject({ value: '1944-WI' });
	});
});

describe('a comparison in a quarterly report', () => {
	it('reads "last year" compared with this year\'s quarter as that quarter a year back', () => {
		const text =
			'Profit rose to $5 million in the third quarter, compared with $4 million last year. Last year the company also moved its offices.';
		const mention = read(text, '1989-11-02');
		expect(mention('last year')).toMatchObject({ value: '1988-Q3' });
		expect(mention('Last year')).toMatchObject({ value: '1988' });
	});
});

describe('a deictic month inside a story of the past', () => {
	it('dates "this September" from the document date and says so', () => {
		const text =
			'The mill was sold in 1995 to a trust. The trust now hopes to reopen it this September.';
		const { events } = extractDocument({ id: 'n', path: 'n.txt', text, dct: '2004-03-10' });
		const e = events.find((x) => x.title.includes('reopen'));
		expect(e?.start).toBe('2004-09');
		expect(e?.explanation).toMatch(/document date/);
		expect(e?.explanation).not.toMatch(/1995/);
	});
});

describe("a month told from the story's time", () => {
	const text =
		'The schooner sailed from Halifax on October 3, 1887. A board of inquiry met the following March. It blamed the owners, who had ignored a warning in August. The town had been founded the previous May.';
	const events = extractDocument({ id: 'n', path: 'n.txt', text, dct: '2010-05-01' }).events;
	const at = (snippet: string) => events.find((e) => e.title.includes(snippet))?.start;

	it('reads "the following March" after the date the text last stated', () => {
		expect(at('inquiry met')).toBe('1888-03');
	});

	it("places a past perfect month before the story's time, not after it", () => {
		expect(at('ignored a warning')).toBe('1887-08');
	});

	it('reads "the previous May" before it', () => {
		expect(at('founded')).toBe('1887-05');
	});
});

describe('a siege told day by day', () => {
	const text = [
		'The Siege of Fort Carrick',
		'That changed in the spring of 1863, when a rebel force marched on the town.',
		'On April 11 the rebels cut the road to the capital, and the next morning their guns opened fire on the fort.',
		"The garrison's men held out for nineteen days.",
		'The fort surrendered on April 30.',
	].join('\n');
	const events = extractDocument({ id: 'n', path: 'n.txt', text, dct: '2015-05-01' }).events;
	const event = (snippet: string) => events.find((e) => e.title.includes(snippet));

	it('keeps "the next morning" in the story: it neither makes the paragraph present nor the clause future', () => {
		expect(event('cut the road')?.start).toBe('1863-04-11');
		expect(event('opened fire')?.start).toBe('1863-04-12');
		expect(event('surrendered')?.start).toBe('1863-04-30');
	});

	it("starts a span told in the simple past at the story's time, not at the document date", () => {
		const held = event('held out');
		expect(held?.start.startsWith('1863-04-1')).toBe(true);
		expect(held?.end?.startsWith('1863-0')).toBe(true);
	});
});
