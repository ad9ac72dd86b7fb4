import { describe, expect, it } from 'vitest';
import { datelineLength } from '../../src/extract/dateline.ts';
import { extractDocument } from '../../src/extract/pipeline.ts';

describe('datelineLength', () => {
	it.each([
		['SPRINGFIELD, Ill., March 6, 2024 — The council met.', 'SPRINGFIELD, Ill., March 6, 2024 — '],
		['WASHINGTON (AP) — The Senate voted.', 'WASHINGTON (AP) — '],
		['LONDON, June 3 (Reuters) - Shares fell.', 'LONDON, June 3 (Reuters) - '],
		['NEW YORK _ Stocks rose.', 'NEW YORK _ '],
		['Seoul, South Korea, 27 July 2023: Crowds gathered.', 'Seoul, South Korea, 27 July 2023: '],
		['March 6 (AP) -- Rain fell.', 'March 6 (AP) -- '],
	])('measures the dateline of %j', (sentence, head) => {
		expect(datelineLength(sentence)).toBe(head.length);
	});

	it.each([
		['a capitalised name with nothing to mark a dateline', 'Paris — The city of light — is busy.'],
		['a sentence that merely opens with a name', 'Putin said on Thursday that talks would go on.'],
		['a dash followed by lower case', 'WASHINGTON — and its allies disagreed.'],
		['a heading with a colon and no dateline mark', 'Update: The road is open.'],
	])('finds none in %s', (_case, sentence) => {
		expect(datelineLength(sentence)).toBe(0);
	});
});

describe('the dateline in extracted events', () => {
	const text =
		'SPRINGFIELD, Ill., March 6, 2024 — The town council voted on Monday to rebuild the bridge that floods destroyed in July 2019.';
	const result = extractDocument({ id: 'd', path: 'd.txt', text });

	it('still dates the document from the dateline', () => {
		expect(result.document.creationDate).toMatchObject({
			value: '2024-03-06',
			evidence: 'dateline',
		});
	});

	it("keeps the dateline's date as a mention but makes no event of it", () => {
		expect(result.document.mentions.map((m) => m.value)).toContain('2024-03-06');
		expect(result.events.map((e) => e.start)).not.toContain('2024-03-06');
	});

	it('titles each event by the clause of its date', () => {
		expect(result.events.map((e) => [e.start, e.title]).sort()).toEqual([
			['2019-07', 'Floods destroyed the bridge'],
			['2024-03-04', 'The town council voted to rebuild the bridge'],
		]);
	});

	it('leaves the dateline out of summaries and sources', () => {
		for (const e of result.events) {
			expect(e.summary).toMatch(/^The town council voted on Monday/);
			expect(e.sources[0]?.sentenceStart).toBe(text.indexOf('The town'));
		}
	});

	it("leaves the dateline out of an inherited event's summary and title", () => {
		const r = extractDocument({
			id: 'd',
			path: 'd.txt',
			text: 'Korea marks anniversary\nPYONGYANG (AP) — North Korea held a parade to commemorate the Korean War.\nOn July 27, 2023, crowds marked the 70th anniversary of the Korean War.',
		});
		const parade = r.events.find((e) => e.derivation === 'inferred');
		expect(parade?.summary).toBe('North Korea held a parade to commemorate the Korean War.');
		expect(parade?.title).toBe('Parade to commemorate the Korean War');
	});

	it('reads a dateline only at the opening of the article', () => {
		const later = extractDocument({
			id: 'd',
			path: 'd.txt',
			text: 'Weather\nRain fell on Monday.\nBERLIN, Germany, May 2, 2024 — Snow fell on Tuesday.',
			dct: '2024-05-08',
		});
		expect(later.events.some((e) => e.start === '2024-05-02')).toBe(true);
	});
});
