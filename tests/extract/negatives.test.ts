import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/pipeline.ts';

const cases = [
	'They sent 2000 soldiers to the border.',
	'May I ask a question?',
	'Prices rose 12.5% on the news.',
	'North Korea sold 500 rockets to Moscow.',
	'Call 555-123-4567 or +1 202 555 0143 for details.',
	'She ran in 2000 meters of open water.',
	'The meeting is in Room 1984.',
	'He scored 3/4 of the points.',
	'The 2000 delegates voted.',
	'The score was 10-12 at half time.',
	'Serial 29670th anniversary edition of the Korean War game.',
];

describe('negative cases', () => {
	it.each(cases)('finds no date in %j', (text) => {
		const { document } = extractDocument(
			{ id: 'neg', path: 'neg.txt', text },
			{ dct: '2023-07-27' },
		);
		expect(document.mentions.filter((m) => m.type === 'DATE' || m.type === 'TIME')).toEqual([]);
	});
});
