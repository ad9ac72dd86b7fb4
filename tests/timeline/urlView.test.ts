import { describe, expect, it } from 'vitest';
import { DAY } from '../../src/timeline/isoDates.ts';
import { formatUrlDate, formatView, parseView } from '../../src/timeline/urlView.ts';

const u = (s: string) => Date.parse(s);

describe('parseView', () => {
	it.each([
		['?event=july-27-1953-war', { event: 'july-27-1953-war' }],
		['?from=1953-07-01&to=1953-08-01', { from: u('1953-07-01'), to: u('1953-08-01') }],
		[
			'?from=2023-07-27T06:00Z&to=2023-07-27T12:30:15Z',
			{ from: u('2023-07-27T06:00Z'), to: u('2023-07-27T12:30:15Z') },
		],
		['', {}],
	])('reads %s', (search, view) => {
		expect(parseView(search)).toEqual({ view, problems: [] });
	});

	it.each([
		['?from=1953-02-30&to=1954-01-01', 'is not a date'],
		['?from=banana', 'is not a date'],
		['?from=2023-01-01&to=2022-01-01', 'ends before it starts'],
		['?event=%3Cscript%3E', 'is not an event id'],
	])('rejects %s, dropping the range', (search, problem) => {
		const r = parseView(search);
		expect(r.view.from).toBeUndefined();
		expect(r.view.to).toBeUndefined();
		expect(r.problems.join(' ')).toContain(problem);
	});
});

describe('formatUrlDate', () => {
	it.each([
		[u('1953-07-27T13:00Z'), DAY * 2, '1953-07-28'],
		[u('1953-07-27T11:00Z'), DAY, '1953-07-27'],
		[u('2023-07-27T06:00:40Z'), 120_000, '2023-07-27T06:01Z'],
		[u('2023-07-27T06:00:40Z'), 17_000, '2023-07-27T06:00:40Z'],
	])('writes %i at %i ms per pixel as %s', (t, mpp, s) => {
		expect(formatUrlDate(t, mpp)).toBe(s);
	});
});

describe('formatView ⇄ parseView', () => {
	it.each([
		[{ event: 'a-b_1', from: u('1953-07-01'), to: u('1953-08-01') }, DAY * 3],
		[{ from: u('2023-07-27T06:00Z'), to: u('2023-07-27T12:00Z') }, 60_000 * 2],
		[{ event: 'x' }, DAY],
	])('round-trips %o', (view, mpp) => {
		expect(parseView(formatView(view, mpp))).toEqual({ view, problems: [] });
	});

	it('moves a view by less than a pixel when rounding', () => {
		const mpp = (50 * 365 * DAY) / 1280;
		const from = u('1950-03-17T07:13Z');
		const back = parseView(formatView({ from, to: from + 1280 * mpp }, mpp)).view;
		expect(Math.abs(back.from! - from)).toBeLessThan(mpp);
	});
});
