import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument, extractTimeline } from '../../src/extract/pipeline.ts';
import { validateTimeline } from '../../src/timeline.ts';

const seed = readFileSync(join(import.meta.dirname, '../fixtures/seed-korean-war.txt'), 'utf8');
const input = { id: 'seed', path: 'seeds/seed.txt', text: seed };

describe('extractTimeline', () => {
	it('produces a timeline that passes validateTimeline for the seed', () => {
		const { timeline } = extractTimeline([input]);
		const result = validateTimeline(JSON.parse(JSON.stringify(timeline)));
		expect(result.ok ? [] : result.errors).toEqual([]);
	});

	it('gives the same ids on every run', () => {
		const ids = () => {
			const { timeline } = extractTimeline([input]);
			return [...timeline.events, ...timeline.eras].map((e) => e.id);
		};
		expect(ids()).toEqual(ids());
		expect(new Set(ids()).size).toBe(ids().length);
	});

	it('keeps ids unique when two documents yield the same events', () => {
		const { timeline } = extractTimeline([input, { ...input, path: 'copy.txt' }]);
		expect(timeline.documents.map((d) => d.id)).toEqual(['seed', 'seed-2']);
		expect(validateTimeline(timeline).ok).toBe(true);
	});

	it('indexes every mention into the repaired text', () => {
		const { document } = extractDocument(input);
		expect(document.text).toContain('1953 war');
		expect(document.text).toContain('outbreak. North');
		for (const m of document.mentions) expect(document.text.slice(m.start, m.end)).toBe(m.text);
	});

	it('gives every source offsets inside its sentence', () => {
		const { events } = extractDocument(input);
		for (const s of events.flatMap((e) => e.sources)) {
			expect(s.sentenceStart).toBeLessThanOrEqual(s.phraseStart);
			expect(s.phraseEnd).toBeLessThanOrEqual(s.sentenceEnd);
		}
	});

	it('uses the headline as the document title', () => {
		expect(extractDocument(input).document.title).toMatch(/^As North Korea celebrates/);
	});
});

describe('per-article document date', () => {
	const article = {
		id: 'a',
		path: 'a.txt',
		text: 'Talks collapsed on Monday. The ministers will meet again next week.',
	};

	it('uses the article dct over the run dct and says where it came from', () => {
		const { timeline } = extractTimeline([{ ...article, dct: '2024-03-06' }], {
			dct: '1999-01-01',
		});
		expect(timeline.documents[0]!.creationDate).toEqual({
			value: '2024-03-06',
			inferred: false,
			evidence: 'date given for this article',
		});
	});

	it('resolves relative dates against the article dct', () => {
		const { timeline } = extractTimeline([{ ...article, dct: '2024-03-06' }]);
		expect(timeline.events.map((e) => e.start)).toContain('2024-03-04');
	});

	it('leaves other articles on the run dct', () => {
		const { timeline } = extractTimeline(
			[
				{ ...article, dct: '2024-03-06' },
				{ ...article, id: 'b', path: 'b.txt' },
			],
			{ dct: '2010-06-09' },
		);
		expect(timeline.documents.map((d) => d.creationDate.value)).toEqual([
			'2024-03-06',
			'2010-06-09',
		]);
	});

	it('warns about a malformed article dct and falls back to inference', () => {
		const { timeline, warnings } = extractTimeline([{ ...article, dct: '06/03/2024' }]);
		expect(timeline.documents[0]!.creationDate.inferred).toBe(true);
		expect(warnings.join('\n')).toContain('06/03/2024');
	});
});

describe('onProgress', () => {
	it('reports a few dozen monotonic steps ending at the total for several documents', () => {
		const calls: Array<[number, number]> = [];
		extractTimeline([input, { ...input, id: 'copy', path: 'copy.txt' }], {
			onProgress: (done, total) => calls.push([done, total]),
		});
		expect(calls.length).toBeGreaterThan(2);
		expect(calls.length).toBeLessThanOrEqual(40);
		const dones = calls.map(([d]) => d);
		expect(dones).toEqual([...dones].sort((a, b) => a - b));
		const [done, total] = calls.at(-1)!;
		expect(done).toBe(total);
	});

	it('reports for a single document through extractDocument too', () => {
		const calls: Array<[number, number]> = [];
		extractDocument(input, { onProgress: (done, total) => calls.push([done, total]) });
		expect(calls.at(-1)![0]).toBe(calls.at(-1)![1]);
	});

	it('does not change the timeline', () => {
		const plain = extractTimeline([input]).timeline;
		const watched = extractTimeline([input], { onProgress: () => {} }).timeline;
		expect(watched).toEqual(plain);
	});
});
