import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openApp } from './support/app.ts';

/** An article with no dateline and no date at all: only "today" and "on Monday" date its news. */
const POOL = `Town pool reopens after repairs
The town pool reopened today after a summer of repairs. Lifeguards returned to their towers on Monday, the parks department said.`;

/** Today in the page's own time zone, and the Monday on or before it, as `YYYY-MM-DD`. */
async function todayAndMonday(page: Page): Promise<{ today: string; monday: string }> {
	return page.evaluate(() => {
		const iso = (d: Date) =>
			`${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
		const now = new Date();
		const monday = new Date(now);
		monday.setDate(now.getDate() - ((now.getDay() + 6) % 7));
		return { today: iso(now), monday: iso(monday) };
	});
}

async function paste(page: Page, text: string) {
	await page.getByRole('button', { name: 'Add article' }).click();
	await page.getByLabel('Article text').fill(text);
	await page.getByRole('button', { name: 'Add to timeline' }).click();
}

const prompt = (page: Page) =>
	page.getByRole('region', { name: 'When was “Town pool reopens after repairs” written?' });
/** The event list's row of an event on `day` (on the plot, two close events share a cluster). */
const row = (page: Page, day: string, title: string | RegExp) =>
	page.locator(`[data-list-event-id$="-${day}"]`, { hasText: title });

test('an article without a date asks for it, today prefilled, and places its events once given', async ({
	page,
}) => {
	await openApp(page);
	const { today, monday } = await todayAndMonday(page);
	await paste(page, POOL);

	await expect(prompt(page)).toBeVisible();
	await expect(prompt(page).getByLabel('Article date')).toHaveValue(today);
	const legendRow = page
		.getByRole('list', { name: 'Articles in this timeline' })
		.getByRole('listitem')
		.filter({ hasText: 'Town pool reopens' });
	await expect(legendRow.getByTestId('article-date')).toHaveText(
		'date unknown · 2 events wait for it',
	);
	await expect(page.locator('[data-list-event-id]', { hasText: 'Lifeguards' })).toHaveCount(0);

	// Keyboard only: reach the confirm button and press Enter.
	await prompt(page).getByRole('button', { name: 'Place 2 events' }).focus();
	await page.keyboard.press('Enter');

	await expect(prompt(page)).toHaveCount(0);
	await expect(legendRow.getByTestId('article-date')).toContainText('date given for this article');
	await expect(row(page, today, /town pool reopen/i)).toHaveCount(1);
	await expect(row(page, monday, 'Lifeguards returned')).toHaveCount(1);
});

test('the date prompt has no axe-core violations', async ({ page }) => {
	await openApp(page);
	await paste(page, POOL);
	await expect(prompt(page)).toBeVisible();
	const { violations } = await new AxeBuilder({ page })
		.include('[data-testid="date-prompt"]')
		.analyze();
	expect(
		violations.map(
			(v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
		),
	).toEqual([]);
});
