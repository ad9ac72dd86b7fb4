import { describe, expect, it } from 'vitest';
import { isoToMs, parseUrlView } from './urlView.ts';

describe('parseUrlView', () => {
	it.each([
		['http://h/', {}],
		['http://h/?event=ev-1', { event: 'ev-1' }],
		['http://h/?from=1953-07-27&to=2023-07-27', { from: '1953-07-27', to: '2023-07-27' }],
		['http://h/?event=a&from=2023-07-27T10%3A00Z&x=1', { event: 'a', from: '2023-07-27T10:00Z' }],
	])('reads %s', (url, view) => {
		expect(parseUrlView(url)).toEqual(view);
	});
});

describe('isoToMs', () => {
	it.each([
		['1953', Date.UTC(1953, 0, 1)],
		['1953-07', Date.UTC(1953, 6, 1)],
		['1953-07-27', Date.UTC(1953, 6, 27)],
		['2023-07-27T10:05Z', Date.UTC(2023, 6, 27, 10, 5)],
		['2023-07-27T10:05:30Z', Date.UTC(2023, 6, 27, 10, 5, 30)],
		['0099-01-01', new Date('0099-01-01T00:00Z').getTime()],
	])('reads %s as its first instant in UTC', (iso, ms) => {
		expect(isoToMs(iso)).toBe(ms);
	});

	it('rejects text that is not an ISO date', () => {
		expect(() => isoToMs('27 Jul 1953')).toThrow(/not an ISO date/);
	});
});
