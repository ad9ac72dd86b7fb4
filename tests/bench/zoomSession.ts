/** One benchmark session: load a timeline, zoom in and out with the wheel, time every frame. */
import { expect, type Page } from '@playwright/test';
import type { Timeline } from '../../src/timeline.ts';
import { visibleRange } from '../e2e/support/app.ts';
import { frameRecorder, summarise, type FrameSamples } from './frameStats.ts';

/** What a session measured. */
export interface ZoomResult {
	events: number;
	loadMs: number;
	wheels: number;
	zoomFactor: number;
	deepest: [string, string];
	frames: ReturnType<typeof summarise>;
	work: ReturnType<typeof summarise>;
}

/** Serves `timeline`, waits for it to show, then zooms for `durationMs` at about one wheel event per frame. */
export async function zoomSession(
	page: Page,
	timeline: Timeline,
	durationMs: number,
): Promise<ZoomResult> {
	const body = JSON.stringify(timeline);
	await page.unroute('**/timeline.json');
	await page.route('**/timeline.json', (route) =>
		route.fulfill({ status: 200, contentType: 'application/json', body }),
	);
	const loading = Date.now();
	await page.goto('/');
	const plot = page.getByTestId('timeline-plot');
	await expect(plot).toBeVisible({ timeout: 90_000 });
	await expect(
		page.getByTestId('timeline').locator('[data-event-id], [data-cluster]').first(),
	).toBeAttached();
	const loadMs = Date.now() - loading;
	const box = await plot.boundingBox();
	if (!box) throw new Error('plot has no box');
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);

	const full = await visibleRange(page);
	let deepest = full;
	await page.evaluate(frameRecorder);
	const started = Date.now();
	const pending: Promise<void>[] = [];
	// Like a trackpad: half the time zooming in towards the pointer (decades down to days), half
	// zooming back out. Not awaited one by one, since a round trip to the browser outlasts a frame.
	while (Date.now() - started < durationMs) {
		const zoomingIn = Date.now() - started < durationMs / 2;
		if (!zoomingIn && deepest === full) {
			await Promise.all(pending);
			deepest = await visibleRange(page);
		}
		pending.push(page.mouse.wheel(0, zoomingIn ? -60 : 60));
		await new Promise((resolve) => setTimeout(resolve, 16));
	}
	await Promise.all(pending);
	const samples = await page.evaluate(() =>
		(window as unknown as { __stopFrames(): FrameSamples }).__stopFrames(),
	);
	return {
		events: timeline.events.length,
		loadMs,
		wheels: pending.length,
		zoomFactor: Math.round(full.spanMs / deepest.spanMs),
		deepest: [deepest.from, deepest.to],
		frames: summarise(samples.deltas),
		work: summarise(samples.work),
	};
}

/** One line for the console. */
export function describeResult(r: ZoomResult): string {
	const ms = (n: number) => `${n.toFixed(1)} ms`;
	return (
		`${r.events} events (shown after ${r.loadMs} ms), ${r.wheels} wheel events, zoomed ${r.zoomFactor}× and back: ` +
		`frame work median ${ms(r.work.median)}, p95 ${ms(r.work.p95)}, max ${ms(r.work.max)} over ${r.work.count} frames; ` +
		`rAF interval median ${ms(r.frames.median)}, p95 ${ms(r.frames.p95)}`
	);
}
