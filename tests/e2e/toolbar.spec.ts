import { expect, test } from '@playwright/test';
import { expectUrlShowsRange, openApp, serveTimeline, visibleRange } from './support/app.ts';
import { demoTimeline } from './support/demoTimeline.ts';
import { isoToMs } from './support/urlView.ts';

test.beforeEach(async ({ page }) => {
	await serveTimeline(page, demoTimeline);
	await openApp(page);
});

test('Zoom in narrows the view and Fit all restores the whole timeline', async ({ page }) => {
	const full = await visibleRange(page);
	await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
	await expect.poll(async () => (await visibleRange(page)).spanMs).toBeLessThan(full.spanMs * 0.9);
	await expectUrlShowsRange(page);
	await page.getByRole('button', { name: 'Fit all', exact: true }).click();
	await expect.poll(async () => (await visibleRange(page)).from).toBe(full.from);
	expect((await visibleRange(page)).to).toBe(full.to);
});

test('Next era moves the view onto the following era', async ({ page }) => {
	const [first, second] = demoTimeline.eras;
	if (!first || !second) throw new Error('demo timeline needs two eras');
	await page
		.getByRole('navigation', { name: 'Eras' })
		.getByRole('button', { name: first.title })
		.click();
	await expect
		.poll(async () => (await visibleRange(page)).toMs)
		.toBeLessThan(isoToMs(second.start));
	await page.getByRole('button', { name: 'Next era', exact: true }).click();
	const middle = (isoToMs(second.start) + isoToMs(second.end)) / 2;
	await expect
		.poll(async () => {
			const r = await visibleRange(page);
			return r.fromMs < middle && middle < r.toMs && r.fromMs > isoToMs(first.end) - r.spanMs * 0.2;
		})
		.toBe(true);
});

test('Copy link puts the current address on the clipboard and says so', async ({
	page,
	context,
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.getByRole('button', { name: 'Copy link', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
});
