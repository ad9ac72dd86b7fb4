import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/pipeline.ts';

const extract = (text: string, dct = '2024-03-06') =>
	extractDocument({ id: 'd', path: 'd.txt', text }, { dct }).events;
const from = (events: ReturnType<typeof extract>, text: string, snippet: string) => {
	const at = text.indexOf(snippet);
	return events.filter((e) => e.sources.some((s) => s.sentenceStart <= at && at < s.sentenceEnd));
};

describe('reported facts', () => {
	it('dates a past-tense report without a date phrase at the article date', () => {
		const text =
			'Port fined\nStorms closed the port on Monday.\nThe regulator fined the shipping line $3 million.';
		const [fine] = from(extract(text), text, 'The regulator');
		expect(fine).toMatchObject({ start: '2024-03-06', precision: 'day', derivation: 'reported' });
		expect(fine!.explanation).toContain('2024-03-06');
	});

	it.each([
		['future', 'The airline will cut 500 jobs.'],
		['modal', 'The merger could collapse.'],
		['negated', 'The minister did not resign.'],
		['conditional', 'If the talks fail, the union plans a strike.'],
		['opinion', 'Analysts believe the price is too high.'],
		['question', 'Was the vote fair?'],
	])('takes no event from a %s clause', (_kind, sentence) => {
		const text = `The council approved the budget on Monday. ${sentence}`;
		expect(from(extract(text), text, sentence.slice(0, 12))).toEqual([]);
	});

	it("lets a time of day set the story's day as a date does", () => {
		const text =
			'Storm hits\nThe storm hit the coast on Monday night. Power failed across the city.';
		expect(from(extract(text), text, 'Power failed')[0]).toMatchObject({ start: '2024-03-04' });
	});

	it('does not let a planned date move the story', () => {
		const text =
			'Vote held\nThe premier promised to hold a referendum next year after delegates voted for a republic. Applause echoed through the chamber.';
		expect(from(extract(text), text, 'Applause')[0]).toMatchObject({ start: '2024-03-06' });
	});

	it('does not let a date in a relative clause move the story', () => {
		const text =
			'Council drops rule\nThe council on Monday abandoned the rule it had adopted in 1996. The mayor criticised the decision.';
		const events = extract(text);
		expect(from(events, text, 'The mayor')[0]).toMatchObject({ start: '2024-03-04' });
		expect(from(events, text, 'The council on Monday').map((e) => e.title)).toContain(
			'It had adopted the rule',
		);
	});

	it('lets a past-tense sentence continue the story of the date its paragraph gave', () => {
		const text =
			'Mill history\nThe mill was founded in 1921 by two brothers. They hired forty weavers from the valley.\nThe company reported record sales on Monday.\nIts shares rose.';
		const events = extract(text);
		expect(from(events, text, 'They hired')[0]).toMatchObject({
			start: '1921',
			precision: 'year',
			derivation: 'narrative',
		});
		expect(from(events, text, 'Its shares rose')[0]).toMatchObject({
			start: '2024-03-06',
			derivation: 'reported',
		});
	});

	it('dates what "since then" counts up to at the article date, titled by the first of its joined predicates', () => {
		const text =
			'The rescue service was founded in 1962. Since then, 3,100 sailors have been pulled from the sea or towed to port, the service said.';
		const [pulled] = from(extract(text), text, 'Since then');
		expect(pulled).toMatchObject({ start: '2024-03-06', derivation: 'reported' });
		expect(pulled!.title).toBe('3,100 sailors have been pulled from the sea');
	});

	it('keeps the reference time out of the start of a span ("since December")', () => {
		const text =
			'It was the fourth flood in the valley since December. Engineers had warned for weeks that the levee was weak.';
		const [warned] = from(extract(text), text, 'Engineers had warned');
		expect(warned).toMatchObject({ start: '2024-03-06', derivation: 'reported' });
	});

	it('takes no event from a byline', () => {
		const text = 'Rescuers reached the village on Monday. Jane Holt, City Radio News.';
		expect(from(extract(text), text, 'Jane Holt')).toEqual([]);
	});

	it('keeps the reference time out of a date that only modifies a noun', () => {
		const text = 'Veterans remembered the 1953 armistice. The ceremony drew thousands of visitors.';
		const [drew] = from(extract(text), text, 'The ceremony drew');
		expect(drew).toMatchObject({ start: '2024-03-06', derivation: 'reported' });
	});

	it('gives a history that never reaches its present no events at the writing date', () => {
		const text =
			'The Eastern campaign\nThe war began in 1914.\nThe army crossed the river and the cavalry followed the retreating troops.';
		const events = extract(text, '2009-05-01');
		expect(events.filter((e) => e.start.startsWith('2009'))).toEqual([]);
		expect(from(events, text, 'The army crossed')[0]).toMatchObject({
			start: '1914',
			derivation: 'narrative',
		});
	});

	it('sources a reported fact in its sentence with the main verb as its phrase', () => {
		const text = 'Police arrested two suspects after the robbery.';
		const [e] = extract(text);
		const s = e!.sources[0]!;
		expect(text.slice(s.sentenceStart, s.sentenceEnd)).toBe(text);
		expect(text.slice(s.phraseStart, s.phraseEnd)).toBe('arrested');
	});
});

