import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/formats/csv.ts';
import { sample } from '../fixtures/formats/sample.ts';
import { undatedSample } from '../fixtures/formats/undatedSample.ts';

/** An RFC 4180 reader, written independently of the writer so the test checks the format itself. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i]!;
		if (quoted) {
			if (ch === '"' && text[i + 1] === '"') ((cell += '"'), i++);
			else if (ch === '"') quoted = false;
			else cell += ch;
		} else if (ch === '"') quoted = true;
		else if (ch === ',') (row.push(cell), (cell = ''));
		else if (ch === '\r' && text[i + 1] === '\n') {
			row.push(cell);
			rows.push(row);
			((row = []), (cell = ''), i++);
		} else cell += ch;
	}
	expect(cell).toBe('');
	return rows;
}

describe('toCsv', () => {
	const rows = parseCsv(toCsv(sample));
	const [header = [], ...body] = rows;
	const column = (name: string) => body.map((r) => r[header.indexOf(name)]);

	it('writes a header and one row per event, each with every column', () => {
		expect(header.slice(0, 5)).toEqual(['id', 'title', 'date', 'start', 'end']);
		expect(body).toHaveLength(sample.events.length);
		for (const r of body) expect(r).toHaveLength(header.length);
	});

	it('reads back ids, dates and precisions exactly', () => {
		expect(column('id')).toEqual(sample.events.map((e) => e.id));
		expect(column('start')).toEqual(sample.events.map((e) => e.start));
		expect(column('end')).toEqual(sample.events.map((e) => e.end ?? ''));
		expect(column('precision')).toEqual(sample.events.map((e) => e.precision));
	});

	it('keeps commas, quotes, semicolons and line breaks inside their cell', () => {
		expect(column('title')[1]).toBe('Summit, "a turning point"');
		expect(column('summary')[1]).toBe('It ran;\nand ran, with a backslash \\ too.');
	});

	it('keeps markup as plain text', () => {
		expect(column('title')[0]).toBe('Talks <script>alert(1)</script> begin');
	});

	it('defuses cells a spreadsheet would run as formulas with a leading apostrophe', () => {
		expect(column('title')[4]).toBe("'=SUM(A1:A9)");
		expect(column('summary')[4]).toBe("'@cmd|calc and +1 and -2");
		for (const cell of body.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
	});

	it('ends every line with CRLF', () => {
		expect(toCsv(sample).replace(/"[^"]*"/g, '')).not.toMatch(/[^\r]\n/);
	});
});

describe('toCsv with an article of unknown date', () => {
	it('writes one row per dated event and none for undated ones, which have no date column to fill', () => {
		const [, ...body] = parseCsv(toCsv(undatedSample));
		expect(body.map((r) => r[0])).toEqual(undatedSample.events.map((e) => e.id));
	});
});
