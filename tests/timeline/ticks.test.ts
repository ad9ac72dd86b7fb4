import { describe, expect, it } from 'vitest';
import { axisTicks, labelWidth, type Tick } from '../../src/timeline/ticks.ts';
import { DAY, HOUR } from '../../src/timeline/isoDates.ts';

const u = (s: string) => Date.parse(s);

function overlaps(ticks: Tick[]): boolean {
	return ticks.some(
		(t, i) => i > 0 && ticks[i - 1]!.labelX + labelWidth(ticks[i - 1]!.label) > t.labelX,
	);
}

const views: [string, number, number, number, string][] = [
	['seven decades', u('1950-01-01'), u('2024-01-01'), 1280, 'year'],
	['seven decades on a phone', u('1950-01-01'), u('2024-01-01'), 360, 'year'],
	['two years', u('2022-01-01'), u('2024-01-01'), 1280, 'month'],
	['one month', u('1953-07-01'), u('1953-08-01'), 1280, 'day'],
	['one day', u('2023-07-27'), u('2023-07-28'), 1280, 'hour'],
	['six hours', u('2023-07-27T06:00Z'), u('2023-07-27T12:00Z'), 360, 'hour'],
	['three centuries', u('1800-01-01'), u('2100-01-01'), 1280, 'year'],
];

describe('axisTicks', () => {
	it.each(views)('picks the right tick unit for %s', (_, from, to, width, unit) => {
		expect(axisTicks({ from, to }, width).unit).toBe(unit);
	});

	it.each(views)('never overlaps labels in either tier (%s)', (_, from, to, width) => {
		const { minor, major } = axisTicks({ from, to }, width);
		expect(minor.length).toBeGreaterThan(1);
		expect(major.length).toBeGreaterThan(0);
		expect(overlaps(minor)).toBe(false);
		expect(overlaps(major)).toBe(false);
	});

	it.each(views)('keeps every label inside the plot (%s)', (_, from, to, width) => {
		const { minor, major } = axisTicks({ from, to }, width);
		for (const t of [...minor, ...major])
			expect(t.labelX + labelWidth(t.label) - 8).toBeLessThanOrEqual(width);
		expect(minor.every((t) => t.labelX >= 0)).toBe(true);
	});

	it('labels days under their month and year, in UTC', () => {
		const { minor, major } = axisTicks({ from: u('1953-07-01'), to: u('1953-08-01') }, 1280);
		expect(minor.map((t) => t.label).slice(0, 3)).toEqual(['1', '2', '3']);
		expect(major[0]!.label).toBe('July 1953');
	});

	it('labels hours under their day', () => {
		const { minor, major } = axisTicks(
			{ from: u('2023-07-27T06:00Z'), to: u('2023-07-27T12:00Z') },
			1280,
		);
		expect(minor[0]!.label).toBe('06:00');
		expect(major[0]!.label).toBe('Thu 27 Jul 2023');
	});

	it('labels years under their decade', () => {
		const { major } = axisTicks({ from: u('1950-01-01'), to: u('1960-06-01') }, 1280);
		expect(major.map((t) => t.label)).toEqual(['1950s', '1960s']);
	});

	it('keeps the label of the period the view starts in pinned at the left edge', () => {
		const { major } = axisTicks({ from: u('1953-07-10'), to: u('1953-07-30') }, 1280);
		expect(major[0]).toMatchObject({ label: 'July 1953', labelX: 3 });
	});

	it('places ticks at their instants', () => {
		const from = u('2023-07-27');
		const { minor } = axisTicks({ from, to: from + 10 * HOUR }, 1000);
		for (const t of minor) expect(t.x).toBeCloseTo(((t.t - from) / (10 * HOUR)) * 1000);
		expect(minor.every((t) => t.t % HOUR === 0)).toBe(true);
		expect(DAY).toBe(24 * HOUR);
	});
});