describe('a state since a date', () => {
	it('does not date a fall "since the" date at that date', () => {
		const text = 'Shares fell 5 percent, their worst day since the March 3, 2020 crash.';
		expect(extract(text).filter((e) => e.start === '2020-03-03' && /fell/.test(e.title))).toEqual(
			[],
		);
	});

	it('does not date the sentence at the start of the state', () => {
		const text = 'The hiker has not been seen since last September.';
		expect(extract(text).filter((e) => e.start.startsWith('2023-09'))).toEqual([]);
	});
});

describe('attributed reports', () => {
	it.each([
		'His visit is still on, the embassy said.',
		'“We are back at work,” said the union leader.',
	])('dates %j at the article date as a report', (sentence) => {
		const text = `Storms closed the port on Monday.\n${sentence}`;
		const [e] = from(extract(text), text, sentence.slice(0, 10));
		expect(e).toMatchObject({ start: '2024-03-06', derivation: 'reported' });
	});
});

describe('a report inside a subordinate clause', () => {
	it('titles the sentence by its main clause, not by what the subordinate clause reports', () => {
		const sentence =
			'Acme raised its offer for the mill, after a rival said it would be ready to bid more.';
		const text = `Storms closed the port on Monday.\n${sentence}`;
		const [e] = from(extract(text), text, 'Acme raised');
		expect(e?.title).toBe('Acme raised its offer for the mill');
	});
});

describe('the present', () => {
	it('dates what holds now at the article date', () => {
		const text = 'Storms closed the port on Monday.\nThe suspect remains at large.';
		expect(from(extract(text), text, 'The suspect')[0]).toMatchObject({
			start: '2024-03-06',
			derivation: 'reported',
			confidence: 0.5,
		});
	});

	it('takes no event from a generic present', () => {
		const text = 'Storms closed the port on Monday.\nBanks lend money to farmers.';
		expect(from(extract(text), text, 'Banks lend')).toEqual([]);
	});
});

describe('reports that say nothing placeable', () => {
	it('titles an attribution of a long quotation by what was said, not by who spoke', () => {
		const text =
			'Storms closed the port on Monday.\nThe minister added, "The historical experience of our two peoples is a reliable foundation for a partnership that will last for many decades to come."';
		expect(from(extract(text), text, 'The minister added').map((e) => e.title)).toEqual([
			'The historical experience of our two peoples is a reliable foundation',
		]);
	});
});

describe('a deadline after the article date', () => {
	it('does not move the story on: what follows stays on the day of the ruling', () => {
		const text =
			'Ruling report\n\nThe agency ruled on Wednesday that the boy should be returned to his father by Jan. 14. The decision touched off protests in the town.\n';
		const { events } = extractDocument({ id: 'd', path: 'd.txt', text }, { dct: '2000-01-07' });
		const protests = events.find((e) => /protests/.test(e.title));
		expect(protests?.start.slice(0, 10)).toBe('2000-01-05');
	});
});
