import { describe, expect, it } from 'vitest';
import { assignLanes } from '../../src/timeline/lanes.ts';

const item = (id: string, x0: number, x1: number, pinned = false) => ({ id, x0, x1, pinned });

describe('assignLanes', () => {
	it.each([
		['apart items share the first lane', [item('a', 0, 10), item('b', 20, 30)], 3, { a: 0, b: 0 }],
		['overlapping items stack', [item('a', 0, 50), item('b', 10, 60), item('c', 20, 70)], 3, { a: 0, b: 1, c: 2 }],
		['a freed lane is reused', [item('a', 0, 10), item('b', 5, 100), item('c', 20, 30)], 3, { a: 0, b: 1, c: 0 }],
		['items closer than the gap stack', [item('a', 0, 10), item('b', 12, 20)], 3, { a: 0, b: 1 }],
	])('%s', (_, items, max, lanes) => {
		const { placed, overflow } = assignLanes(items, max);
		expect(Object.fromEntries(placed.map((p) => [p.item.id, p.lane]))).toEqual(lanes);
		expect(overflow).toEqual([]);
	});

	it('overflows items that fit in no lane', () => {
		const items = ['a', 'b', 'c', 'd'].map((id, i) => item(id, i, 100));
		const { placed, overflow } = assignLanes(items, 2);
		expect(placed.map((p) => p.item.id)).toEqual(['a', 'b']);
		expect(overflow.map((o) => o.id)).toEqual(['c', 'd']);
	});

	it('always places pinned items, even in a crowd', () => {
		const items = [item('a', 0, 100), item('b', 1, 100), item('c', 2, 100, true)];
		const { placed, overflow } = assignLanes(items, 2);
		expect(placed.map((p) => p.item.id).sort()).toEqual(['a', 'c']);
		expect(overflow.map((o) => o.id)).toEqual(['b']);
	});

	it('never places two overlapping items in the same lane', () => {
		const items = Array.from({ length: 200 }, (_, i) => item(`e${i}`, (i * 37) % 500, ((i * 37) % 500) + 60)).sort((a, b) => a.x0 - b.x0);
		const { placed } = assignLanes(items, 4);
		for (const p of placed)
			for (const q of placed)
				if (p !== q && p.lane === q.lane) expect(p.item.x1 + 6 <= q.item.x0 || q.item.x1 + 6 <= p.item.x0).toBe(true);
	});
});
