import { describe, expect, it } from 'vitest';
import { OVERFLOW, assignLanes } from '../../src/timeline/lanes.ts';

type Item = [x0: number, x1: number, pinned?: boolean];
const lanesOf = (items: Item[], max: number) =>
	Array.from(
		assignLanes(
			{
				x0: Float64Array.from(items, (i) => i[0]),
				x1: Float64Array.from(items, (i) => i[1]),
				pinned: Uint8Array.from(items, (i) => (i[2] ? 1 : 0)),
			},
			max,
		),
	);

describe('assignLanes', () => {
	it.each<[string, Item[], number, number[]]>([
		[
			'apart items share the first lane',
			[
				[0, 10],
				[20, 30],
			],
			3,
			[0, 0],
		],
		[
			'overlapping items stack',
			[
				[0, 50],
				[10, 60],
				[20, 70],
			],
			3,
			[0, 1, 2],
		],
		[
			'a freed lane is reused',
			[
				[0, 10],
				[5, 100],
				[20, 30],
			],
			3,
			[0, 1, 0],
		],
		[
			'items closer than the gap stack',
			[
				[0, 10],
				[12, 20],
			],
			3,
			[0, 1],
		],
	])('%s', (_, items, max, lanes) => {
		expect(lanesOf(items, max)).toEqual(lanes);
	});

	it('overflows items that fit in no lane', () => {
		expect(
			lanesOf(
				[
					[0, 100],
					[1, 100],
					[2, 100],
					[3, 100],
				],
				2,
			),
		).toEqual([0, 1, OVERFLOW, OVERFLOW]);
	});

	it('always places pinned items, even in a crowd, pushing what they overlap out', () => {
		expect(
			lanesOf(
				[
					[0, 100],
					[1, 100],
					[2, 100, true],
				],
				2,
			),
		).toEqual([OVERFLOW, 1, 0]);
	});

	it('leaves a pinned item that already fits where it is', () => {
		const items: Item[] = [
			[0, 100],
			[1, 100],
			[2, 100],
		];
		const pinnedLast: Item[] = [
			[0, 100],
			[1, 100, true],
			[2, 100],
		];
		expect(lanesOf(pinnedLast, 3)).toEqual(lanesOf(items, 3));
	});

	it('never places two overlapping items in the same lane, in any order', () => {
		const items: Item[] = Array.from({ length: 200 }, (_, i) => [
			(i * 37) % 500,
			((i * 37) % 500) + 60,
		]);
		const lanes = lanesOf(items, 4);
		items.forEach(([a0, a1], i) =>
			items.forEach(([b0, b1], j) => {
				if (i !== j && lanes[i] !== OVERFLOW && lanes[i] === lanes[j])
					expect(a1 + 6 <= b0 || b1 + 6 <= a0).toBe(true);
			}),
		);
	});
});
