import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { fromTimelineJs3 } from '../../src/formats/timelineJs3.ts';
import { sample, XSS } from '../fixtures/formats/sample.ts';
import { openApp, serveTimeline } from './support/app.ts';

const ERAS_FIXTURE = new URL('../fixtures/formats/timelinejs3-eras.json', import.meta.url).pathname;

/** Picks an Export menu item and returns the downloaded files' names and bytes. */
async function exportAs(
	page: Page,
	label: string,
	count = 1,
): Promise<{ name: string; bytes: Buffer }[]> {
	const downloads: Promise<{ name: string; bytes: Buffer }>[] = [];
	const seen = new Promise<void>((resolve) => {
		page.on('download', (download) => {
			downloads.push(
				download.path().then(async (path) => ({
					name: download.suggestedFilename(),
					bytes: await readFile(path),
				})),
			);
			if (downloads.length === count) resolve();
		});
	});
	await page.getByRole('button', { name: 'Export' }).click();
	await page.getByRole('menuitem', { name: label }).click();
	await seen;
	return Promise.all(downloads);
}

/** Parses markup in the page's own DOMParser and reports what the tests need. */
function inspect(page: Page, text: string, type: 'application/xml' | 'image/svg+xml') {
	return page.evaluate(
		([text, type]) => {
			const dom = new DOMParser().parseFromString(text, type as DOMParserSupportedType);
			const all = [...dom.querySelectorAll('*')];
			return {
				errors: dom.getElementsByTagName('parsererror').length,
				root: dom.documentElement.localName,
				active: all.filter(
					(el) =>
						['script', 'img', 'a', 'iframe', 'foreignObject'].includes(el.localName) ||
						[...el.attributes].some((a) => /^on/i.test(a.name) || /^\s*javascript:/i.test(a.value)),
				).length,
				eventLabels: [...dom.querySelectorAll('[data-event-id] > text')].map((t) => t.textContent),
				timexes: [...dom.querySelectorAll('TEXT > TIMEX3')].map((t) => t.textContent),
				text: dom.documentElement.textContent ?? '',
			};
		},
		[text, type] as const,
	);
}

