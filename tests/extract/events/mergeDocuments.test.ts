import { describe, expect, it } from 'vitest';
import {
	contentWords,
	mergeDocuments,
	mergeEras,
	sameEvent,
	titlesOverlap,
	type AnchoredEvent,
} from '../../../src/extract/events/mergeDocuments.ts';
import { extractTimeline } from '../../../src/extract/pipeline.ts';

function event(document: string, title: string, extra: Partial<AnchoredEvent> = {}): AnchoredEvent {
	return {
		title,
		summary: title,
		start: '2024-03-05',
		precision: 'day',
		approximate: false,
		derivation: 'explicit',
		explanation: 'stated',
		confidence: 0.95,
		sources: [{ document, sentenceStart: 0, sentenceEnd: 10, phraseStart: 2, phraseEnd: 8 }],
		...extra,
	};
}

describe('contentWords', () => {
	it.each([
		['The dam burst', ['dam', 'burst']],
		['Officials said the floods receded', ['official', 'flood', 'reced']],
		['Parties signed a ceasefire', ['party', 'sign', 'ceasefire']],
		['He was sworn in on Monday', ['sworn', 'monday']],
	])('reads %j as %j', (title, words) => {
		expect([...contentWords(title)]).toEqual(words);
	});
});

describe('titlesOverlap', () => {
	it.each([
		['Armistice signed at Panmunjom', 'Korean War armistice signed', true],
		['The Kakhovka dam burst', 'Kakhovka dam bursts, flooding villages', true],
		['Floods hit the capital', 'Flooding hit the capital city', true],
		['The dam burst', 'A new cabinet was sworn in', false],
		['The central bank raised rates', 'The central committee met', false],
		['Protests in Paris', 'Protests in Berlin', false],
		['President said', 'President said nothing', false],
	])('%j and %j: %s', (a, b, same) => {
		expect(titlesOverlap(a, b)).toBe(same);
	});
});

describe('sameEvent', () => {
	it('joins events about the same gazetteer anchor whatever their titles', () => {
		const a = event('a', 'Fighting ends', { anchor: 'korean-war:end' });
		const b = event('b', 'Panmunjom ceremony', { anchor: 'korean-war:end' });
		expect(sameEvent(a, b)).toBe(true);
	});

	it('keeps similar titles apart when the dates or precisions differ', () => {
		const a = event('a', 'Kakhovka dam burst');
		expect(sameEvent(a, event('b', 'Kakhovka dam burst', { start: '2024-03-06' }))).toBe(false);
		expect(
			sameEvent(a, event('b', 'Kakhovka dam burst', { start: '2024-03', precision: 'month' })),
		).toBe(false);
		expect(sameEvent(a, event('b', 'Kakhovka dam burst', { end: '2024-03-09' }))).toBe(false);
	});
});

describe('mergeDocuments', () => {
	it('gives a merged event every source, the higher confidence and both explanations', () => {
		const [merged, ...rest] = mergeDocuments([
			[event('a', 'Kakhovka dam burst', { confidence: 0.85, explanation: 'the same day' })],
			[event('b', 'The Kakhovka dam bursts', { explanation: 'stated' })],
		]);
		expect(rest).toEqual([]);
		expect(merged!.sources.map((s) => s.document)).toEqual(['a', 'b']);
		expect(merged!.confidence).toBe(0.95);
		expect(merged!.explanation).toBe('the same day; stated');
	});

	it('keeps the earlier article title, so adding an article does not rename the event', () => {
		const [merged] = mergeDocuments([
			[event('a', 'Kakhovka dam burst', { confidence: 0.85, derivation: 'relative' })],
			[event('b', 'The Kakhovka dam bursts')],
		]);
		expect(merged!.title).toBe('Kakhovka dam burst');
		expect(merged!.derivation).toBe('explicit');
	});

	it('never merges two events that one article kept apart', () => {
		const out = mergeDocuments([
			[event('a', 'Kakhovka dam burst'), event('a', 'Kakhovka dam burst again')],
			[event('b', 'The Kakhovka dam burst')],
		]);
		expect(out.map((e) => e.sources.map((s) => s.document))).toEqual([['a', 'b'], ['a']]);
	});

	it('is approximate only when every mention is', () => {
		const [merged] = mergeDocuments([
			[event('a', 'Kakhovka dam burst', { approximate: true })],
			[event('b', 'Kakhovka dam burst')],
		]);
		expect(merged!.approximate).toBe(false);
	});
});

