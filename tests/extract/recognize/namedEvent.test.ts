import { describe, expect, it } from 'vitest';
import { namedEvent } from '../../../src/extract/recognize/namedEvent.ts';
import { extractDocument } from '../../../src/extract/pipeline.ts';
import { run } from './run.ts';

describe('namedEvent', () => {
	it.each([
		['The September 11 attacks shocked the world.', 'September 11'],
		['The Sept. 11 attacks shocked the world.', 'Sept. 11'],
		['The 9/11 attacks changed air travel.', '9/11'],
		['Security has tightened since 9/11.', '9/11'],
	])('reads the date in %j as the day of the attacks', (text, phrase) => {
		expect(run(namedEvent, text, '2021-09-12')).toContainEqual(
			expect.objectContaining({ text: phrase, value: '2001-09-11', certain: true }),
		);
	});

	it('reads a date-named event other than 9/11 from the gazetteer', () => {
		expect(run(namedEvent, 'Survivors of the 7/7 bombings met in London.')[0]).toMatchObject({
			text: '7/7',
			value: '2005-07-07',
		});
	});

	it('leaves a plain date that names no event alone', () => {
		expect(run(namedEvent, 'The meeting on September 11 went well.')).toEqual([]);
	});

	it('gives the event its name and an anchor, so that articles merge on it', () => {
		const text = 'Security has tightened since 9/11.';
		const { events } = extractDocument({ id: 'n', path: 'n.txt', text }, { dct: '2021-09-12' });
		expect(events).toEqual([
			expect.objectContaining({
				title: 'September 11 attacks',
				start: '2001-09-11',
				derivation: 'explicit',
				explanation: 'the September 11 attacks, 2001-09-11 (gazetteer)',
			}),
		]);
	});

	it('wins over the reading of "September 11" as a date in the document year', () => {
		const text = 'The September 11 attacks shocked the world.';
		const { document } = extractDocument({ id: 'n', path: 'n.txt', text }, { dct: '2021-09-12' });
		expect(document.mentions).toEqual([
			expect.objectContaining({ text: 'September 11', value: '2001-09-11' }),
		]);
	});
});
