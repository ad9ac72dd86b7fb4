import { expect, test } from '@playwright/test';
import { openApp, serveTimeline } from './support/app.ts';
import { demoTimeline } from './support/demoTimeline.ts';
import { syntheticTimeline } from './support/syntheticTimeline.ts';

test('the page title and the h1 come from the headline', async ({ page }) => {
	await serveTimeline(page, demoTimeline);
	await openApp(page);
	const headline = demoTimeline.documents[0]?.title ?? '';
	await expect(page).toHaveTitle(`${headline} — Dateline`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
});

test('markup in headlines, titles and article text is shown as text and never runs', async ({
	page,
}) => {
	const headline = 'Harbour <b>news</b> & <i>views</i>';
	const script = '<script>window.__pwned = 1; alert("script")</script>';
	const image = `<img src="x" onerror="window.__pwned = 2; alert('img')">`;
	const hostile = syntheticTimeline({
		events: 6,
		spread: 'even',
		headline,
		preamble: `${script} ${image} The archive opens.`,
	});
	const first = hostile.events[0];
	if (!first) throw new Error('no event');
	first.title = `<img src="y" onerror="window.__pwned = 3"> Ferry returns`;
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	await serveTimeline(page, hostile);
	await openApp(page, `?event=${first.id}`);

	const panel = page.getByTestId('detail-panel');
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText(first.title);
	await expect(panel.getByTestId('article-text')).toContainText(script);
	await expect(panel.getByTestId('article-text')).toContainText(image);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
	await expect(page).toHaveTitle(`${headline} — Dateline`);
	await expect(page.locator('img[src="x"], img[src="y"], h1 b, h1 i')).toHaveCount(0);
	expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
	expect(dialogs).toEqual([]);
});