describe('mergeEras', () => {
	it('draws one band per era, running to the latest document date', () => {
		const era = (document: string, end: string) => ({
			title: 'War in Ukraine',
			start: '2022-02-24',
			end,
			approximate: true,
			explanation: 'still going on',
			sources: [{ document, sentenceStart: 0, sentenceEnd: 5, phraseStart: 0, phraseEnd: 5 }],
		});
		const out = mergeEras([[era('a', '2023-07-27')], [era('b', '2024-01-01')]]);
		expect(out).toHaveLength(1);
		expect(out[0]!.end).toBe('2024-01-01');
		expect(out[0]!.sources.map((s) => s.document)).toEqual(['a', 'b']);
	});
});

describe('extractTimeline across articles', () => {
	const first = {
		id: 'first',
		path: 'first.txt',
		dct: '2024-03-08',
		text: 'Dam bursts\n\nThe Kakhovka dam burst on March 5, 2024, flooding dozens of villages. On the same day, the central bank raised interest rates by half a point.',
	};
	const second = {
		id: 'second',
		path: 'second.txt',
		dct: '2024-03-09',
		text: 'Floods recede\n\nVillages flooded after the Kakhovka dam burst on March 5, 2024 are drying out. A new cabinet was sworn in on March 5, 2024.',
	};
	const { timeline } = extractTimeline([first, second]);
	const onTheDay = timeline.events.filter((e) => e.start === '2024-03-05');

	it('makes the dam burst told by both articles one event with both sources', () => {
		const dam = onTheDay.filter((e) => /dam/i.test(e.title));
		expect(dam).toHaveLength(1);
		expect(dam[0]!.sources.map((s) => s.document)).toEqual(['first', 'second']);
	});

	it('keeps different events of the same day apart', () => {
		expect(onTheDay.map((e) => e.sources.map((s) => s.document).join())).toHaveLength(3);
		expect(onTheDay.some((e) => /cabinet/i.test(e.title))).toBe(true);
		expect(onTheDay.some((e) => /central bank/i.test(e.title))).toBe(true);
	});

	it('keeps the ids of the first article when a second one is added', () => {
		const alone = extractTimeline([first]).timeline.events.map((e) => e.id);
		const both = new Set(timeline.events.map((e) => e.id));
		expect(alone.filter((id) => !both.has(id))).toEqual([]);
	});

	it('merges by gazetteer anchor: the Korean War armistice told two ways', () => {
		const { timeline: t } = extractTimeline([
			{ id: 'x', path: 'x.txt', text: 'The Korean War armistice was signed on July 27, 1953.' },
			{
				id: 'y',
				path: 'y.txt',
				text: 'Fighting in Korea stopped on July 27, 1953, when the Korean War ended.',
			},
		]);
		const end = t.events.filter((e) => e.start === '1953-07-27');
		expect(end).toHaveLength(1);
		expect(end[0]!.sources.map((s) => s.document)).toEqual(['x', 'y']);
	});
});

describe('contentWords', () => {
	it('gives inflected forms of one word one stem, short words included', () => {
		const stems = (s: string) => [...contentWords(s)];
		expect(stems('cuts jobs')).toEqual(stems('cut job'));
		expect(stems('dies')).toEqual(stems('died'));
		expect(stems('carries')).toEqual(stems('carried'));
	});
});
