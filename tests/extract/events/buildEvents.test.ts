import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/pipeline.ts';

const extract = (text: string) =>
	extractDocument({ id: 'd', path: 'd.txt', text }, { dct: '2022-03-01' }).events;

describe('events dated by a holiday', () => {
	it('titles a clause that a holiday only dates by what happened', () => {
		const [event] = extract('The harbour ferry resumed service on Christmas Eve 2021.');
		expect(event).toMatchObject({
			start: '2021-12-24',
			title: 'The harbour ferry resumed service',
		});
	});

	it.each([
		[
			'a holiday right after the verb, as news dates with a bare weekday',
			'The missing hiker was found Christmas Day 2021 sheltering in a barn.',
			'The missing hiker was found Christmas Day 2021 sheltering in a barn',
		],
		[
			'a holiday as the object of the verb',
			'The village celebrated Christmas Day 2021 with a parade.',
			'The village celebrated Christmas Day 2021 with a parade',
		],
		[
			'a holiday that names a noun after a determiner',
			'The Christmas Day 2021 swim drew 300 people.',
			'The Christmas Day 2021 swim drew 300 people',
		],
	])('titles the clause, holiday and all, for %s', (_case, text, title) => {
		expect(extract(text)[0]).toMatchObject({ start: '2021-12-25', title });
	});

	it('keeps two things that happened on one holiday apart', () => {
		const events = extract(
			'The ferry resumed service on Christmas Eve 2021. In the same town, a bakery opened on Christmas Eve 2021.',
		);
		expect(events.map((e) => e.title).sort()).toEqual([
			'A bakery opened',
			'The ferry resumed service',
		]);
	});
});

describe('a date with nothing beside it', () => {
	it('makes no event of a transcript line that is only a place and a date', () => {
		const text =
			'Bombings linked\nAtlanta nineteen ninety-six. A bomb blast shocks the Olympic games in 1996.';
		const events = extractDocument({ id: 'd', path: 'd.txt', text, dct: '1998-02-27' }).events;
		expect(events.map((e) => e.title)).not.toContain('Atlanta');
		expect(events.some((e) => e.title.startsWith('A bomb blast'))).toBe(true);
	});
});
