import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { expectViewSettled, openApp, visibleRange } from './support/app.ts';

/** A pasted article with a dateline, an absolute date and a weekday to resolve against it. */
const MUSEUM = `Town opens museum for bicentennial memories
SPRINGFIELD, Ill., March 6, 2024 — The town opened its new history museum on Monday, mayor Ann Lee said. The building was first dedicated on July 4, 1976, during the bicentennial celebrations.`;

/** A second article that mentions the same 1976 dedication. */
const FLOOD = `Storm floods river towns
RIVERTON, Ore., March 8, 2024 — Heavy rain flooded the valley on Tuesday. The museum, first dedicated on July 4, 1976, during the bicentennial celebrations, stayed dry.`;

/** Ids end with the event's date; the 1976 dedication is the only event on that day. */
const DEDICATION = '1976-07-04';
const dedicationRow = (page: Page) => page.locator(`[data-list-event-id$="${DEDICATION}"]`);
const dedication = (page: Page) =>
	page.getByTestId('timeline').locator(`[data-event-id$="${DEDICATION}"]`);

async function violations(page: Page): Promise<string[]> {
	const { violations } = await new AxeBuilder({ page }).analyze();
	return violations.map(
		(v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
	);
}

async function paste(page: Page, text: string) {
	await page.getByRole('button', { name: 'Add article' }).click();
	await page.getByLabel('Article text').fill(text);
	await page.getByRole('button', { name: 'Add to timeline' }).click();
}

/** Drops files on the page through a DataTransfer built in the page, as a real drag would. */
async function drop(page: Page, files: { name: string; text: string }[]) {
	const transfer = await page.evaluateHandle((list) => {
		const dt = new DataTransfer();
		for (const f of list) dt.items.add(new File([f.text], f.name, { type: 'text/plain' }));
		return dt;
	}, files);
	await page.dispatchEvent('body', 'dragenter', { dataTransfer: transfer });
	await expect(page.getByTestId('drop-overlay')).toBeVisible();
	await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
	await expect(page.getByTestId('drop-overlay')).toBeHidden();
}

/** The id of an event of the server's timeline (extracted from the seed). */
async function seedEvent(page: Page): Promise<string> {
	const served = (await (await page.request.get('/timeline.json')).json()) as {
		events: { id: string; start: string }[];
	};
	return served.events.find((e) => e.start.startsWith('1953'))!.id;
}

const legend = (page: Page) => page.getByRole('list', { name: 'Articles in this timeline' });

test('a pasted article joins the timeline with its absolute and relative dates', async ({
	page,
}) => {
	await openApp(page);
	await paste(page, MUSEUM);
	await expect(dedication(page)).toHaveAttribute('aria-label', /4 Jul 1976/);
	// "on Monday" in an article datelined Wednesday 6 March 2024.
	await expect(page.locator('[data-list-event-id$="2024-03-04"]')).toHaveCount(1);
	await expect(legend(page).getByRole('listitem')).toHaveCount(2);
	await expect(page.locator('.meta')).toContainText('from 2 articles');
	// The seed's events are still there: the seed was extracted again with the new article.
	await expect(page.locator(`[data-list-event-id="${await seedEvent(page)}"]`)).toHaveCount(1);
});

test('two dropped files merge into one timeline; an event both mention is shown once', async ({
	page,
}) => {
	await openApp(page);
	await drop(page, [
		{ name: 'museum.txt', text: MUSEUM },
		{ name: 'flood.txt', text: FLOOD },
	]);
	await expect(legend(page).getByRole('listitem')).toHaveCount(3);
	await expect(dedicationRow(page)).toHaveCount(1);
	await dedicationRow(page).click();
	const sources = page.getByTestId('detail-panel').getByRole('group', { name: 'Sources' });
	await expect(sources.getByRole('button')).toHaveCount(2);
	await sources.getByRole('button', { name: 'Source 2' }).click();
	await expect(page.getByTestId('detail-panel')).toContainText('Storm floods river towns');
});

test('a refused file gets its own message and the good file still goes in', async ({ page }) => {
	await openApp(page);
	await drop(page, [
		{ name: 'museum.txt', text: MUSEUM },
		{ name: 'photo.png', text: 'not an article' },
	]);
	await expect(legend(page).getByRole('listitem')).toHaveCount(2);
	await expect(page.getByText(/photo\.png/)).toBeVisible();
});

test('hiding a document filters its events out of the timeline and the list', async ({ page }) => {
	await openApp(page);
	await paste(page, MUSEUM);
	await expect(legend(page).getByRole('listitem')).toHaveCount(2);
	const toggle = legend(page).getByRole('button', { name: /Town opens museum/ });
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	await expect(dedicationRow(page)).toHaveCount(0);
	await expect(page.locator(`[data-list-event-id="${await seedEvent(page)}"]`)).toHaveCount(1);
	await toggle.click();
	await expect(dedicationRow(page)).toHaveCount(1);
});

test('correcting the article date moves its relative events', async ({ page }) => {
	await openApp(page);
	await paste(page, MUSEUM);
	const item = legend(page).getByRole('listitem').filter({ hasText: 'Town opens museum' });
	await expect(item.getByTestId('article-date')).toHaveText('6 Mar 2024 · from dateline');
	await item.getByLabel(/Article date of/).fill('2024-04-10');
	await item.getByRole('button', { name: 'Set date' }).click();
	await expect(page.locator('[data-list-event-id$="2024-04-08"]')).toHaveCount(1);
	await expect(page.locator('[data-list-event-id$="2024-03-04"]')).toHaveCount(0);
	await expect(dedication(page)).toHaveCount(1);
});

test('Copy link carries the articles: a fresh browser shows the same timeline and view', async ({
	page,
	context,
	browser,
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await openApp(page);
	await paste(page, MUSEUM);
	await expect(dedication(page)).toHaveCount(1);
	await dedicationRow(page).click();
	await expectViewSettled(page);
	const wide = await visibleRange(page);
	await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
	// The link must be copied once the zoom has ended, not while the URL still shows the view
	// from before it.
	await expect.poll(async () => (await visibleRange(page)).spanMs).toBeLessThan(wide.spanMs);
	await expectViewSettled(page);
	await page.getByRole('button', { name: 'Copy link', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
	const href = await page.evaluate(() => navigator.clipboard.readText());
	expect(href).toMatch(/#share=[A-Za-z0-9_-]+$/);
	const before = await visibleRange(page);
	const events = await page
		.locator('[data-list-event-id]')
		.evaluateAll((els) => els.map((e) => e.getAttribute('data-list-event-id')));

	const fresh = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const other = await fresh.newPage();
	await other.goto(href);
	await expect(other.getByTestId('detail-panel')).toBeVisible();
	await expect(dedication(other)).toHaveAttribute('aria-pressed', 'true');
	const after = await visibleRange(other);
	const msPerPixel = before.spanMs / 1200;
	expect(Math.abs(after.fromMs - before.fromMs)).toBeLessThanOrEqual(msPerPixel);
	expect(Math.abs(after.toMs - before.toMs)).toBeLessThanOrEqual(msPerPixel);
	expect(
		await other
			.locator('[data-list-event-id]')
			.evaluateAll((els) => els.map((e) => e.getAttribute('data-list-event-id'))),
	).toEqual(events);
	await fresh.close();
});

test('a share link that does not decode says so and shows the server timeline', async ({
	page,
}) => {
	await page.goto('/#share=not-a-real-payload');
	await expect(page.getByTestId('notice')).toContainText('could not be opened');
	await expect(page.getByTestId('timeline-plot')).toBeVisible();
	await expect(page.locator(`[data-list-event-id="${await seedEvent(page)}"]`)).toHaveCount(1);
});

test('the input panel and a two-document timeline have no axe-core violations', async ({
	page,
}) => {
	await openApp(page);
	await page.getByRole('button', { name: 'Add article' }).click();
	await expect(page.getByLabel('Article text')).toBeFocused();
	expect(await violations(page)).toEqual([]);
	await page.getByLabel('Article text').fill(MUSEUM);
	await page.getByRole('button', { name: 'Add to timeline' }).click();
	await expect(legend(page).getByRole('listitem')).toHaveCount(2);
	expect(await violations(page)).toEqual([]);
	await page.setViewportSize({ width: 360, height: 740 });
	expect(await violations(page)).toEqual([]);
});

test('articles too long for a link are offered as a timeline JSON download instead', async ({
	page,
	context,
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await openApp(page);
	// Pseudo-random words compress badly, so the link would pass the documented limit.
	let seed = 7;
	const word = () =>
		Array.from({ length: 6 }, () => {
			seed = (seed * 48271) % 2147483647;
			return String.fromCharCode(97 + (seed % 26));
		}).join('');
	const filler = Array.from({ length: 3000 }, word).join(' ');
	await paste(page, `${MUSEUM}\n${filler}.`);
	await expect(dedication(page)).toHaveCount(1);
	await page.getByRole('button', { name: 'Copy link', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: 'too long for a link' })).toBeVisible();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download timeline JSON' }).click(),
	]);
	const saved = JSON.parse(
		await (
			await download.createReadStream()
		)
			.toArray()
			.then((c) => Buffer.concat(c).toString('utf8')),
	) as {
		events: { id: string }[];
	};
	const listed = await page
		.locator('[data-list-event-id]')
		.evaluateAll((els) => els.map((e) => e.getAttribute('data-list-event-id')));
	expect(saved.events.map((e) => e.id).sort()).toEqual(listed.sort());
});

test('a long article shows its progress, and Cancel keeps the timeline as it was', async ({
	page,
}) => {
	await openApp(page);
	const rows = await page.locator('[data-list-event-id]').count();
	const long = `${MUSEUM}\n${Array.from({ length: 4000 }, (_, i) => `On Monday, ${i + 1} people visited the museum, officials said on March ${(i % 28) + 1}, 2023.`).join(' ')}`;
	await paste(page, long);
	const progress = page.getByRole('progressbar', { name: /Reading the articles/ });
	await expect(progress).toBeVisible();
	await page.getByRole('button', { name: 'Cancel', exact: true }).click();
	await expect(progress).toBeHidden();
	await expect(page.getByText('Extraction cancelled — the timeline is unchanged.')).toBeVisible();
	await expect(legend(page).getByRole('listitem')).toHaveCount(1);
	await expect(page.locator('[data-list-event-id]')).toHaveCount(rows);
});

test('two documents in dark mode have no axe-core violations', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await openApp(page);
	await paste(page, MUSEUM);
	await expect(legend(page).getByRole('listitem')).toHaveCount(2);
	expect(await violations(page)).toEqual([]);
});
