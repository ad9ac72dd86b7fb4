import { expect, test, type Page } from '@playwright/test';
import { marker, openApp, serveTimeline } from './support/app.ts';
import { encodeShare } from '../../src/share/shareLink.ts';
import { syntheticTimeline } from './support/syntheticTimeline.ts';

const SCRIPT = '<script>window.__xss=1</script>';
const IMAGE = '<img src=x onerror="window.__xss=1">';
const LINK = '<a href="javascript:window.__xss=1">x</a>';
const HOSTILE = `${SCRIPT} ${IMAGE} ${LINK}`;

/** Records every CSP violation of the page from its first script on. */
async function recordViolations(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { __violations: string[] }).__violations = seen;
		document.addEventListener('securitypolicyviolation', (e) =>
			seen.push(`${e.effectiveDirective} ${e.blockedURI}`),
		);
	});
}

const violations = (page: Page) =>
	page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

const xss = (page: Page) => page.evaluate(() => (window as { __xss?: unknown }).__xss);

test('the built page carries a Content-Security-Policy that allows only its own scripts', async ({
	page,
}) => {
	await page.goto('/');
	const policy = await page
		.locator('meta[http-equiv="Content-Security-Policy"]')
		.getAttribute('content');
	const directives = new Map(
		(policy ?? '').split(';').map((d) => {
			const [name = '', ...sources] = d.trim().split(/\s+/);
			return [name, sources.join(' ')] as const;
		}),
	);
	expect(directives.get('script-src')).toBe("'self'");
	expect(directives.get('default-src')).toBe("'self'");
	expect(directives.get('connect-src')).toBe("'self'");
	expect(directives.get('worker-src')).toBe("'self'");
	expect(directives.get('object-src')).toBe("'none'");
	expect(directives.get('base-uri')).toBe("'none'");
});

