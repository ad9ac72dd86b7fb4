import { expect, test } from '@playwright/test';
import { validateTimeline } from '../../src/timeline.ts';
import { serveTimeline } from './support/app.ts';
import { demoTimeline } from './support/demoTimeline.ts';

test('a missing timeline.json shows the load-error alert instead of a timeline', async ({
	page,
}) => {
	await serveTimeline(page, { status: 404 });
	await page.goto('/');
	const error = page.getByTestId('load-error');
	await expect(error).toBeVisible();
	await expect(error).toHaveAttribute('role', 'alert');
	await expect(error).toContainText(/timeline\.json|404|not found/i);
	await expect(page.getByTestId('timeline-plot')).toHaveCount(0);
});

test('a timeline.json that is not JSON shows the load-error alert naming the parse problem', async ({
	page,
}) => {
	await serveTimeline(page, { body: '{oops' });
	await page.goto('/');
	const error = page.getByTestId('load-error');
	await expect(error).toBeVisible();
	await expect(error).toContainText(/JSON/);
	await expect(page.getByTestId('timeline-plot')).toHaveCount(0);
});

test('a timeline.json that breaks the schema lists the validation problems', async ({ page }) => {
	const broken = structuredClone(demoTimeline) as unknown as { events: { start: string }[] };
	broken.events[0]!.start = 'yesterday';
	const result = validateTimeline(broken);
	if (result.ok) throw new Error('the broken timeline should not validate');
	await serveTimeline(page, { body: JSON.stringify(broken) });
	await page.goto('/');
	const error = page.getByTestId('load-error');
	await expect(error).toBeVisible();
	for (const problem of result.errors) await expect(error).toContainText(problem);
});
