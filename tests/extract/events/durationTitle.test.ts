import { describe, expect, it } from 'vitest';
import { GAZETTEER } from '../../../src/extract/data/gazetteer.ts';
import { durationTitle } from '../../../src/extract/events/durationTitle.ts';

const entry = (id: string) => GAZETTEER.find((e) => e.id === id)!;
const ukraine = entry('russian-invasion-of-ukraine');
const korea = entry('korean-war');
const span = { start: '2022-03-14', end: '2023-07-27', precision: 'day' as const };

describe('durationTitle', () => {
	it.each([
		[
			'The war had been going on for more than 500 days',
			'more than 500 days',
			'War in Ukraine ongoing for more than 500 days',
		],
		['The invasion has lasted 500 days', '500 days', 'War in Ukraine lasting for 500 days'],
		['The conflict is raging on for 500 days', '500 days', 'War in Ukraine ongoing for 500 days'],
	])('names the span of %j after the war it is about', (clause, phrase, title) => {
		expect(durationTitle(clause, phrase, span, [korea, ukraine])).toBe(title);
	});

	it.each([
		['a subject that names no gazetteer entry', 'The strike had been going on for 500 days'],
		['an indefinite subject', 'A war had been going on for 500 days'],
		['no subject at all', 'For more than 500 days, nothing changed'],
	])('keeps the clause for %s', (_why, clause) => {
		expect(durationTitle(clause, '500 days', span, [korea, ukraine])).toBeNull();
	});

	it('keeps the clause when no mentioned war runs over the whole span', () => {
		const clause = 'The war had been going on for 500 days';
		expect(durationTitle(clause, '500 days', span, [korea])).toBeNull();
	});

	it('keeps the clause when two mentioned wars could be meant', () => {
		const other = { ...ukraine, id: 'other-war', name: 'Other War', aliases: ['other war'] };
		const clause = 'The war had been going on for 500 days';
		expect(durationTitle(clause, '500 days', span, [ukraine, other])).toBeNull();
	});

	it('keeps the clause for a span with no end', () => {
		const open = { start: '2022-03-14', precision: 'day' as const };
		expect(durationTitle('The war has lasted 500 days', '500 days', open, [ukraine])).toBeNull();
	});
});
