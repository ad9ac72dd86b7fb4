import { describe, expect, it } from 'vitest';
import { anchorUnknownDate, underspecify } from '../../src/extract/anchorUnknownDate.ts';
import { recognize } from '../../src/extract/extractParts.ts';
import { segment } from '../../src/extract/segment.ts';

/** Each mention's phrase, value and whether it waits for the document date. */
function anchor(text: string) {
	const sentences = segment(text);
	const warnings: string[] = [];
	const candidates = recognize(sentences, text, warnings);
	return anchorUnknownDate(candidates, sentences, text, [], warnings).map((r) => [
		r.candidate.text,
		r.resolution.value,
		r.dependsOnCreationDate === true,
	]);
}

describe('underspecify', () => {
	it.each<[string, number | undefined, string]>([
		['2010-05-12', undefined, 'XXXX-XX-XX'],
		['2010-05-10', 1, 'XXXX-WXX-1'],
		['2010-05-09', 0, 'XXXX-WXX-7'],
		['2010-05', undefined, 'XXXX-XX'],
		['2010', undefined, 'XXXX'],
		['2010-W19', undefined, 'XXXX-WXX'],
		['2010-Q2', undefined, 'XXXX-QX'],
		['2010-H1', undefined, 'XXXX-HX'],
		['2010-05-12T10:30', undefined, 'XXXX-XX-XXT10:30'],
		['P3D', undefined, 'P3D'],
		['PRESENT_REF', undefined, 'PRESENT_REF'],
	])('writes %s (weekday %s) as %s', (value, weekday, expected) => {
		expect(underspecify(value, weekday)).toBe(expected);
	});
});

describe('anchorUnknownDate', () => {
	it('marks a day counted from the article date and drops its provisional digits', () => {
		expect(anchor('Title\nThe mayor resigned today.')).toEqual([['today', 'XXXX-XX-XX', true]]);
	});

	it('keeps the weekday of a weekday that counts from the article date', () => {
		expect(anchor('Title\nThe council met on Monday.')).toEqual([['Monday', 'XXXX-WXX-1', true]]);
	});

	it('leaves a fully stated date as it is, not waiting for anything', () => {
		expect(anchor('Title\nThe bridge opened on July 27, 1953.')).toEqual([
			['July 27, 1953', '1953-07-27', false],
		]);
	});

	it('marks a yearless date, whose year comes from the article date', () => {
		const [[, , waits]] = anchor('Title\nThe fair opened on July 4.') as [
			[string, string, boolean],
		];
		expect(waits).toBe(true);
	});

	it('marks a date counted from one that waits, though it never reads the article date itself', () => {
		expect(anchor('Title\nThe mayor resigned today. The following day the council met.')).toEqual([
			['today', 'XXXX-XX-XX', true],
			['The following day', 'XXXX-XX-XX', true],
		]);
	});

	it('leaves a date counted from a stated date alone', () => {
		expect(
			anchor(
				'Title\nThe truce was signed on July 27, 1953. The following day the guns fell silent.',
			),
		).toEqual([
			['July 27, 1953', '1953-07-27', false],
			['The following day', '1953-07-28', false],
		]);
	});
});
