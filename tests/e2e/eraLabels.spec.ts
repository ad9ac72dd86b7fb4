import { expect, test } from '@playwright/test';
import { openApp } from './support/app.ts';

test('at fit-all every era title is drawn on the plot and no two titles overlap', async ({
	page,
}) => {
	await openApp(page);
	const plot = await page.getByTestId('timeline-plot').boundingBox();
	const titles = page.getByTestId('timeline').locator('[data-era-id] text');
	const served = (await (await page.request.get('/timeline.json')).json()) as { eras: unknown[] };
	await expect(titles).toHaveCount(served.eras.length);
	const boxes = [];
	for (const t of await titles.all()) boxes.push((await t.boundingBox())!);
	for (const b of boxes) {
		expect(b.x).toBeGreaterThanOrEqual(plot!.x);
		expect(b.x + b.width).toBeLessThanOrEqual(plot!.x + plot!.width);
	}
	boxes.sort((a, b) => a.x - b.x);
	for (let i = 1; i < boxes.length; i++)
		expect(boxes[i]!.x).toBeGreaterThanOrEqual(boxes[i - 1]!.x + boxes[i - 1]!.width);
});
