import { expect, test } from '@playwright/test';
import { expectUrlShowsRange, openApp, serveTimeline, visibleRange } from './support/app.ts';
import { demoTimeline } from './support/demoTimeline.ts';
import { isoToMs } from './support/urlView.ts';

test('an era chip moves the view to the era and writes it to the URL', async ({ page }) => {
	await serveTimeline(page, demoTimeline);
	await openApp(page);
	const era = demoTimeline.eras[1];
	if (!era) throw new Error('demo timeline needs two eras');
	const start = isoToMs(era.start);
	const end = isoToMs(era.end);
	const slack = (end - start) * 0.1;
	await page
		.getByRole('navigation', { name: 'Eras' })
		.getByRole('button', { name: era.title })
		.click();
	await expect
		.poll(async () => {
			const r = await visibleRange(page);
			return Math.abs(r.fromMs - start) <= slack && Math.abs(r.toMs - end) <= slack;
		})
		.toBe(true);
	await expectUrlShowsRange(page);
});

test('under reduced motion an era chip moves the view at once', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await serveTimeline(page, demoTimeline);
	await openApp(page);
	const era = demoTimeline.eras[2];
	if (!era) throw new Error('demo timeline needs three eras');
	const start = isoToMs(era.start);
	const end = isoToMs(era.end);
	await page
		.getByRole('navigation', { name: 'Eras' })
		.getByRole('button', { name: era.title })
		.click();
	// Read once, without polling: an animated transition would still be on its way.
	const r = await visibleRange(page);
	const slack = (end - start) * 0.1;
	expect(Math.abs(r.fromMs - start)).toBeLessThanOrEqual(slack);
	expect(Math.abs(r.toMs - end)).toBeLessThanOrEqual(slack);
});
