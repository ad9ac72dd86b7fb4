/** Page helpers shared by the browser specs: serving a timeline and reading the view back. */
import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import type { Timeline } from '../../../src/timeline.ts';
import { isoToMs, parseUrlView } from './urlView.ts';

/** What `timeline.json` should answer: a timeline, a raw body, or an HTTP status. */
export type Served = Timeline | { body: string } | { status: number };

/** Makes every `timeline.json` request of a page or a whole context answer `served`. */
export async function serveTimeline(target: Page | BrowserContext, served: Served): Promise<void> {
	await target.route('**/timeline.json', (route) => {
		if ('status' in served) return route.fulfill({ status: served.status, body: 'Not found' });
		if ('body' in served)
			return route.fulfill({ status: 200, contentType: 'application/json', body: served.body });
		return route.fulfill({ json: served });
	});
}

/** Opens the app at `query` and waits until it has rendered the timeline. */
export async function openApp(page: Page, query = ''): Promise<void> {
	await page.goto(`/${query}`);
	await expect(page.getByTestId('timeline-plot')).toBeVisible();
	await expect(page.getByTestId('visible-range')).toHaveAttribute('data-from', /\d/);
}

/** The visible range as the readout reports it. */
export interface Range {
	from: string;
	to: string;
	fromMs: number;
	toMs: number;
	spanMs: number;
}

/** Reads `[data-testid="visible-range"]`'s data-from / data-to. */
export async function visibleRange(page: Page): Promise<Range> {
	const readout = page.getByTestId('visible-range');
	const from = (await readout.getAttribute('data-from')) ?? '';
	const to = (await readout.getAttribute('data-to')) ?? '';
	const fromMs = isoToMs(from);
	const toMs = isoToMs(to);
	return { from, to, fromMs, toMs, spanMs: toMs - fromMs };
}

/** Waits until the URL's from/to describe the visible range (zoom and pan write it debounced). */
export async function expectUrlShowsRange(page: Page): Promise<void> {
	await expect
		.poll(async () => {
			const { from, to } = await visibleRange(page);
			const url = parseUrlView(page.url());
			return url.from === from && url.to === to;
		})
		.toBe(true);
}

/**
 * Waits until the view has stopped moving (a zoom or pan transition has ended) and the URL shows
 * it: a URL that still matches the range from before a transition began is not enough.
 */
export async function expectViewSettled(page: Page): Promise<void> {
	await expect
		.poll(async () => {
			const first = await visibleRange(page);
			await page.waitForTimeout(150);
			const { from, to } = await visibleRange(page);
			const url = parseUrlView(page.url());
			return first.from === from && first.to === to && url.from === from && url.to === to;
		})
		.toBe(true);
}

/** The marker of an event on the main timeline. */
export function marker(page: Page, id: string): Locator {
	return page.getByTestId('timeline').locator(`[data-event-id="${id}"]`);
}

/** Ids of the events currently shown as selected on the timeline. */
export async function selectedIds(page: Page): Promise<string[]> {
	return page
		.getByTestId('timeline')
		.locator('[data-event-id]')
		.evaluateAll((els) =>
			els
				.filter(
					(el) =>
						el.getAttribute('aria-pressed') === 'true' ||
						el.getAttribute('aria-selected') === 'true',
				)
				.map((el) => el.getAttribute('data-event-id') ?? ''),
		);
}

/** Horizontal centre of an element in CSS pixels. */
export async function centreX(element: Locator): Promise<number> {
	const box = await element.boundingBox();
	if (!box) throw new Error('element has no box');
	return box.x + box.width / 2;
}
