import { describe, expect, it } from 'vitest';
import { segment } from '../../src/extract/segment.ts';

const text = [
	'Putin thanks Pyongyang for support',
	'Putin spoke on Thursday. North Korea held a parade.',
	'Russian President Vladimir Putin',
	'The U.S. and Prof. Easley of Seoul said so. It was late.',
	'Comments',
].join('\n');

/** The text of each body sentence, in order. */
const bodySentences = (body: string) =>
	segment(body)
		.filter((s) => s.kind === 'body')
		.map((s) => s.text);

describe('segment', () => {
	const sentences = segment(text);

	it('marks the first line as the headline', () => {
		expect(sentences[0]).toMatchObject({
			text: 'Putin thanks Pyongyang for support',
			kind: 'headline',
		});
	});

	it.each([
		['a full stop', 'Conseco Inc. said it will redeem its preferred stock.'],
		['more than one sentence', 'Rain fell. Rivers rose'],
	])('reads a first line with %s as prose, not a headline', (_, first) => {
		expect(segment(`${first}\nThe shares rose.`)[0]!.kind).toBe('body');
	});

	it('ends a sentence after a decade, whose "s" is no initial', () => {
		const body = segment('The mill ran in the late 1970s. At the time it made rope.').map(
			(x) => x.text,
		);
		expect(body).toEqual(['The mill ran in the late 1970s.', 'At the time it made rope.']);
	});

	it('keeps a headline that ends on an abbreviation', () => {
		expect(segment('Rates rise in the U.S.\nThe Fed met.')[0]!.kind).toBe('headline');
	});

	it('splits body lines into sentences with offsets into the text', () => {
		const body = sentences.filter((s) => s.kind === 'body').map((s) => s.text);
		expect(body).toEqual([
			'Putin spoke on Thursday.',
			'North Korea held a parade.',
			'The U.S. and Prof. Easley of Seoul said so.',
			'It was late.',
		]);
		for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
	});

	it('ends a sentence on a dotted abbreviation when a word that opens sentences follows', () => {
		const body =
			'Headline\n\nShe lives outside Albany, N.Y. Her shop opened at 9 a.m. The U.S. Navy and Dr. J. Ross came.';
		expect(bodySentences(body)).toEqual([
			'She lives outside Albany, N.Y.',
			'Her shop opened at 9 a.m.',
			'The U.S. Navy and Dr. J. Ross came.',
		]);
	});

	it('goes on after a cry in a quotation that the sentence continues in lower case', () => {
		const body =
			"Headline\n\nFarmers chanting ``Bread! Bread!'' blocked the road. Police watched! They left.";
		expect(bodySentences(body)).toEqual([
			"Farmers chanting ``Bread! Bread!'' blocked the road.",
			'Police watched!',
			'They left.',
		]);
	});

	it('ends a sentence before a quotation in typewriter quotes', () => {
		const body =
			"Headline\n\nThe team toured three sites, a spokesman said. ``All sites were inspected,'' he said. ``It went well.'' Talks resume Monday.";
		expect(bodySentences(body)).toEqual([
			'The team toured three sites, a spokesman said.',
			"``All sites were inspected,'' he said.",
			"``It went well.''",
			'Talks resume Monday.',
		]);
	});

	it('marks a short title-like line without punctuation as a caption', () => {
		expect(sentences.find((s) => s.text === 'Russian President Vladimir Putin')?.kind).toBe(
			'caption',
		);
	});

	it('marks page residue such as "Comments" as residue', () => {
		expect(sentences.at(-1)).toMatchObject({ text: 'Comments', kind: 'residue' });
	});
});

describe("wire editors' notes", () => {
	it("marks a line of notes on the story's version as residue, not text", () => {
		const s = segment(
			'Ferries ordered\nRECASTS lead to clarify; ADDS detail of the order in 3rd graf.\nThe line bought three ferries.',
		);
		expect(s[1]).toMatchObject({ kind: 'residue' });
		expect(s[2]).toMatchObject({ kind: 'body' });
	});
});

describe('the dateline, found once', () => {
	it('splits a dateline off the first paragraph of text', () => {
		const s = segment('Ferries ordered\nPORTSMOUTH, June 9, 2021 — The line bought ferries.');
		expect(s.map((x) => [x.kind, x.text])).toEqual([
			['headline', 'Ferries ordered'],
			['dateline', 'PORTSMOUTH, June 9, 2021 —'],
			['body', 'The line bought ferries.'],
		]);
	});

	it('marks a line that only gives the date as the dateline', () => {
		const s = segment('Ferries ordered\nBy Jane Roe | June 9, 2021\nThe line bought ferries.');
		expect(s[1]).toMatchObject({ kind: 'dateline', text: 'By Jane Roe | June 9, 2021' });
	});

	it('finds the dateline below wire slugs and file names, which are no text yet', () => {
		const s = segment(
			'NYT20210609.0112\nBC-Ferries-Ordered 06-09 0412\nFerry line orders ships\nPORTSMOUTH (AP) _ The line bought three ferries.',
		);
		expect(s.find((x) => x.kind === 'dateline')?.text).toBe('PORTSMOUTH (AP) _');
		expect(s.at(-1)).toMatchObject({ kind: 'body', text: 'The line bought three ferries.' });
	});

	it("finds a dateline that names its agency below an editors' note of many words", () => {
		const s = segment(
			'Ferry line orders ships\nEds: UPDATES with the order value, comments from the union and the yard, the mayor and the minister\nPORTSMOUTH, England (AP) _ The line bought three ferries.',
		);
		expect(s.filter((x) => x.kind === 'dateline').map((x) => x.text)).toContain(
			'PORTSMOUTH, England (AP) _',
		);
		expect(s.at(-1)).toMatchObject({ kind: 'body', text: 'The line bought three ferries.' });
	});

	it('reads a dateline on a line of its own above the text as the dateline, not a headline', () => {
		const s = segment('PORTSMOUTH, England (AP) --\n\nThe line bought three ferries.');
		expect(s.map((x) => [x.kind, x.text])).toEqual([
			['dateline', 'PORTSMOUTH, England (AP) --'],
			['body', 'The line bought three ferries.'],
		]);
	});

	it('reads no dateline once the text has begun', () => {
		const s = segment('Ferries\nThe line bought ferries.\nPARIS, June 9, 2021 — Rain fell.');
		expect(s.some((x) => x.kind === 'dateline')).toBe(false);
	});
});
