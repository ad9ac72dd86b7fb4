import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openApp, serveTimeline } from './support/app.ts';
import { demoEvent, demoTimeline } from './support/demoTimeline.ts';

/** Runs axe-core and returns one readable line per violation, so a failure says what to fix. */
async function violations(page: Page): Promise<string[]> {
	const { violations } = await new AxeBuilder({ page }).analyze();
	return violations.map(
		(v) =>
			`${v.id} (${v.impact}): ${v.help} — ${v.nodes
				.map((n) => n.target.join(' '))
				.slice(0, 3)
				.join(', ')}`,
	);
}

const withPanel = `?event=${demoEvent(5).id}`;

test.beforeEach(async ({ page }) => {
	await serveTimeline(page, demoTimeline);
});

test('the main view has no axe-core violations', async ({ page }) => {
	await openApp(page);
	expect(await violations(page)).toEqual([]);
});

test('the view with the detail panel open has no axe-core violations', async ({ page }) => {
	await openApp(page, withPanel);
	await expect(page.getByTestId('detail-panel')).toBeVisible();
	expect(await violations(page)).toEqual([]);
});

test('the view at 360 px width has no axe-core violations', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await openApp(page, withPanel);
	await expect(page.getByTestId('detail-panel')).toBeVisible();
	expect(await violations(page)).toEqual([]);
});

test('the dark view has no axe-core violations', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await openApp(page, withPanel);
	await expect(page.getByTestId('detail-panel')).toBeVisible();
	expect(await violations(page)).toEqual([]);
});
