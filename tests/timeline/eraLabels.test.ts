import { describe, expect, it } from 'vitest';
import { ERA_CHAR_WIDTH, eraLabels } from '../../src/timeline/eraLabels.ts';

const W = 1000;
const w = (chars: number) => chars * ERA_CHAR_WIDTH;

describe('eraLabels', () => {
	it.each([
		[
			'a wide band holds its title inside',
			[{ x0: 100, x1: 400, chars: 10 }],
			[{ x: 106, inside: true }],
		],
		[
			'a narrow band’s title runs past it',
			[{ x0: 100, x1: 130, chars: 10 }],
			[{ x: 106, inside: false }],
		],
		[
			'a narrow band at the right edge pulls its title left to stay on screen',
			[{ x0: 975, x1: 990, chars: 14 }],
			[{ x: W - 6 - w(14), inside: false }],
		],
		[
			'a band starting off-screen labels from the left edge',
			[{ x0: -500, x1: 300, chars: 5 }],
			[{ x: 6, inside: true }],
		],
		['a band off-screen has no label', [{ x0: 1200, x1: 1300, chars: 5 }], [null]],
	])('%s', (_, bands, expected) => {
		expect(eraLabels(bands, W)).toEqual(expected);
	});

	it('never lets two titles overlap: a title with no room left is dropped', () => {
		const placed = eraLabels(
			[
				{ x0: 900, x1: 920, chars: 10 },
				{ x0: 930, x1: 950, chars: 14 },
			],
			W,
		);
		expect(placed[0]).not.toBeNull();
		expect(placed[1]).toBeNull();
	});

	it('moves a title right of the previous one when there is room', () => {
		const [a, b] = eraLabels(
			[
				{ x0: 100, x1: 110, chars: 10 },
				{ x0: 120, x1: 130, chars: 5 },
			],
			W,
		);
		expect(b!.x).toBeGreaterThanOrEqual(a!.x + w(10) + 12);
	});
});
