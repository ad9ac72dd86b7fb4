import { describe, expect, it } from 'vitest';
import { DAY, HOUR } from '../../src/timeline/isoDates.ts';
import {
	MAX_SPAN,
	MIN_SPAN,
	centreOn,
	clampRange,
	fitRange,
	rangeFromTransform,
	transformFromRange,
	zoomRange,
} from '../../src/timeline/viewRange.ts';

const extent = { from: Date.parse('1950-06-01'), to: Date.parse('2023-07-28') };
const base = fitRange(extent);

describe('transform ⇄ range', () => {
	it.each([
		[{ from: base.from, to: base.to }, 800],
		[{ from: Date.parse('1953-07-01'), to: Date.parse('1953-08-01') }, 1280],
		[{ from: Date.parse('2023-07-27T06:00Z'), to: Date.parse('2023-07-27T12:00Z') }, 360],
	])('round-trips %o at %i px', (r, w) => {
		const back = rangeFromTransform(transformFromRange(r, base, w), base, w);
		expect(back.from).toBeCloseTo(r.from, -1);
		expect(back.to).toBeCloseTo(r.to, -1);
	});

	it('shows the base range at the identity transform', () => {
		expect(rangeFromTransform({ k: 1, x: 0 }, base, 1000)).toEqual(base);
	});
});

describe('clampRange', () => {
	it('widens a view narrower than a few hours to MIN_SPAN around its centre', () => {
		const mid = Date.parse('2023-07-27T12:00Z');
		expect(clampRange({ from: mid - HOUR / 2, to: mid + HOUR / 2 }, extent)).toEqual({
			from: mid - MIN_SPAN / 2,
			to: mid + MIN_SPAN / 2,
		});
	});

	it('narrows a view wider than a few centuries to MAX_SPAN', () => {
		const r = clampRange(
			{ from: extent.from - 400 * 365 * DAY, to: extent.to + 400 * 365 * DAY },
			extent,
		);
		expect(r.to - r.from).toBeCloseTo(MAX_SPAN, -3);
	});

	it('pulls a view panned past the end back so its centre stays on the timeline', () => {
		const r = clampRange({ from: extent.to + 10 * DAY, to: extent.to + 30 * DAY }, extent);
		expect((r.from + r.to) / 2).toBe(extent.to);
		expect(r.to - r.from).toBe(20 * DAY);
	});

	it('leaves a view within the limits unchanged', () => {
		const r = { from: Date.parse('1953-01-01'), to: Date.parse('1954-01-01') };
		expect(clampRange(r, extent)).toEqual(r);
	});
});

describe('zoomRange and centreOn', () => {
	it('keeps the anchor instant in place while zooming', () => {
		const r = { from: 0, to: 1000 };
		expect(zoomRange(r, 2, 0.25)).toEqual({ from: 125, to: 625 });
		expect(zoomRange(r, 0.5, 0.5)).toEqual({ from: -500, to: 1500 });
	});

	it('centres a view on an instant without changing its span', () => {
		expect(centreOn({ from: 0, to: 100 }, 500)).toEqual({ from: 450, to: 550 });
	});
});
