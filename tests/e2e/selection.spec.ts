import { expect, test, type Page } from '@playwright/test';
import { marker, openApp, selectedIds, serveTimeline } from './support/app.ts';
import { demoEvent, demoTimeline } from './support/demoTimeline.ts';
import { sourceText } from './support/syntheticTimeline.ts';
import { parseUrlView } from './support/urlView.ts';

/** The event list's button for an event. */
function listButton(page: Page, id: string) {
	return page.getByRole('region', { name: 'Event list' }).locator(`[data-list-event-id="${id}"]`);
}

test.beforeEach(async ({ page }) => {
	await serveTimeline(page, demoTimeline);
	await openApp(page);
});

test('clicking an event opens the panel with its source sentence and date phrase marked', async ({
	page,
}) => {
	const event = demoEvent(5);
	const { sentence, phrase } = sourceText(demoTimeline, event);
	await marker(page, event.id).click();
	const panel = page.getByTestId('detail-panel');
	await expect(panel).toBeVisible();
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText(event.title);
	await expect(panel.getByTestId('source-sentence')).toHaveText(sentence);
	await expect(panel.getByTestId('source-phrase')).toHaveText(phrase);
	await expect(panel.getByTestId('source-sentence')).toBeInViewport();
});

test('selecting an event pushes a history entry that names it', async ({ page }) => {
	const event = demoEvent(5);
	const before = await page.evaluate(() => history.length);
	await marker(page, event.id).click();
	await expect.poll(() => parseUrlView(page.url()).event).toBe(event.id);
	expect(await page.evaluate(() => history.length)).toBe(before + 1);
	await expect.poll(() => selectedIds(page)).toEqual([event.id]);
});

test('Back returns to the previous selection', async ({ page }) => {
	const a = demoEvent(3);
	const b = demoEvent(9);
	// Selected from the list, so this test is about history alone, whatever clicks on markers do.
	await listButton(page, a.id).click();
	await expect.poll(() => parseUrlView(page.url()).event).toBe(a.id);
	await listButton(page, b.id).click();
	await expect.poll(() => parseUrlView(page.url()).event).toBe(b.id);
	await page.goBack();
	await expect.poll(() => parseUrlView(page.url()).event).toBe(a.id);
	await expect.poll(() => selectedIds(page)).toEqual([a.id]);
	await expect(page.getByTestId('detail-panel').getByRole('heading', { level: 2 })).toHaveText(
		a.title,
	);
});

test('selecting a row of the event list selects the same event on the timeline', async ({
	page,
}) => {
	const event = demoEvent(7);
	const row = listButton(page, event.id);
	await row.click();
	await expect(row).toHaveAttribute('aria-pressed', 'true');
	await expect.poll(() => selectedIds(page)).toEqual([event.id]);
});
