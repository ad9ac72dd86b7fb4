import { describe, expect, it } from 'vitest';
import { adjacentEra } from '../../src/timeline/eraNav.ts';

const eras = [
	{ id: 'a', start: 100, end: 200 },
	{ id: 'b', start: 500, end: 600 },
	{ id: 'c', start: 900, end: 1000 },
];

describe('adjacentEra', () => {
	it.each([
		['framed on a, next', { from: 95, to: 205 }, 1, 'b'],
		['framed on b, previous', { from: 495, to: 605 }, -1, 'a'],
		['framed on b, next', { from: 495, to: 605 }, 1, 'c'],
		['framed on c, next', { from: 895, to: 1005 }, 1, undefined],
		['framed on a, previous', { from: 95, to: 205 }, -1, undefined],
		['whole timeline, next', { from: 0, to: 1100 }, 1, 'a'],
		['whole timeline, previous', { from: 0, to: 1100 }, -1, 'c'],
		['between a and b, next', { from: 300, to: 400 }, 1, 'b'],
		['between a and b, previous', { from: 300, to: 400 }, -1, 'a'],
		['zoomed inside b, next', { from: 540, to: 560 }, 1, 'c'],
		['zoomed inside b, previous', { from: 540, to: 560 }, -1, 'a'],
	] as const)('%s', (_, view, dir, id) => {
		expect(adjacentEra(eras, view, dir)?.id).toBe(id);
	});
});
