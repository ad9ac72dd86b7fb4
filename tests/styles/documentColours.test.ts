import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOC_COLOURS } from '../../src/timeline/documentColor.ts';

const css = readFileSync('src/styles/app.css', 'utf8');
const [light = '', dark = ''] = css.split('@media (prefers-color-scheme: dark)');

function vars(block: string): Record<string, string> {
	return Object.fromEntries(
		[...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!]),
	);
}

function luminance(hex: string): number {
	const [r, g, b] = [1, 3, 5].map((i) => {
		const v = parseInt(hex.slice(i, i + 2), 16) / 255;
		return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
	const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
	return (x! + 0.05) / (y! + 0.05);
}

describe('document colours', () => {
	it.each([
		['light', vars(light)],
		['dark', vars(dark)],
	])('keep at least 3:1 against the page and the cards in %s mode', (_, v) => {
		for (let i = 0; i < DOC_COLOURS; i++) {
			const colour = v[`doc-${i}`];
			expect(colour, `--doc-${i}`).toBeDefined();
			expect(contrast(colour!, v.surface!)).toBeGreaterThanOrEqual(3);
			expect(contrast(colour!, v.bg!)).toBeGreaterThanOrEqual(3);
		}
	});

	it('are all different within a mode', () => {
		for (const v of [vars(light), vars(dark)]) {
			const colours = Array.from({ length: DOC_COLOURS }, (_, i) => v[`doc-${i}`]);
			expect(new Set(colours).size).toBe(DOC_COLOURS);
		}
	});
});
