import { describe, expect, it } from 'vitest';
import { clusterBins } from '../../src/timeline/clusters.ts';

function cluster(items: [x0: number, t: number][], width = 48) {
	const bins = clusterBins(width);
	for (const [x0, t] of items) bins.add(x0, t, t + 1);
	return bins.done();
}

describe('clusterBins', () => {
	it('gathers items in one badge-wide bin into one count with their time extent', () => {
		expect(
			cluster([
				[0, 10],
				[20, 30],
				[40, 50],
			]),
		).toEqual([{ key: 'bin0', x: 0, count: 3, from: 10, to: 51 }]);
	});

	it('puts items of different bins in separate counts, in x order, badges apart', () => {
		const c = cluster([
			[200, 4],
			[0, 1],
			[60, 3],
			[30, 2],
		]);
		expect(c.map((k) => k.count)).toEqual([2, 1, 1]);
		for (let i = 1; i < c.length; i++) expect(c[i]!.x - c[i - 1]!.x).toBeGreaterThanOrEqual(48);
	});

	it('keeps the same key for a bin while its members change', () => {
		expect(cluster([[100, 1]])[0]!.key).toBe(cluster([[110, 9]])[0]!.key);
	});

	it('returns nothing for nothing', () => {
		expect(cluster([])).toEqual([]);
	});
});
