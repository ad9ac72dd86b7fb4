import { describe, expect, it } from 'vitest';
import { repairText, toOriginalOffset } from '../../src/extract/repair.ts';

describe('repairText', () => {
	it.each([
		['the July 27, 1953war was', 'the July 27, 1953 war was'],
		['since the outbreak.North Korea', 'since the outbreak. North Korea'],
		['at war.The US', 'at war. The US'],
		['Commentsnone', 'Comments none'],
	])('inserts the missing space in %j', (input, output) => {
		expect(repairText(input).text).toBe(output);
	});

	it.each([
		'The U.S. and the U.K. agreed.',
		'Prof. Easley spoke.',
		'It rose 3.5 percent.',
		'See https://example.com/News.Today for more.',
		'Mail press@example.org.Thanks',
		'Use e.g. this one.',
		'He wore No.1 on his shirt.',
		'It opened at 10:30 a.m.',
		'Prices in the 1990s and the 21st century.',
		'<TIMEX3 tid="t1">1998</TIMEX3>',
	])('leaves %j untouched', (input) => {
		expect(repairText(input).text).toBe(input);
	});

	it('maps offsets in the repaired text back to the original', () => {
		const original = 'the 1953war.North';
		const repaired = repairText(original);
		expect(repaired.text).toBe('the 1953 war. North');
		const at = repaired.text.indexOf('North');
		expect(original.slice(toOriginalOffset(repaired, at), toOriginalOffset(repaired, at + 5))).toBe(
			'North',
		);
		expect(toOriginalOffset(repaired, repaired.text.indexOf('war'))).toBe(original.indexOf('war'));
	});
});
