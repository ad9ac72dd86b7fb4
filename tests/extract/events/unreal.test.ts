import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/pipeline.ts';

/** The titles and days of the events extracted from `text`, written on `dct`. */
function events(text: string, dct = '2024-03-08') {
	const { events } = extractDocument({ id: 'doc', path: 'doc.txt', text }, { dct });
	return events.map((e) => `${e.start.slice(0, 10)} ${e.title}`);
}

const DATELINE = 'Dam report\n\nLEEDS (AP) — The town flooded on Monday.\n\n';

describe('what did not happen or is no report', () => {
	it('a condition contrary to fact marks no event, with "if … had" or with "Had" first', () => {
		const out = events(
			DATELINE +
				'If the owners had repaired the dam in 2019, the town would have avoided the flood.\n\n' +
				'Had the owners repaired the dam in 2018, the town would have avoided the flood.\n',
		);
		expect(out.some((e) => e.startsWith('2019') || e.startsWith('2018'))).toBe(false);
		expect(out).toContain('2024-03-04 The town flooded');
	});

	it('an open condition in the past keeps its date', () => {
		const out = events(DATELINE + 'If the money was paid in 2017, it was paid illegally.\n');
		expect(out.some((e) => e.startsWith('2017'))).toBe(true);
	});

	it("a reporter's sign-off and a line of wire codes are no events", () => {
		const out = events(
			DATELINE +
				"For Radio North, I'm Jane Hollis in Leeds.\n\nThis is Tom Reed reporting from Washington.\n\n" +
				'This is Radio North Today.\n\n' +
				'ABC-03-07-24 1856EST &QL;\n',
		);
		expect(out).toEqual(['2024-03-04 The town flooded']);
	});
});
