import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/pipeline.ts';

const mentions = (text: string, dct = '2012-05-01') =>
	extractDocument({ id: 'r', path: 'r.txt', text }, { dct }).document.mentions.map((m) => [
		m.text,
		m.value,
	]);

describe('linkRanges', () => {
	it.each([
		[
			'The company grew from 2009 to 2011.',
			[
				['2009', '2009'],
				['2011', '2011'],
			],
		],
		[
			'The war raged between 1950 and 1953.',
			[
				['1950', '1950'],
				['1953', '1953'],
			],
		],
		[
			'Prices rose between September and October of 2007.',
			[
				['September', '2007-09'],
				['October of 2007', '2007-10'],
			],
		],
		[
			'The exhibit ran from Dec. 26 to Jan. 20, 1998.',
			[
				['Dec. 26', '1997-12-26'],
				['Jan. 20, 1998', '1998-01-20'],
			],
		],
		[
			'The festival runs from March 3 to 5.',
			[
				['March 3', '2012-03-03'],
				['5', '2012-03-05'],
			],
		],
	])(
		'keeps both ends of %j as mentions, the start taking the year of the end',
		(text, expected) => {
			expect(mentions(text)).toEqual(expected);
		},
	);

	it('does not give a year to the start of two dates that form no range', () => {
		expect(mentions('Prices rose in September and fell in October of 2007.')[0]).toEqual([
			'September',
			'2011-09',
		]);
	});
});
