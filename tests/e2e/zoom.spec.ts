import { expect, test } from '@playwright/test';
import { expectUrlShowsRange, openApp, serveTimeline, visibleRange } from './support/app.ts';
import { demoTimeline } from './support/demoTimeline.ts';

test.beforeEach(async ({ page }) => {
	await serveTimeline(page, demoTimeline);
	await openApp(page);
});

test('wheeling up over the plot narrows the visible range and writes it to the URL', async ({
	page,
}) => {
	const before = await visibleRange(page);
	const box = await page.getByTestId('timeline-plot').boundingBox();
	if (!box) throw new Error('plot has no box');
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await page.mouse.wheel(0, -400);
	await expect
		.poll(async () => (await visibleRange(page)).spanMs)
		.toBeLessThan(before.spanMs * 0.8);
	await expectUrlShowsRange(page);
});

test('wheeling down after zooming in widens the visible range again', async ({ page }) => {
	const box = await page.getByTestId('timeline-plot').boundingBox();
	if (!box) throw new Error('plot has no box');
	const full = await visibleRange(page);
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await page.mouse.wheel(0, -600);
	await expect.poll(async () => (await visibleRange(page)).spanMs).toBeLessThan(full.spanMs * 0.6);
	const zoomed = await visibleRange(page);
	await page.mouse.wheel(0, 300);
	await expect
		.poll(async () => (await visibleRange(page)).spanMs)
		.toBeGreaterThan(zoomed.spanMs * 1.2);
	await expectUrlShowsRange(page);
});

test('wheel zoom keeps the date under the pointer in place', async ({ page }) => {
	const box = await page.getByTestId('timeline-plot').boundingBox();
	if (!box) throw new Error('plot has no box');
	// Off-centre, so zooming about the middle instead of the pointer would show.
	const fraction = 0.3;
	await page.mouse.move(box.x + box.width * fraction, box.y + box.height / 2);
	const before = await visibleRange(page);
	await page.mouse.wheel(0, -400);
	await expect
		.poll(async () => (await visibleRange(page)).spanMs)
		.toBeLessThan(before.spanMs * 0.8);
	const after = await visibleRange(page);
	const dateAt = (r: typeof before) => r.fromMs + fraction * r.spanMs;
	const msPerPixel = after.spanMs / box.width;
	expect(Math.abs(dateAt(after) - dateAt(before)) / msPerPixel).toBeLessThan(2);
});
