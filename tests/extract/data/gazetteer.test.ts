import { describe, expect, it } from 'vitest';
import { GAZETTEER } from '../../../src/extract/data/gazetteer.ts';
import { findNames, pickNamesake } from '../../../src/extract/data/lookup.ts';
import { parseYmd } from '../../../src/extract/dates.ts';

describe('gazetteer', () => {
	it('stays small and gives every entry a source URL and a date rule', () => {
		expect(GAZETTEER.length).toBeLessThanOrEqual(60);
		for (const e of GAZETTEER) {
			expect(e.source, e.id).toMatch(/^https:\/\//);
			expect(
				e.start !== undefined ||
					e.monthDay !== undefined ||
					e.nthWeekday !== undefined ||
					e.easterOffset !== undefined,
				e.id,
			).toBe(true);
			if (e.start) expect(parseYmd(e.start), e.id).not.toBeNull();
			if (e.end) expect(parseYmd(e.end), e.id).not.toBeNull();
		}
	});

	it('has unique ids', () => {
		expect(new Set(GAZETTEER.map((e) => e.id)).size).toBe(GAZETTEER.length);
	});

	it('finds names case-insensitively on word boundaries', () => {
		const found = findNames('Veterans of the korean war met; the Korean Warship sailed.');
		expect(found.map((f) => f.entry.id)).toEqual(['korean-war']);
	});

	it('picks the namesake whose places the sentence names', () => {
		const both = GAZETTEER.filter((e) => e.name === 'Victory Day');
		expect(pickNamesake(both, 'On Victory Day in Pyongyang', '')?.id).toBe('victory-day-korea');
		expect(pickNamesake(both, 'On Victory Day on Red Square in Moscow', '')?.id).toBe(
			'victory-day-russia',
		);
	});
});
