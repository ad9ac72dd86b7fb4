import { describe, expect, it } from 'vitest';
import { fromTimelineJs3, toTimelineJs3 } from '../../src/formats/timelineJs3.ts';
import { seedLike } from '../components/render.ts';
import { sample } from '../fixtures/formats/sample.ts';
import { undatedSample } from '../fixtures/formats/undatedSample.ts';

import knightLab from '../fixtures/formats/timelinejs3-eras.json';

function read(data: unknown) {
	const result = fromTimelineJs3(data);
	if (!result.ok) throw new Error(result.message);
	return result;
}

describe('Dateline → TimelineJS3 → Dateline', () => {
	it.each([
		['the seed-like timeline', seedLike],
		['a timeline with markup, every precision and hedged bounds', sample],
		['a timeline with an article of unknown date and its undated events', undatedSample],
	])('keeps every event, date, era and document of %s', (_, timeline) => {
		const back = read(JSON.parse(toTimelineJs3(timeline)));
		expect(back.timeline).toEqual(timeline);
		expect(back.skipped).toEqual([]);
	});

	it('reads a file written before version 2, whose dateline field has no undated events', () => {
		const file = JSON.parse(toTimelineJs3(sample));
		file.dateline = { schemaVersion: 1, documents: file.dateline.documents };
		expect(read(file).timeline).toEqual(sample);
	});

	it('carries undated events in the dateline field, not as slides TimelineJS3 would show', () => {
		const file = JSON.parse(toTimelineJs3(undatedSample));
		expect(file.events).toHaveLength(undatedSample.events.length);
		expect(file.dateline.undated.map((u: { id: string }) => u.id)).toEqual([
			'mayor-resigned',
			'council-meets',
		]);
	});

	it('writes the dates TimelineJS3 reads: numeric year, month, day, hour and minute parts', () => {
		const file = JSON.parse(toTimelineJs3(sample));
		const armistice = file.events.find((e: { unique_id: string }) => e.unique_id === 'armistice');
		expect(armistice.start_date).toEqual({ year: 1953, month: 7, day: 27, hour: 10, minute: 0 });
		const summit = file.events.find((e: { unique_id: string }) => e.unique_id === 'summit');
		expect(summit.start_date).toEqual({ year: 2021, month: 6 });
		expect(summit.end_date).toEqual({ year: 2021, month: 7 });
		expect(file.eras[0].start_date).toEqual({ year: 1950, month: 6, day: 25 });
	});

	it('escapes headlines and texts, which TimelineJS3 renders as HTML', () => {
		const file = JSON.parse(toTimelineJs3(sample));
		const talks = file.events[0];
		expect(talks.text.headline).toBe('Talks &lt;script&gt;alert(1)&lt;/script&gt; begin');
		expect(talks.text.text).not.toMatch(/<img|<script/);
	});
});

describe('importing the Knight Lab example eras.json', () => {
	const { timeline, skipped } = read(knightLab);

	it('keeps all 20 events and 4 eras and skips nothing', () => {
		expect(timeline.events).toHaveLength(20);
		expect(timeline.eras).toHaveLength(4);
		expect(skipped).toEqual([]);
	});

	it('reads year-only spans, day spans and single days at their precision', () => {
		const [persian, , hijra, , nineveh] = timeline.events;
		expect(persian).toMatchObject({ start: '0602', end: '0629', precision: 'year' });
		expect(hijra).toMatchObject({ start: '0622-08-09', end: '0622-08-23', precision: 'day' });
		expect(nineveh).toMatchObject({ start: '0627-12-12', precision: 'day' });
		expect(nineveh!.end).toBeUndefined();
	});

	it('takes headlines as titles and slide texts as summaries', () => {
		expect(timeline.events[4]).toMatchObject({
			title: 'Battle of Nineveh',
			summary: 'The Byzantines, under Heraclius, crush the Persians.',
		});
	});

	it('reads eras with their names and bounds', () => {
		expect(timeline.eras.map((e) => [e.title, e.start, e.end])).toEqual([
			['Era Test 600-700', '0600', '0650'],
			['Era Test 700-800', '0650', '0700'],
			['Era Test 800-900', '0700', '0720'],
			['Tang Dynasty in China', '0618-06-18', '0907-06-01'],
		]);
	});

	it('gives foreign events sure, explicit dates and a source in a document written from the slides', () => {
		const [document] = timeline.documents;
		expect(document!.title).toBe('Eras Test');
		for (const e of timeline.events) {
			expect(e).toMatchObject({ derivation: 'explicit', confidence: 1, approximate: false });
			const s = e.sources[0]!;
			expect(document!.text.slice(s.phraseStart, s.phraseEnd)).toBe(e.title);
			expect(document!.text.slice(s.sentenceStart, s.sentenceEnd)).toContain(e.summary);
		}
	});

	it('gives each event a unique URL-safe id', () => {
		const ids = timeline.events.map((e) => e.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
	});
});

describe('importing foreign TimelineJS3 files', () => {
	const slide = (headline: string, extra: object = {}) => ({
		start_date: { year: '2020', month: '3', day: '1' },
		text: { headline, text: '<p>First <b>bold</b> line<br>second&nbsp;line &amp; more</p>' },
		...extra,
	});

	it('reduces HTML in headlines and texts to plain text', () => {
		const { timeline } = read({
			events: [slide('<a href="javascript:alert(1)">The <i>vote</i></a>')],
		});
		expect(timeline.events[0]).toMatchObject({
			title: 'The vote',
			summary: 'First bold line\nsecond\u00a0line & more',
		});
	});

	it('drops script bodies from slides rather than keeping their code as text', () => {
		const { timeline } = read({ events: [slide('Vote<script>alert(1)</script>')] });
		expect(timeline.events[0]!.title).toBe('Vote');
	});

	it('makes unique_id values URL-safe and unique', () => {
		const { timeline } = read({
			events: [slide('a', { unique_id: 'the vote!' }), slide('b', { unique_id: 'the vote?' })],
		});
		expect(timeline.events.map((e) => e.id)).toEqual(['the-vote', 'the-vote-2']);
	});

	it('leaves out slides whose dates cannot be read, saying which', () => {
		const result = read({
			events: [slide('kept'), slide('big bang', { start_date: { year: -13800000000 } })],
		});
		expect(result.timeline.events.map((e) => e.title)).toEqual(['kept']);
		expect(result.skipped).toEqual([
			'“big bang”: start date unusable (year -13800000000 is beyond ±9999)',
		]);
	});

	it('refuses a file whose extra fields break the contract', () => {
		const result = fromTimelineJs3({ events: [slide('x', { dateline: { confidence: 7 } })] });
		expect(result.ok).toBe(false);
	});
});
