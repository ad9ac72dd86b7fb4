import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/pipeline.ts';

const events = (text: string, dct = '2012-05-01') =>
	extractDocument({ id: 'r', path: 'r.txt', text }, { dct }).events.map((e) => ({
		title: e.title,
		start: e.start,
		end: e.end,
		precision: e.precision,
	}));

describe('spanRanges', () => {
	it.each([
		['The company grew from 2009 to 2011.', '2009', '2011', 'year'],
		['The war raged between 1950 and 1953.', '1950', '1953', 'year'],
		['Prices rose between September and October of 2007.', '2007-09', '2007-10', 'month'],
		['The festival ran March 3-5.', '2012-03-03', '2012-03-05', 'day'],
		['The festival runs from March 3 to 5.', '2012-03-03', '2012-03-05', 'day'],
	])('makes %j one span event', (text, start, end, precision) => {
		expect(events(text)).toEqual([expect.objectContaining({ start, end, precision })]);
	});

	it('leaves the words of the range out of the title', () => {
		expect(events('The company grew from 2009 to 2011.')[0]?.title).toBe('The company grew');
	});

	it('cuts both ends to the coarser precision when they differ', () => {
		expect(events('He lived there from May 1950 to 1953.')).toEqual([
			expect.objectContaining({ start: '1950', end: '1953', precision: 'year' }),
		]);
	});

	it('keeps two events for two dates joined by "and" without "between"', () => {
		expect(events('The plant opened in 2009 and closed in 2011.')).toHaveLength(2);
	});
});
