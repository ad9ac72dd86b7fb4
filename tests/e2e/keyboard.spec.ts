import { expect, test, type Page } from '@playwright/test';
import { marker, openApp, serveTimeline, visibleRange } from './support/app.ts';
import { demoEvents, demoTimeline } from './support/demoTimeline.ts';
import { isoToMs, parseUrlView } from './support/urlView.ts';

/** Presses Tab until a timeline marker has focus; returns its event id. */
async function tabIntoTimeline(page: Page): Promise<string> {
	for (let i = 0; i < 60; i++) {
		await page.keyboard.press('Tab');
		const id = await page.evaluate(() => {
			const el = document.activeElement;
			const inTimeline = el?.closest('[data-testid="timeline"]');
			return inTimeline ? el?.getAttribute('data-event-id') : null;
		});
		if (id) return id;
	}
	throw new Error('60 presses of Tab never reached a timeline marker');
}

test.beforeEach(async ({ page }) => {
	await serveTimeline(page, demoTimeline);
	await openApp(page);
});

test('Tab, ArrowRight and Enter select the next event in date order and open its panel', async ({
	page,
}) => {
	const first = await tabIntoTimeline(page);
	const index = demoEvents.findIndex((e) => e.id === first);
	const next = demoEvents[index + 1];
	if (!next) throw new Error(`focus entered the timeline on the last event ${first}`);
	await page.keyboard.press('ArrowRight');
	await expect(marker(page, next.id)).toBeFocused();
	await page.keyboard.press('Enter');
	const panel = page.getByTestId('detail-panel');
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText(next.title);
	await expect.poll(() => parseUrlView(page.url()).event).toBe(next.id);
});

test('Escape closes the panel and returns focus to the selected marker', async ({ page }) => {
	await tabIntoTimeline(page);
	await page.keyboard.press('ArrowRight');
	const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-event-id'));
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('detail-panel')).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(page.getByTestId('detail-panel')).toBeHidden();
	await expect(marker(page, focused ?? '')).toBeFocused();
});

test('exactly one marker is in the tab order', async ({ page }) => {
	const tabbable = page.getByTestId('timeline').locator('[data-event-id][tabindex="0"]');
	await expect(tabbable).toHaveCount(1);
});

test('plus zooms in and 0 fits everything again from the keyboard', async ({ page }) => {
	const full = await visibleRange(page);
	await tabIntoTimeline(page);
	await page.keyboard.press('+');
	await expect.poll(async () => (await visibleRange(page)).spanMs).toBeLessThan(full.spanMs * 0.9);
	await page.keyboard.press('0');
	await expect.poll(async () => (await visibleRange(page)).from).toBe(full.from);
});

test('End and Home focus the last and the first event', async ({ page }) => {
	await tabIntoTimeline(page);
	await page.keyboard.press('End');
	await expect(marker(page, demoEvents.at(-1)?.id ?? '')).toBeFocused();
	await page.keyboard.press('Home');
	await expect(marker(page, demoEvents[0]?.id ?? '')).toBeFocused();
});

test('ArrowRight onto an event outside the view pans the view to it', async ({ page }) => {
	await openApp(page, '?from=1961-01-01&to=1964-01-01');
	const first = await tabIntoTimeline(page);
	const next = demoEvents[demoEvents.findIndex((e) => e.id === first) + 1];
	if (!next) throw new Error(`focus entered the timeline on the last event ${first}`);
	const before = await visibleRange(page);
	const at = isoToMs(next.start);
	expect(at > before.toMs || at < before.fromMs, `${next.start} starts outside the view`).toBe(
		true,
	);
	await page.keyboard.press('ArrowRight');
	await expect(marker(page, next.id)).toBeFocused();
	await expect
		.poll(async () => {
			const r = await visibleRange(page);
			return r.fromMs <= at && at <= r.toMs;
		})
		.toBe(true);
});
