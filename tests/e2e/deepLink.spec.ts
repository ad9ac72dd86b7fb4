import { expect, test } from '@playwright/test';
import {
	centreX,
	expectUrlShowsRange,
	marker,
	openApp,
	selectedIds,
	serveTimeline,
	visibleRange,
	type Range,
} from './support/app.ts';
import { demoEvent, demoTimeline } from './support/demoTimeline.ts';
import { parseUrlView } from './support/urlView.ts';

test('a fresh browser opened on a shared link restores the range, the selection and the marker position', async ({
	page,
	browser,
}) => {
	await serveTimeline(page, demoTimeline);
	const event = demoEvent(6);
	await openApp(page, '?from=1968-01-01&to=1988-01-01');
	await marker(page, event.id).click();
	await expect.poll(() => parseUrlView(page.url()).event).toBe(event.id);
	await expectUrlShowsRange(page);
	const shared = {
		url: page.url(),
		range: await visibleRange(page),
		x: await centreX(marker(page, event.id)),
	};

	const context = await browser.newContext({ viewport: page.viewportSize() });
	try {
		await serveTimeline(context, demoTimeline);
		const fresh = await context.newPage();
		await fresh.goto(shared.url);
		const panel = fresh.getByTestId('detail-panel');
		await expect(panel.getByRole('heading', { level: 2 })).toHaveText(event.title);
		const range = await visibleRange(fresh);
		expect([range.from, range.to]).toEqual([shared.range.from, shared.range.to]);
		expect(await selectedIds(fresh)).toEqual([event.id]);
		expect(Math.abs((await centreX(marker(fresh, event.id))) - shared.x)).toBeLessThanOrEqual(1);
	} finally {
		await context.close();
	}
});

const badLinks: [string, string, RegExp][] = [
	['an unknown event id', '?event=no-such-event', /no-such-event/],
	['a reversed range', '?from=2010-01-01&to=1990-01-01', /./],
	['a malformed from date', '?from=banana&to=2000-01-01', /./],
	['an impossible to date', '?from=1990-01-01&to=2000-13-45', /./],
];

test.describe('bad links', () => {
	let full: Range;

	test.beforeAll(async ({ browser }, testInfo) => {
		const { baseURL, viewport } = testInfo.project.use;
		const page = await browser.newPage({ baseURL, viewport });
		await serveTimeline(page, demoTimeline);
		await openApp(page);
		full = await visibleRange(page);
		await page.close();
	});

	for (const [what, query, mentions] of badLinks) {
		test(`${what} in the link shows a notice and the full view`, async ({ page }) => {
			await serveTimeline(page, demoTimeline);
			await openApp(page, query);
			const notice = page.getByTestId('notice');
			await expect(notice).toBeVisible();
			await expect(notice).toHaveText(mentions);
			await expect(notice).toHaveAttribute('role', 'status');
			const range = await visibleRange(page);
			expect([range.from, range.to]).toEqual([full.from, full.to]);
			await expect(page.getByTestId('detail-panel')).toBeHidden();
		});
	}
});
