import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/ingest/htmlToText.ts';

const page = (body: string, head = '<title>Site title</title>') =>
	`<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe('htmlToText', () => {
	it('keeps the article and drops the navigation, header, footer and scripts around it', () => {
		const html = page(`
			<nav><a href="/">Home</a> <a href="/world">World</a></nav>
			<header><p>Breaking news banner</p></header>
			<article><h1>Armistice signed</h1><p>The war ended on 27 July 1953.</p></article>
			<aside>Most read: 10 May 2001</aside>
			<footer>© 2023 Example News</footer>
			<script>window.stolen = 1</script>`);
		expect(htmlToText(html)).toEqual({
			title: 'Armistice signed',
			text: 'Armistice signed\nThe war ended on 27 July 1953.',
		});
	});

	it('puts each block on its own line and joins inline elements into one line', () => {
		const html = page(
			'<main><h1>T</h1><p>One <b>bold</b> and <a href="#">linked</a>\n   word.</p>' +
				'<ul><li>First</li><li>Second</li></ul><p>A<br>B</p><div>Last</div></main>',
		);
		expect(htmlToText(html).text).toBe('T\nOne bold and linked word.\nFirst\nSecond\nA\nB\nLast');
	});

	it.each([
		['<article>', '<main><p>Menu</p><article><p>Story</p></article></main>', 'Story'],
		['<main>', '<div>Sidebar</div><main><p>Story</p></main>', 'Story'],
		['<body>', '<div><p>Story</p></div>', 'Story'],
	])('prefers %s as the article root', (_, body, expected) => {
		expect(htmlToText(page(body, '')).text).toBe(expected);
	});

	it('chooses the longest of several articles, as index pages list teasers', () => {
		const html = page(
			'<article><p>Teaser</p></article><article><p>The whole story, told at length.</p></article>',
			'',
		);
		expect(htmlToText(html).text).toBe('The whole story, told at length.');
	});

	it('takes the title from <title> when the page has no <h1>, as the first line', () => {
		expect(htmlToText(page('<p>Body text.</p>', '<title> Talks resume </title>'))).toEqual({
			title: 'Talks resume',
			text: 'Talks resume\nBody text.',
		});
	});

	it('keeps a headline that sits in the article header, which is otherwise dropped', () => {
		const html = page(
			'<article><header><h1>Headline</h1><p>By A. Writer</p></header><p>Body.</p></article>',
		);
		expect(htmlToText(html).text).toBe('Headline\nBody.');
	});

	it.each([
		['style', '<style>p { color: red }</style>'],
		['noscript', '<noscript>Enable JavaScript</noscript>'],
		['template', '<template><p>Hidden template</p></template>'],
		['form', '<form><label>Email</label></form>'],
		['figure', '<figure><img src="x.png"><figcaption>Caption</figcaption></figure>'],
		['iframe', '<iframe src="https://ads.example"></iframe>'],
		['svg', '<svg><text>Chart label</text></svg>'],
		['hidden', '<div hidden>Invisible</div>'],
	])('drops %s content', (_, markup) => {
		expect(htmlToText(page(`<p>Kept.</p>${markup}`, '')).text).toBe('Kept.');
	});

	it('returns markup written as text in the page as literal text, never as elements', () => {
		const html = page('<p>Write &lt;script&gt;alert(1)&lt;/script&gt; to test.</p>', '');
		expect(htmlToText(html).text).toBe('Write <script>alert(1)</script> to test.');
	});

	it('never runs the scripts or event handlers of the page', () => {
		const html = page(
			'<p>Text</p><script>window.__ran = 1</script><img src="x" onerror="window.__ran = 1">',
			'',
		);
		htmlToText(html);
		expect((window as unknown as { __ran?: number }).__ran).toBeUndefined();
	});

	it('survives deeply nested markup', () => {
		const html = page(`${'<div>'.repeat(1000)}Deep${'</div>'.repeat(1000)}`, '');
		expect(htmlToText(html).text).toBe('Deep');
	});

	it('yields an empty text for a page with no words', () => {
		expect(htmlToText(page('<script>1</script>', ''))).toEqual({ title: '', text: '' });
	});
});
