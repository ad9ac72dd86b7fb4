import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/pipeline.ts';
import type { TimelineEvent } from '../../src/timeline.ts';

interface ExpectedEvent {
	title: string;
	start: string;
	end?: string;
	startLatest?: string;
	derivation: string;
	approximate?: boolean;
	summary?: string;
	minSources?: number;
}
interface Expected {
	creationDate: { value: string; inferred: boolean; evidenceIncludes?: string[] };
	events: ExpectedEvent[];
	eras: Array<{ title: string; end: string }>;
	noEventFrom: string[];
}

const dir = join(import.meta.dirname, '../fixtures');
const fixtures = readdirSync(dir)
	.filter((f) => f.endsWith('.txt'))
	.sort();

function matches(e: TimelineEvent, x: ExpectedEvent): boolean {
	return (
		e.title.toLowerCase().includes(x.title.toLowerCase()) &&
		e.start === x.start &&
		e.derivation === x.derivation &&
		(x.end === undefined || e.end === x.end) &&
		(x.startLatest === undefined || e.startLatest === x.startLatest) &&
		(x.approximate === undefined || e.approximate === x.approximate) &&
		(x.summary === undefined || e.summary.includes(x.summary)) &&
		e.sources.length >= (x.minSources ?? 1)
	);
}

describe.each(fixtures)('golden fixture %s', (file) => {
	const text = readFileSync(join(dir, file), 'utf8');
	const expected = JSON.parse(
		readFileSync(join(dir, file.replace(/\.txt$/, '.expected.json')), 'utf8'),
	) as Expected;
	const result = extractDocument({ id: 'fixture', path: file, text });

	it('finds the document date a reader would', () => {
		const cd = result.document.creationDate;
		expect({ value: cd.value, inferred: cd.inferred }).toEqual({
			value: expected.creationDate.value,
			inferred: expected.creationDate.inferred,
		});
		for (const s of expected.creationDate.evidenceIncludes ?? []) expect(cd.evidence).toContain(s);
	});

	it.each(expected.events.map((x) => [x.title, x] as const))(
		'contains the event "%s"',
		(_title, x) => {
			const found = result.events.filter((e) => matches(e, x));
			expect(
				found,
				JSON.stringify(result.events.map((e) => [e.title, e.start, e.derivation])),
			).toHaveLength(1);
		},
	);

	it.each(expected.eras.map((x) => [x.title, x] as const))('contains the era "%s"', (_title, x) => {
		expect(result.eras.some((e) => e.title.includes(x.title) && e.end === x.end)).toBe(true);
	});

	it('takes no event from datelines, captions or page residue', () => {
		for (const snippet of expected.noEventFrom) {
			const at = result.document.text.indexOf(snippet);
			expect(at).toBeGreaterThanOrEqual(0);
			const inside = result.events
				.flatMap((e) => e.sources)
				.filter((s) => s.sentenceStart >= at && s.sentenceStart < at + snippet.length);
			expect(inside).toEqual([]);
		}
	});

	it('gives every event a short title that is not just a date', () => {
		for (const e of result.events) {
			expect(e.title.length).toBeLessThanOrEqual(72);
			expect(e.title).not.toMatch(/^[\d\s,./-]*$/);
		}
	});
});
