import { describe, expect, it } from 'vitest';
import { titled } from './titled.ts';

describe('a title too long for its line', () => {
	it('keeps the names of coordinated people and drops their offices', () => {
		expect(
			titled(
				'Regional Health Commissioner Maria Okonjo and deputy mayor of Lagos Tunde Bakare were briefed on Monday.',
				'on Monday',
			),
		).toBe('Maria Okonjo and Tunde Bakare were briefed');
	});

	it("drops the office before one person's name", () => {
		expect(
			titled(
				'Northern Territory Deputy Chief Minister Eleanor Whitfield opened the new harbour bridge at Darwin on Monday.',
				'on Monday',
			),
		).toBe('Eleanor Whitfield opened the new harbour bridge at Darwin');
	});

	it('drops an office of several words, "of" phrase and all, before the name', () => {
		expect(
			titled(
				'Minister of Health Daniel Okafor has ordered an inquiry into the deaths of four patients at the Lagos clinic on Friday.',
				'on Friday',
			),
		).toBe('Daniel Okafor has ordered an inquiry into the deaths of four patients');
		expect(
			titled(
				'Secretary of State for Trade Anna K. Kovacs has invited the trade ministers of Chile and Peru to a summit in Lisbon on May 4.',
				'on May 4',
			),
		).toBe('Anna K. Kovacs has invited the trade ministers of Chile and Peru');
	});

	it('keeps the name right after the office when an "of" phrase follows the name', () => {
		expect(
			titled(
				'Inspector Jane Hollis of the Leeds Police Department, a member of a task force investigating all three fires, said she had never seen the men.',
			),
		).toBe('Jane Hollis said she had never seen the men');
	});

	it("drops a participle phrase after the subject's noun, agent list and all", () => {
		expect(
			titled(
				'An intense manhunt conducted by the police and the bureau of alcohol, tobacco and firearms continues for the suspect in the hills on Friday.',
				'on Friday',
			),
		).toBe('An intense manhunt continues for the suspect in the hills');
		expect(
			titled(
				'A group including several members of the Lund family of Oslo urged the company to take some steps to raise its share price in March.',
				'in March',
			),
		).toBe('A group urged the company to take some steps to raise its share price');
	});

	it('reduces a long common-noun subject to its head before losing the infinitive', () => {
		expect(
			titled(
				'The regional bus and tram operator on Friday announced its decision to cut night services.',
				'on Friday',
			),
		).toBe('The operator announced its decision to cut night services');
	});

	it('drops an adverbial between a verb and its infinitive', () => {
		expect(
			titled(
				'Shareholders of the brewery voted by a narrow margin on Thursday to approve the sale of the Dublin plant.',
				'on Thursday',
			),
		).toBe('Shareholders of the brewery voted to approve the sale');
	});

	it('keeps the subject whole when cutting the end loses nothing the shorter subject would keep', () => {
		expect(
			titled(
				'The regional planning committee approved a new bridge over the river on Tuesday, ending a decade of debate.',
				'on Tuesday',
			),
		).toBe('The regional planning committee approved a new bridge over the river');
	});
});
