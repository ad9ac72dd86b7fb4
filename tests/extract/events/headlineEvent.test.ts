import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/pipeline.ts';

const extract = (text: string) => extractDocument({ id: 'd', path: 'd.txt', text }).events;

describe('the headline event', () => {
	it('makes the headline an event at the dateline date, merged with the lead that restates it', () => {
		const text =
			'Harbor Line buys eight new electric ferries\nPORTSMOUTH, June 9, 2021 — Harbor Line has bought eight electric ferries from a Danish yard, the company announced. The first ferry sails in spring.';
		const news = extract(text).find((e) => e.title.includes('eight new electric ferries'));
		expect(news).toMatchObject({ start: '2021-06-09', precision: 'day' });
		expect(news!.sources).toHaveLength(2);
		expect(news!.sources[0]!.sentenceStart).toBe(0);
		expect(text.slice(news!.sources[1]!.sentenceStart)).toMatch(/^Harbor Line has bought/);
	});

	it('takes a date that the headline states', () => {
		const text =
			'Museum reopens on May 2, 2022 after long repairs\nThe museum had been closed for three years. Curators rehung the collection.';
		expect(extract(text).find((e) => e.title.startsWith('Museum reopens'))).toMatchObject({
			start: '2022-05-02',
		});
	});

	it('takes no event from a headline that asks a question', () => {
		const text =
			'Is the city ready for the storm?\nBOSTON, Jan. 4, 2022 — Crews salted the roads on Monday.';
		expect(extract(text).filter((e) => e.sources.some((s) => s.sentenceStart === 0))).toEqual([]);
	});
});

describe('headlines that name a topic', () => {
	it.each([
		'The Great Flood of the Valley',
		'History of the Old Mill Bridge',
		'How the canal was dug',
		'Mill history',
		'Early life and career',
	])('takes no event from %j', (headline) => {
		const text = `${headline}\nThe canal opened on May 4, 1825. Barges carried coal on it for a century.`;
		expect(extract(text).filter((e) => e.sources.some((s) => s.sentenceStart === 0))).toEqual([]);
	});

	it('still takes a headline in headline style without a verb the tagger sees', () => {
		const text =
			'Heavy rains flood capital streets\nLIMA, Feb. 3, 2017 — Heavy rains flooded the streets of the capital on Thursday.';
		expect(extract(text).some((e) => e.sources.some((s) => s.sentenceStart === 0))).toBe(true);
	});
});

describe('the lead event a headline merges with', () => {
	it('is the one that restates it, not the first the lead sentence holds', () => {
		const text =
			'Tom Avery, harbour pilot, dies at 88\nDOVER, May 8, 2023 — Tom Avery, whose rescue of a trawler crew in the 1970s made him a local hero, died on Saturday at his home. He was 88.';
		const events = extract(text);
		const news = events.find((e) => e.sources.some((s) => s.sentenceStart === 0));
		expect(news).toMatchObject({
			start: '2023-05-06',
			title: 'Tom Avery dies at 88',
		});
		expect(events.some((e) => e.start === '1970')).toBe(true);
		expect(events.some((e) => e.title === 'He was 88')).toBe(false);
	});
});

describe('a headline that counts since a date', () => {
	it('is dated by its lead, not by the start of the count', () => {
		const text =
			'River floods valley for third time since March\nMONTPELIER, Vt., July 11, 2024 — The river flooded the valley on Wednesday, closing two roads.';
		const news = extract(text).find((e) => e.sources.some((s) => s.sentenceStart === 0));
		expect(news).toMatchObject({ start: '2024-07-10' });
	});
});
