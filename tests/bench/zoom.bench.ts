import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { syntheticTimeline } from '../e2e/support/syntheticTimeline.ts';
import { visibleRange } from '../e2e/support/app.ts';
import { frameRecorder, summarise, type FrameSamples } from './frameStats.ts';

const EVENTS = 10_000;
const DURATION_MS = 3_000;
const BUDGET_MS = 16;
const body = JSON.stringify(syntheticTimeline({ events: EVENTS, seed: 42 }));

test('zooming in and out over 10,000 events keeps the median frame under 16 ms', async ({
	page,
}) => {
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
	// About one wheel event per frame, like a trackpad: half the time zooming in towards the pointer
	// (decades down to days), half zooming back out. Not awaited one by one, since each round trip
	// to the browser takes longer than a frame.
	while (Date.now() - started < DURATION_MS) {
		const zoomingIn = Date.now() - started < DURATION_MS / 2;
		if (!zoomingIn && deepest === full) {
			await Promise.all(pending);
			deepest = await visibleRange(page);
		}
		pending.push(page.mouse.wheel(0, zoomingIn ? -60 : 60));
		await new Promise((resolve) => setTimeout(resolve, 16));
	}
	await Promise.all(pending);
	const wheels = pending.length;
	const samples = await page.evaluate(() =>
		(window as unknown as { __stopFrames(): FrameSamples }).__stopFrames(),
	);
	const frames = summarise(samples.deltas);
	const work = summarise(samples.work);
	const zoomFactor = Math.round(full.spanMs / deepest.spanMs);
	const result = {
		events: EVENTS,
		loadMs,
		wheels,
		zoomFactor,
		deepest: [deepest.from, deepest.to],
		durationMs: DURATION_MS,
		budgetMs: BUDGET_MS,
		frames,
		work,
	};
	mkdirSync('reports', { recursive: true });
	writeFileSync('reports/bench-browser.json', `${JSON.stringify(result, null, '\t')}\n`);
	console.log(
		`bench:browser ${EVENTS} events (shown after ${loadMs} ms), ${wheels} wheel events, zoomed ${zoomFactor}× and back: frame work median ${work.median.toFixed(1)} ms, ` +
			`p95 ${work.p95.toFixed(1)} ms, max ${work.max.toFixed(1)} ms over ${work.count} frames; ` +
			`rAF interval median ${frames.median.toFixed(1)} ms, p95 ${frames.p95.toFixed(1)} ms, max ${frames.max.toFixed(1)} ms`,
	);
	expect(work.median).toBeLessThan(BUDGET_MS);
	expect(frames.count).toBeGreaterThan(30);
	expect(zoomFactor).toBeGreaterThan(50);
});

test('the production bundle stays within 100 KB gzipped', () => {
	const run = spawnSync(process.execPath, ['scripts/bundle-size.mjs'], { encoding: 'utf8' });
	console.log(run.stdout.trim());
	if (run.stderr) console.error(run.stderr.trim());
	expect(run.status).toBe(0);
});
