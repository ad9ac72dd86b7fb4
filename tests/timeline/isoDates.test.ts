import { describe, expect, it } from 'vitest';
import { isoCoverage, isoPrecision, parseIso } from '../../src/timeline/isoDates.ts';

const u = (s: string) => Date.parse(s);

describe('isoCoverage', () => {
	it.each([
		['1953', undefined, '1953-01-01T00:00:00Z', '1954-01-01T00:00:00Z'],
		['1950', 'decade', '1950-01-01T00:00:00Z', '1960-01-01T00:00:00Z'],
		['1950-06', undefined, '1950-06-01T00:00:00Z', '1950-07-01T00:00:00Z'],
		['1950-12', undefined, '1950-12-01T00:00:00Z', '1951-01-01T00:00:00Z'],
		['1953-07-27', undefined, '1953-07-27T00:00:00Z', '1953-07-28T00:00:00Z'],
		['1953-07-27T10:00', undefined, '1953-07-27T10:00:00Z', '1953-07-27T10:01:00Z'],
	] as const)('covers %s (%s) from %s to %s', (iso, precision, start, end) => {
		expect(isoCoverage(iso, precision)).toEqual({ start: u(start), end: u(end) });
	});

	it('keeps years below 100 as written', () => {
		expect(new Date(isoCoverage('0044-03-15').start).getUTCFullYear()).toBe(44);
	});
});

describe('isoPrecision', () => {
	it.each([
		['2023', 'year'],
		['2023-07', 'month'],
		['2023-07-27', 'day'],
		['2023-07-27T09:30', 'minute'],
	])('reads %s as %s precision', (iso, p) => {
		expect(isoPrecision(iso)).toBe(p);
	});
});

describe('parseIso', () => {
	it.each([
		['2023-07-27', u('2023-07-27T00:00:00Z')],
		['2023-07-27T09:30Z', u('2023-07-27T09:30:00Z')],
		['2023-07-27T09:30:15Z', u('2023-07-27T09:30:15Z')],
		['2023-02-30', undefined],
		['2023-13-01', undefined],
		['2023-07-27T25:00Z', undefined],
		['yesterday', undefined],
	])('parses %s to %s', (iso, t) => {
		expect(parseIso(iso)).toBe(t);
	});
});