test.describe('open formats', () => {
	test.beforeEach(async ({ page }) => {
		await serveTimeline(page, sample);
		await openApp(page);
	});

	test('Dateline JSON export reads back as the same timeline', async ({ page }) => {
		const [file] = await exportAs(page, 'Dateline JSON');
		expect(file!.name).toMatch(/\.json$/);
		expect(JSON.parse(file!.bytes.toString('utf8'))).toEqual(sample);
	});

	test('TimelineJS3 export reads back as the same timeline', async ({ page }) => {
		const [file] = await exportAs(page, 'TimelineJS3 JSON');
		const back = fromTimelineJs3(JSON.parse(file!.bytes.toString('utf8')));
		expect(back.ok && back.timeline).toEqual(sample);
	});

	test('CSV export has a header and one row per event', async ({ page }) => {
		const [file] = await exportAs(page, 'CSV');
		const text = file!.bytes.toString('utf8');
		expect(file!.name).toMatch(/\.csv$/);
		expect(text.split('\r\n')[0]).toMatch(/^id,title,date,start,end,/);
		for (const e of sample.events) expect(text).toMatch(new RegExp(`\\r\\n${e.id},`));
		expect(text).toContain("'=SUM(A1:A9)");
	});

	test('iCalendar export has an all-day VEVENT per event', async ({ page }) => {
		const [file] = await exportAs(page, 'iCalendar (.ics)');
		const text = file!.bytes.toString('utf8').replace(/\r\n /g, '');
		expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
		const uids = [...text.matchAll(/^UID:(.*)$/gm)].map((m) => m[1]!.trim());
		expect(uids).toEqual(sample.events.map((e) => `${e.id}@dateline`));
		expect(text).toContain('DTSTART;VALUE=DATE:20210503\r\nDTEND;VALUE=DATE:20210504');
	});

	test('TimeML export marks every mention and keeps markup as text', async ({ page }) => {
		const [file] = await exportAs(page, 'TimeML');
		const parsed = await inspect(page, file!.bytes.toString('utf8'), 'application/xml');
		expect(parsed).toMatchObject({ errors: 0, root: 'TimeML', active: 0 });
		expect(parsed.timexes).toEqual(sample.documents[0]!.mentions.map((m) => m.text));
		for (const payload of XSS) expect(parsed.text).toContain(payload);
	});

	test('SVG export draws every event label and runs nothing', async ({ page }) => {
		const [file] = await exportAs(page, 'SVG image');
		const parsed = await inspect(page, file!.bytes.toString('utf8'), 'image/svg+xml');
		expect(parsed).toMatchObject({ errors: 0, root: 'svg', active: 0 });
		expect(parsed.eventLabels).toEqual(sample.events.map((e) => e.title));
	});

	test('PNG export is a PNG of the whole SVG at twice its size', async ({ page }) => {
		const [file] = await exportAs(page, 'PNG image');
		const png = file!.bytes;
		expect(file!.name).toMatch(/\.png$/);
		expect(png.subarray(0, 8)).toEqual(
			Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		);
		expect(png.readUInt32BE(16)).toBe(3200);
		expect(png.readUInt32BE(20)).toBeGreaterThan(200);
	});

	test('opening the Knight Lab TimelineJS3 example shows its events and eras', async ({ page }) => {
		await page.getByTestId('open-timeline-input').setInputFiles(ERAS_FIXTURE);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Eras Test');
		const list = page.getByRole('region', { name: 'Event list' });
		await expect(list.locator('[data-list-event-id]')).toHaveCount(20);
		await expect(list).toContainText('Battle of Nineveh');
		await expect(page.getByRole('navigation', { name: 'Eras' })).toContainText(
			'Tang Dynasty in China',
		);
		await expect(page.getByRole('alert')).toHaveCount(0);
	});

	test('an unknown schemaVersion is refused in an alert and the timeline stays', async ({
		page,
	}) => {
		const heading = await page.getByRole('heading', { level: 1 }).textContent();
		await page.getByTestId('open-timeline-input').setInputFiles({
			name: 'future.json',
			mimeType: 'application/json',
			buffer: Buffer.from(JSON.stringify({ ...sample, schemaVersion: 7 })),
		});
		await expect(page.getByRole('alert')).toContainText(
			'Could not open “future.json”: This timeline uses schema version 7; Dateline reads versions 1, 2.',
		);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading!);
		const list = page.getByRole('region', { name: 'Event list' });
		await expect(list.locator('[data-list-event-id]')).toHaveCount(sample.events.length);
	});

	test('the Export menu works from the keyboard and Escape returns focus', async ({ page }) => {
		const button = page.getByRole('button', { name: 'Export' });
		await button.focus();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('menuitem', { name: 'Dateline JSON' })).toBeFocused();
		await page.keyboard.press('ArrowDown');
		await expect(page.getByRole('menuitem', { name: 'TimelineJS3 JSON' })).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(page.getByRole('menu')).toHaveCount(0);
		await expect(button).toBeFocused();
	});

	test('the file menu passes axe with the Export menu open and with an alert shown', async ({
		page,
	}) => {
		const axe = () => new AxeBuilder({ page }).include('.file-menu').analyze();
		await page.getByRole('button', { name: 'Export' }).click();
		await expect(page.getByRole('menu')).toBeVisible();
		expect((await axe()).violations).toEqual([]);
		await page.keyboard.press('Escape');
		await page.getByTestId('open-timeline-input').setInputFiles({
			name: 'notes.json',
			mimeType: 'application/json',
			buffer: Buffer.from('not json'),
		});
		await expect(page.getByRole('alert')).toBeVisible();
		expect((await axe()).violations).toEqual([]);
	});

	test('a hostile TimelineJS3 file opens as text and runs nothing', async ({ page }) => {
		const slide = (headline: string, text: string, year: number) => ({
			start_date: { year },
			text: { headline, text },
		});
		const file = {
			title: { text: { headline: 'Hostile &lt;b&gt;file&lt;/b&gt;' } },
			events: [
				slide('&lt;script&gt;window.__pwned = 1&lt;/script&gt;', 'escaped markup', 2001),
				slide(
					'Image <img src=x onerror="window.__pwned = 2">',
					'<a href="javascript:window.__pwned = 3">x</a>',
					2002,
				),
			],
		};
		await page.getByTestId('open-timeline-input').setInputFiles({
			name: 'hostile.json',
			mimeType: 'application/json',
			buffer: Buffer.from(JSON.stringify(file)),
		});
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hostile <b>file</b>');
		const list = page.getByRole('region', { name: 'Event list' });
		await expect(list).toContainText('<script>window.__pwned = 1</script>');
		await expect(list).toContainText('Image');
		await expect(page.locator('main img, main script')).toHaveCount(0);
		expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
	});
});