test('the built index.html has no inline script and loads nothing from another origin', async ({
	request,
}) => {
	const html = await (await request.get('/')).text();
	const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
	expect(scripts.length).toBeGreaterThan(0);
	for (const [, attributes, body] of scripts) {
		expect(attributes).toMatch(/\bsrc="\/[^/]/);
		expect(body?.trim()).toBe('');
	}
	expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
});

/**
 * Adds inline code to the running page — a `<script>` element or an `onclick` attribute — and
 * resolves with whether it ran and which directive refused it.
 */
function injectInline(page: Page, kind: 'script' | 'handler') {
	return page.evaluate(
		(kind) =>
			new Promise<{ ran: boolean; directive: string }>((resolve) => {
				const ran = () => (window as { __inline?: number }).__inline === 1;
				document.addEventListener('securitypolicyviolation', (e) =>
					resolve({ ran: ran(), directive: e.effectiveDirective }),
				);
				if (kind === 'script') {
					const script = document.createElement('script');
					script.textContent = 'window.__inline = 1';
					document.head.append(script);
				} else {
					const button = document.createElement('button');
					button.setAttribute('onclick', 'window.__inline = 1');
					document.body.append(button);
					button.click();
					button.remove();
				}
			}),
		kind,
	);
}

test('an inline script added to the page does not run and raises a CSP violation', async ({
	page,
}) => {
	await openApp(page);
	expect(await injectInline(page, 'script')).toEqual({ ran: false, directive: 'script-src-elem' });
	expect(await page.evaluate(() => (window as { __inline?: number }).__inline)).toBeUndefined();
});

test('an inline event handler added to the page does not run and raises a CSP violation', async ({
	page,
}) => {
	await openApp(page);
	expect(await injectInline(page, 'handler')).toEqual({ ran: false, directive: 'script-src-attr' });
});

test('selecting, zooming and reading an event requests nothing from another origin and violates no policy', async ({
	page,
	baseURL,
}) => {
	const origin = new URL(baseURL ?? '').origin;
	const requests: string[] = [];
	page.on('request', (r) => requests.push(r.url()));
	await recordViolations(page);
	const timeline = syntheticTimeline({ events: 12, spread: 'even' });
	const first = timeline.events[0]!;
	await serveTimeline(page, timeline);
	await openApp(page);
	await marker(page, first.id).click();
	await expect(page.getByTestId('detail-panel')).toBeVisible();
	await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
	await page.getByRole('button', { name: 'Zoom out', exact: true }).click();
	await page.getByTestId('timeline-plot').hover();
	await page.mouse.wheel(0, -300);
	await page.getByRole('button', { name: 'Close details' }).click();
	await expect(page.getByTestId('detail-panel')).toBeHidden();
	expect(requests.length).toBeGreaterThan(0);
	const foreign = requests.filter(
		(url) => !url.startsWith('data:') && new URL(url).origin !== origin,
	);
	expect(foreign).toEqual([]);
	expect(await violations(page)).toEqual([]);
});

test('markup and javascript: links in a timeline are shown as text in every view and never run', async ({
	page,
}) => {
	const dialogs: string[] = [];
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});
	const timeline = syntheticTimeline({
		events: 6,
		spread: 'even',
		headline: `Harbour ${HOSTILE}`,
		preamble: `${HOSTILE} The archive opens.`,
	});
	const titles = [`${IMAGE} Ferry returns`, `${LINK} Port opens`, `${SCRIPT} Bridge closes`];
	titles.forEach((title, i) => (timeline.events[i]!.title = title));
	timeline.eras[0]!.title = `${LINK} era`;
	await serveTimeline(page, timeline);
	await openApp(page);

	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Harbour ${HOSTILE}`);
	await expect(page).toHaveTitle(`Harbour ${HOSTILE} — Dateline`);
	const list = page.getByRole('region', { name: 'Event list' });
	for (const [i, title] of titles.entries()) {
		const id = timeline.events[i]!.id;
		await expect(marker(page, id)).toHaveAttribute(
			'aria-label',
			new RegExp(`^${literal(title)}, `),
		);
		await expect(list.locator(`[data-list-event-id="${id}"]`)).toContainText(title);
	}
	await expect(page.getByRole('navigation', { name: 'Eras' })).toContainText(`${LINK} era`);

	await list.locator(`[data-list-event-id="${timeline.events[1]!.id}"]`).click();
	const panel = page.getByTestId('detail-panel');
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText(titles[1]!);
	await expect(panel.getByTestId('article-text')).toContainText(HOSTILE);

	await expect(page.locator('img[src="x"], a[href^="javascript:"]')).toHaveCount(0);
	expect(
		await page
			.locator('script')
			.evaluateAll((els) => els.filter((e) => e.textContent?.includes('__xss')).length),
	).toBe(0);
	expect(await xss(page)).toBeUndefined();
	expect(dialogs).toEqual([]);
});

/** Markup in article text, between sentences the extractor dates. */
const HOSTILE_ARTICLE = `Harbour ${IMAGE} reopens
The harbour ${SCRIPT} reopened on 12 March 2021 after ${LINK} repairs. Crews first closed it on 3 January 2020.`;

/** Asserts the pasted or dropped article became part of the timeline, shown as text and inert. */
async function expectInertArticle(
	page: Page,
	shown: string[],
	expectedViolations: string[] = [],
	documents = 2,
): Promise<void> {
	const legend = page.getByRole('list', { name: 'Articles in this timeline' });
	await expect(legend.getByRole('listitem')).toHaveCount(documents, { timeout: 20_000 });
	const list = page.getByRole('region', { name: 'Event list' });
	await list
		.getByRole('row')
		.filter({ hasText: '12 Mar 2021' })
		.locator('[data-list-event-id]')
		.first()
		.click();
	const article = page.getByTestId('detail-panel').getByTestId('article-text');
	for (const text of shown) await expect(article).toContainText(text);
	await expect(page.locator('img[src="x"], a[href^="javascript:"]')).toHaveCount(0);
	const scripts = await page
		.locator('script')
		.evaluateAll((els) => els.filter((e) => e.textContent?.includes('__xss')).length);
	expect(scripts).toBe(0);
	expect(await xss(page)).toBeUndefined();
	expect(await violations(page)).toEqual(expectedViolations);
}

test('a pasted article with markup is extracted in the worker and shown as text, inert', async ({
	page,
}) => {
	await recordViolations(page);
	await openApp(page);
	await page.getByRole('button', { name: 'Add article' }).click();
	await page.getByLabel('Article text').fill(HOSTILE_ARTICLE);
	await page.getByRole('button', { name: 'Add to timeline' }).click();
	await expectInertArticle(page, [SCRIPT, IMAGE, LINK]);
	await expect(page.getByRole('list', { name: 'Articles in this timeline' })).toContainText(
		'<img src=x onerror=',
	);
});

test('a dropped HTML page keeps its text and loses its scripts, handlers and javascript: links', async ({
	page,
}) => {
	await recordViolations(page);
	await openApp(page);
	const html = `<html><head><title>Harbour</title><script>window.__xss=1</script></head><body>
		<article><h1>Harbour reopens</h1><p>The harbour reopened on 12 March 2021 after repairs.
		<img src=x onerror="window.__xss=1"> Crews first closed it on 3 January 2020.
		<a href="javascript:window.__xss=1">Read more</a></p></article></body></html>`;
	const transfer = await page.evaluateHandle((text) => {
		const dt = new DataTransfer();
		dt.items.add(new File([text], 'harbour.html', { type: 'text/html' }));
		return dt;
	}, html);
	await page.dispatchEvent('body', 'dragenter', { dataTransfer: transfer });
	await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
	// Chromium checks each handler attribute against the page's policy as DOMParser builds the inert
	// document, and reports it even though that document never runs script: one for the onerror.
	await expectInertArticle(
		page,
		['Harbour reopens', 'reopened on 12 March 2021', 'Read more'],
		['script-src-attr inline'],
	);
	await expect(page.getByTestId('detail-panel').getByTestId('article-text')).not.toContainText(
		'window.__xss',
	);
});

test('a share link whose article holds markup opens as text, inert', async ({ page }) => {
	await recordViolations(page);
	const value = await encodeShare({
		v: 1,
		articles: [{ name: `${IMAGE}.txt`, text: HOSTILE_ARTICLE }],
	});
	await page.goto(`/#share=${value}`);
	await expectInertArticle(page, [SCRIPT, IMAGE, LINK], [], 1);
});

/** `text` as a literal inside a regular expression. */
function literal(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
