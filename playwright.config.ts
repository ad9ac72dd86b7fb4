import { defineConfig } from '@playwright/test';

/** Debian's Chromium: Playwright's own browser downloads cannot reach the network here. */
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Port and build directory can be moved so that two checkouts' browser runs do not collide. */
const port = Number(process.env.PW_PORT ?? 4173);
const outDir = process.env.PW_OUT ?? 'dist';

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.spec.ts',
	fullyParallel: false,
	workers: 1,
	retries: process.env.CI ? 1 : 0,
	timeout: 30_000,
	reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		viewport: { width: 1280, height: 800 },
		launchOptions: {
			executablePath,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run',
			],
		},
	},
	webServer: {
		command: `npm run extract && npx vite build --outDir ${outDir} && npx vite preview --outDir ${outDir} --host 127.0.0.1 --port ${port} --strictPort`,
		url: `http://127.0.0.1:${port}`,
		reuseExistingServer: !process.env.CI,
		timeout: 180_000,
	},
});
