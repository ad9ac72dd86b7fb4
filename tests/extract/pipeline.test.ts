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
