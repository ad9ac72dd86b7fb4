import { expect, test } from '@playwright/test';
import type { Timeline } from '../../src/timeline.ts';
import { openApp } from './support/app.ts';

/** Sum of the counts in cluster labels ("12 events …, expand"). */
function clusteredCount(labels: (string | null)[]): number {
	return labels.reduce((sum, label) => sum + Number(/\d+/.exec(label ?? '')?.[0] ?? 0), 0);
}

test('the seed timeline shows every extracted event and is captured for the README', async ({
	page,
}) => {
	const response = await page.request.get('/timeline.json');
	expect(response.ok()).toBe(true);
	const timeline = (await response.json()) as Timeline;
	expect(timeline.events.length).toBeGreaterThan(0);
	await page.setViewportSize({ width: 1280, height: 860 });
	await openApp(page);

	await expect(page.locator('[data-list-event-id]')).toHaveCount(timeline.events.length);
	const plot = page.getByTestId('timeline');
	const markers = await plot
		.locator('[data-event-id]')
		.evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id')));
	const clusters = await plot
		.locator('[data-cluster]')
		.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')));
	expect(new Set(markers).size + clusteredCount(clusters)).toBe(timeline.events.length);

	// The event stated earliest in the article, so its highlighted sentence is in the picture.
	const chosen = [...timeline.events].sort(
		(a, b) => (a.sources[0]?.sentenceStart ?? 0) - (b.sources[0]?.sentenceStart ?? 0),
	)[0];
	if (!chosen) throw new Error('no event');
	await openApp(page, `?event=${chosen.id}`);
	const panel = page.getByTestId('detail-panel');
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText(chosen.title);
	await page.evaluate(() => window.scrollTo(0, 0));
	await expect(panel.getByTestId('source-sentence')).toBeInViewport();
	await page.screenshot({ path: 'docs/screenshot.png' });
});
