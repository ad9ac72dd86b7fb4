import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/pipeline.ts';

const eras = (body: string) =>
	extractDocument({ id: 'd', path: 'd.txt', text: `Title\n${body}` }).eras.map((e) => [
		e.title,
		e.end,
	]);

describe('eras of an article whose date is unknown', () => {
	it('keeps a finished war with its own bounds', () => {
		expect(eras('Veterans of the Korean War met today.')).toEqual([['Korean War', '1953-07-27']]);
	});

	it('leaves out a war still going on when the text states no date to end it at', () => {
		expect(eras('The War in Ukraine dominated the talks today.')).toEqual([]);
	});

	it('runs a war still going on to the latest date the text states', () => {
		expect(
			eras('The War in Ukraine dominated the talks today. Troops had crossed in March 2022.'),
		).toEqual([['War in Ukraine', '2022-03']]);
	});
});
