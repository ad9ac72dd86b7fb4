import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { syntheticTimeline } from '../e2e/support/syntheticTimeline.ts';
import { describeResult, zoomSession } from './zoomSession.ts';

const DURATION_MS = 3_000;
const BUDGET_MS = 16;

test('zooming in and out over 10,000 events keeps the median frame under 16 ms', async ({
	page,
}) => {
	// A 16-event run first, as a control: when it too is over budget, the machine is the bottleneck.
	const control = await zoomSession(
		page,
		syntheticTimeline({ events: 16, spread: 'even' }),
		DURATION_MS,
	);
	const result = await zoomSession(
		page,
		syntheticTimeline({ events: 10_000, seed: 42 }),
		DURATION_MS,
	);
	mkdirSync('reports', { recursive: true });
	writeFileSync(
		'reports/bench-browser.json',
		`${JSON.stringify({ budgetMs: BUDGET_MS, durationMs: DURATION_MS, result, control }, null, '\t')}\n`,
	);
	console.log(`bench:browser ${describeResult(result)}`);
	console.log(`bench:browser control: ${describeResult(control)}`);
	expect(result.work.median).toBeLessThan(BUDGET_MS);
	expect(result.frames.count).toBeGreaterThan(30);
	expect(result.zoomFactor).toBeGreaterThan(50);
});

test('the production bundle stays within 100 KB gzipped', () => {
	const run = spawnSync(process.execPath, ['scripts/bundle-size.mjs'], { encoding: 'utf8' });
	console.log(run.stdout.trim());
	if (run.stderr) console.error(run.stderr.trim());
	expect(run.status).toBe(0);
});
