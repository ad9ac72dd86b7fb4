import { expect, test, type Page } from '@playwright/test';
import { openApp, serveTimeline } from './support/app.ts';
import { demoTimeline } from './support/demoTimeline.ts';

/** Horizontal extents of a tier's labels, left to right. */
async function labelSpans(page: Page, tier: 'axis-major' | 'axis-minor') {
	const boxes = await page
		.getByTestId(tier)
		.locator('text')
		.evaluateAll((els) =>
			els
				.map((el) => el.getBoundingClientRect())
				.filter((r) => r.width > 0)
				.map((r) => ({ left: r.left, right: r.right })),
		);
	return boxes.sort((a, b) => a.left - b.left);
}

const views: [string, string][] = [
	['decades', ''],
	['months', '?from=1990-01-01&to=1991-06-01'],
	['days', '?from=1990-03-01&to=1990-04-15'],
	['hours', '?from=1990-03-01T00:00Z&to=1990-03-03T00:00Z'],
];

for (const [scale, query] of views) {
	test(`axis labels never overlap when the view spans ${scale}`, async ({ page }) => {
		await serveTimeline(page, demoTimeline);
		await openApp(page, query);
		for (const tier of ['axis-major', 'axis-minor'] as const) {
			const spans = await labelSpans(page, tier);
			expect(spans.length, `${tier} has labels`).toBeGreaterThan(tier === 'axis-minor' ? 2 : 0);
			const overlaps = spans.filter((s, i) => i > 0 && s.left < spans[i - 1]!.right - 0.5);
			expect(overlaps, `${tier} labels overlap`).toEqual([]);
		}
	});
}
