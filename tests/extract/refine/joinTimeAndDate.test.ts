import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/pipeline.ts';

const mentions = (text: string, dct: string) =>
	extractDocument({ id: 'j', path: 'j.txt', text }, { dct }).document.mentions;

describe('joinTimeAndDate', () => {
	it.each([
		[
			'The father will arrive at 9 a.m. Tuesday.',
			'2000-04-03',
			'9 a.m. Tuesday',
			'2000-04-04T09:00',
		],
		[
			'The plane landed at 4 a.m. EDT Thursday.',
			'2000-04-07',
			'4 a.m. EDT Thursday',
			'2000-04-06T04:00',
		],
	])('reads a clock time before its day in %j as one TIME', (text, dct, phrase, value) => {
		expect(mentions(text, dct)).toEqual([
			expect.objectContaining({ text: phrase, type: 'TIME', value }),
		]);
	});

	it('does not join a time and a day in different sentences', () => {
		const found = mentions('They met at 10 am. Tuesday was quiet.', '2000-04-07');
		expect(
			found.every(
				(m) => !m.text.includes('\n') && !(m.text.includes('am') && m.text.includes('Tuesday')),
			),
		).toBe(true);
	});
});
