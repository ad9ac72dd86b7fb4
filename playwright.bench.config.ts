import { defineConfig } from '@playwright/test';
import base from './playwright.config.ts';

/**
 * Browser benchmarks: the main config's browser, viewport and web server, but only tests/bench,
 * no retries (a retried timing hides a slow run) and a report of its own.
 */
export default defineConfig({
	...base,
	testDir: 'tests/bench',
	testMatch: '**/*.bench.ts',
	retries: 0,
	timeout: 120_000,
	reporter: [['list'], ['json', { outputFile: 'reports/playwright-bench.json' }]],
});
