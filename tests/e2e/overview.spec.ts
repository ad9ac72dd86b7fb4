import { expect, test } from '@playwright/test';
import { expectUrlShowsRange, openApp, serveTimeline, visibleRange } from './support/app.ts';
import { demoTimeline } from './support/demoTimeline.ts';

test('dragging the overview brush pans the view and keeps its width', async ({ page }) => {
	await serveTimeline(page, demoTimeline);
	await openApp(page, '?from=1960-01-01&to=1970-01-01');
	const before = await visibleRange(page);
	const selection = page.getByTestId('overview').locator('.selection');
	const box = await selection.boundingBox();
	if (!box) throw new Error('brush selection has no box');
	const y = box.y + box.height / 2;
	await page.mouse.move(box.x + box.width / 2, y);
	await page.mouse.down();
	await page.mouse.move(box.x + box.width / 2 + 150, y, { steps: 10 });
	await page.mouse.up();
	await expect
		.poll(async () => (await visibleRange(page)).fromMs)
		.toBeGreaterThan(before.fromMs + before.spanMs / 2);
	const after = await visibleRange(page);
	expect(Math.abs(after.spanMs - before.spanMs)).toBeLessThan(before.spanMs * 0.02);
	await expectUrlShowsRange(page);
});

test('clicking the overview outside the brush moves the view there', async ({ page }) => {
	await serveTimeline(page, demoTimeline);
	await openApp(page, '?from=1960-01-01&to=1970-01-01');
	const before = await visibleRange(page);
	const box = await page.getByTestId('overview').boundingBox();
	if (!box) throw new Error('overview has no box');
	await page.mouse.click(box.x + box.width * 0.85, box.y + box.height / 2);
	await expect.poll(async () => (await visibleRange(page)).fromMs).toBeGreaterThan(before.toMs);
	await expectUrlShowsRange(page);
});
