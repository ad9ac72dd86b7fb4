import { describe, expect, it } from 'vitest';
import { extractDocument, extractTimeline } from '../../src/extract/pipeline.ts';
import { validateTimeline } from '../../src/timeline.ts';

// No dateline, and the one stated day is history: the text also speaks of a later year.
const TEXT = [
	'Museum reopens its doors',
	'The town museum reopened today after a long renovation.',
	'Volunteers hung the last paintings on Monday, the director said.',
	'Its first hall opened on July 27, 1953, and a new wing was added in 1987.',
].join('\n');
const article = { id: 'museum', path: 'articles/museum.txt', text: TEXT };

describe('an article whose date is unknown', () => {
	const { document, events, undated } = extractDocument(article);

	it('says its date is unknown instead of making one up', () => {
		expect(document.creationDate.value).toBeNull();
	});

	it('keeps "today" and "on Monday" as undated events, saying what they wait for', () => {
		const waiting = (phrase: string) =>
			undated.find((u) => u.sources.some((s) => TEXT.slice(s.phraseStart).startsWith(phrase)));
		expect(waiting('today')?.explanation).toContain(
			`"today" counts from the article's date, which is unknown`,
		);
		expect(waiting('Monday')?.explanation).toBe(
			`"Monday" counts from the article's date, which is unknown`,
		);
	});

	it('places nothing on a date the extractor made up', () => {
		expect(events.map((e) => e.start).sort()).toEqual(['1953-07-27', '1987']);
	});

	it('still dates what the text states in full', () => {
		expect(events.find((e) => e.start === '1953-07-27')?.title).toMatch(/first hall opened/i);
	});

	it('gives undated events ids of their own, apart from those of events', () => {
		const ids = [...events, ...undated].map((e) => e.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect(undated.every((u) => u.id.endsWith('-undated') && u.document === 'museum')).toBe(true);
	});

	it('writes a timeline that passes the contract', () => {
		const { timeline } = extractTimeline([article, { ...article, id: 'museum', path: 'copy.txt' }]);
		expect(validateTimeline(JSON.parse(JSON.stringify(timeline))).ok).toBe(true);
		expect(timeline.undated.length).toBe(2 * undated.length);
	});
});

describe('the same article with its date given', () => {
	const { document, events, undated } = extractDocument({ ...article, dct: '2024-05-08' });

	it('places the events that count from that date and leaves nothing undated', () => {
		expect(document.creationDate.value).toBe('2024-05-08');
		expect(undated).toEqual([]);
		expect(events.map((e) => e.start)).toEqual(
			expect.arrayContaining(['2024-05-08', '2024-05-06', '1953-07-27']),
		);
	});
});
