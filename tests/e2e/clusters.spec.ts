import { expect, test } from '@playwright/test';
import { openApp, serveTimeline, visibleRange } from './support/app.ts';
import { syntheticTimeline } from './support/syntheticTimeline.ts';

const crowded = syntheticTimeline({ events: 400, seed: 5, headline: 'A crowded chronicle' });

test('clicking a collapsed crowd zooms in on it', async ({ page }) => {
	await serveTimeline(page, crowded);
	await openApp(page);
	const full = await visibleRange(page);
	const cluster = page.getByTestId('timeline').locator('[data-cluster]').first();
	await expect(cluster).toHaveAttribute('role', 'button');
	await expect(cluster).toHaveAttribute('aria-label', /^\d+ events.*expand/);
	await cluster.click();
	await expect.poll(async () => (await visibleRange(page)).spanMs).toBeLessThan(full.spanMs / 4);
});
