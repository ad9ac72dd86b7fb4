import { describe, expect, it } from 'vitest';
import { clusterItems } from '../../src/timeline/clusters.ts';

const it_ = (id: string, x0: number, t: number) => ({ id, x0, start: t, end: t + 1 });

describe('clusterItems', () => {
	it('gathers items within the badge width into one count with their time extent', () => {
		const c = clusterItems([it_('a', 0, 10), it_('b', 20, 30), it_('c', 40, 50)], 48);
		expect(c).toEqual([{ key: 'a', x: 0, ids: ['a', 'b', 'c'], from: 10, to: 51 }]);
	});

	it('starts a new cluster past the badge width and keeps badges apart', () => {
		const c = clusterItems([it_('a', 0, 1), it_('b', 30, 2), it_('c', 60, 3), it_('d', 200, 4)], 48);
		expect(c.map((k) => k.ids)).toEqual([['a', 'b'], ['c'], ['d']]);
		for (let i = 1; i < c.length; i++) expect(c[i]!.x - c[i - 1]!.x).toBeGreaterThanOrEqual(48);
	});

	it('returns nothing for nothing', () => {
		expect(clusterItems([], 48)).toEqual([]);
	});
});
